package dev.purerocks;

/** Mirrors RocksJava's {@code Slice}. */
public class Slice extends AbstractSlice<byte[]> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Slice(final byte[] p0, final int p1) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Slice(final byte[] value) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Slice(final String value) {
    super();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clear() {
    throw Unsupported.unchecked("Slice.clear");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected final byte[] data0(final long value) {
    throw Unsupported.unchecked("Slice.data0");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void removePrefix(final int value) {
    throw Unsupported.unchecked("Slice.removePrefix");
  }

}
