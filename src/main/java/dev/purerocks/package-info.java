/**
 * The public API of PureRocks, source-compatible with RocksJava 11.8.1's {@code org.rocksdb}:
 * replacing {@code org.rocksdb} by {@code dev.purerocks} in the imports of a RocksJava program
 * should be the only change it needs.
 *
 * <p>Classes here mirror RocksJava's names, signatures, constants and defaults exactly; they
 * validate their arguments and delegate to the engine in {@code dev.purerocks.internal.*}, which is
 * not exported. Errors surface as the checked {@link dev.purerocks.RocksDBException} carrying a
 * {@link dev.purerocks.Status}, as in RocksJava.
 */
package dev.purerocks;
