package dev.purerocks;

/**
 * An iterator over a database's keys and values, in comparator order. Mirrors {@code
 * org.rocksdb.RocksIterator}; its behaviour is provided by the engine.
 */
public class RocksIterator extends AbstractRocksIterator<RocksDB> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected RocksIterator(final RocksDB p0, final long p1) {
    super(null, NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] key() {
    throw Unsupported.unchecked("RocksIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int key(final byte[] p0, final int p1, final int p2) {
    throw Unsupported.unchecked("RocksIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int key(final byte[] value) {
    throw Unsupported.unchecked("RocksIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int key(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("RocksIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] value() {
    throw Unsupported.unchecked("RocksIterator.value");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int value(final byte[] p0, final int p1, final int p2) {
    throw Unsupported.unchecked("RocksIterator.value");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int value(final byte[] value) {
    throw Unsupported.unchecked("RocksIterator.value");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int value(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("RocksIterator.value");
  }

}
