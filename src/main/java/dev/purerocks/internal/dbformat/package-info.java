/**
 * RocksDB's data format as the engine sees it: value types, sequence numbers, the packed 8-byte
 * trailer, internal keys and their order, lookup keys, user comparators and prefix extractors.
 * Everything here is byte-compatible with RocksDB's {@code db/dbformat.h}, because the same bytes
 * will later be written to and read from RocksDB's WAL and SST formats.
 *
 * <p>Spec: {@code spec/internal-keys.md}.
 */
package dev.purerocks.internal.dbformat;
