package dev.purerocks;

/** Mirrors RocksJava's {@code DirectSlice}. */
public class DirectSlice extends AbstractSlice<java.nio.ByteBuffer> {
  /** Same value as RocksJava's. */
  public static final DirectSlice NONE = null /* TODO DirectSlice */;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public DirectSlice(final String value) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public DirectSlice(final java.nio.ByteBuffer p0, final int p1) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public DirectSlice(final java.nio.ByteBuffer value) {
    super();
  }

  private int length;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clear() {
    throw Unsupported.unchecked("DirectSlice.clear");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected final java.nio.ByteBuffer data0(final long value) {
    throw Unsupported.unchecked("DirectSlice.data0");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte get(final int value) {
    throw Unsupported.unchecked("DirectSlice.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void removePrefix(final int value) {
    throw Unsupported.unchecked("DirectSlice.removePrefix");
  }

  /** Stores the value for the engine. */
  public void setLength(final int value) {
    this.length = value;
  }

}
