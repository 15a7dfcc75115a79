package dev.purerocks;

/** Mirrors RocksJava's {@code SstFileReaderIterator}. */
public class SstFileReaderIterator extends AbstractRocksIterator<SstFileReader> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected SstFileReaderIterator(final SstFileReader p0, final long p1) {
    super(null, NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] key() {
    throw Unsupported.unchecked("SstFileReaderIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int key(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("SstFileReaderIterator.key");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] value() {
    throw Unsupported.unchecked("SstFileReaderIterator.value");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int value(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("SstFileReaderIterator.value");
  }

}
