package dev.purerocks;

/** Mirrors RocksJava's {@code Checkpoint}. */
public class Checkpoint extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  Checkpoint() {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static Checkpoint create(final RocksDB value) {
    throw Unsupported.unchecked("Checkpoint.create");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void createCheckpoint(final String value) throws RocksDBException {
    throw Unsupported.feature("Checkpoint.createCheckpoint");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ExportImportFilesMetaData exportColumnFamily(final ColumnFamilyHandle p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("Checkpoint.exportColumnFamily");
  }

}
