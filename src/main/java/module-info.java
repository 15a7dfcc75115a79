/**
 * PureRocks: RocksDB's memtable engine in pure Java behind a RocksJava-compatible API.
 *
 * <p>Only the RocksJava mirror is exported: {@code dev.purerocks} (the {@code org.rocksdb}
 * counterpart) and {@code dev.purerocks.util} (the {@code org.rocksdb.util} counterpart). The
 * engine lives in {@code dev.purerocks.internal.*}, which this descriptor deliberately does not
 * export, so no caller can come to depend on it. The module has no dependencies beyond {@code
 * java.base}.
 */
module dev.purerocks {
  exports dev.purerocks;
  exports dev.purerocks.util;
}
