/**
 * Utilities of the public API, mirroring {@code org.rocksdb.util}: for now only {@link
 * dev.purerocks.util.SizeUnit}.
 */
package dev.purerocks.util;
