package dev.purerocks;

/** Mirrors RocksJava's {@code SstFileReader}. */
public class SstFileReader extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileReader(final Options value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TableProperties getTableProperties() throws RocksDBException {
    throw Unsupported.feature("SstFileReader.getTableProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public SstFileReaderIterator newIterator(final ReadOptions value) {
    throw Unsupported.unchecked("SstFileReader.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void open(final String value) throws RocksDBException {
    throw Unsupported.feature("SstFileReader.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void verifyChecksum() throws RocksDBException {
    throw Unsupported.feature("SstFileReader.verifyChecksum");
  }

}
