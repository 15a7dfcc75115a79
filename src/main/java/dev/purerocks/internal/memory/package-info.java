/**
 * Memory for memtables: the {@link dev.purerocks.internal.memory.Arena}, which hands out
 * addresses into large {@code byte[]} blocks so that a memtable holds no Java object per entry
 * and reports its exact memory use.
 */
package dev.purerocks.internal.memory;
