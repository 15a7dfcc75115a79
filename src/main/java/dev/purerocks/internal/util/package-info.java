/**
 * Small, dependency-free building blocks shared by every engine subsystem: varint and fixed-width
 * integer coding over {@code byte[]}, and the hash functions the engine uses for buckets, blooms
 * and per-entry checksums.
 */
package dev.purerocks.internal.util;
