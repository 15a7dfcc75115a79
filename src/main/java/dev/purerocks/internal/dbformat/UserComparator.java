package dev.purerocks.internal.dbformat;

/**
 * Orders user keys (RocksDB's {@code Comparator}), comparing byte ranges in place so that the
 * engine never copies a key out of its arena to compare it.
 *
 * <p>Implementations must define a total order that is consistent over the life of the data:
 * a memtable, and later an SST or a WAL replay, relies on the same answer every time. The name is
 * recorded with the data and a database can only be reopened with a comparator of the same name.
 *
 * <p>Thread-safety: implementations must be safe for concurrent use; the engine calls them from
 * every reader and writer thread without locking.
 */
public interface UserComparator {
  /** The name RocksDB records for this order, e.g. {@code leveldb.BytewiseComparator}. */
  String name();

  /** Negative, zero or positive as {@code a[aOff, aOff+aLen)} sorts before, with or after b. */
  int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen);

  /** Whether the two ranges are equal in this order; bytewise orders may answer faster. */
  default boolean equal(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    return compare(a, aOff, aLen, b, bOff, bLen) == 0;
  }

  /** Compares two whole arrays. */
  default int compare(byte[] a, byte[] b) {
    return compare(a, 0, a.length, b, 0, b.length);
  }
}
