package dev.purerocks;

/** Mirrors RocksJava's {@code NativeComparatorWrapper}. */
public abstract class NativeComparatorWrapper extends AbstractComparator {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public NativeComparatorWrapper() {
    super(null);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public final int compare(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("NativeComparatorWrapper.compare");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public final void findShortSuccessor(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("NativeComparatorWrapper.findShortSuccessor");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public final void findShortestSeparator(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("NativeComparatorWrapper.findShortestSeparator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public final String name() {
    throw Unsupported.unchecked("NativeComparatorWrapper.name");
  }

}
