package dev.purerocks;

/** Mirrors RocksJava's {@code SstFileWriter}. */
public class SstFileWriter extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileWriter(final EnvOptions p0, final Options p1) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final DirectSlice value) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final Slice value) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.delete");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long fileSize() throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.fileSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void finish() throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.finish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final DirectSlice p0, final DirectSlice p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final Slice p0, final Slice p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void open(final String value) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final DirectSlice p0, final DirectSlice p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final Slice p0, final Slice p1) throws RocksDBException {
    throw Unsupported.feature("SstFileWriter.put");
  }

}
