package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionJobInfo}. */
public class CompactionJobInfo extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactionJobInfo() {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int baseInputLevel() {
    throw Unsupported.unchecked("CompactionJobInfo.baseInputLevel");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] columnFamilyName() {
    throw Unsupported.unchecked("CompactionJobInfo.columnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public CompactionReason compactionReason() {
    throw Unsupported.unchecked("CompactionJobInfo.compactionReason");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public CompressionType compression() {
    throw Unsupported.unchecked("CompactionJobInfo.compression");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<String> inputFiles() {
    throw Unsupported.unchecked("CompactionJobInfo.inputFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int jobId() {
    throw Unsupported.unchecked("CompactionJobInfo.jobId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<String> outputFiles() {
    throw Unsupported.unchecked("CompactionJobInfo.outputFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int outputLevel() {
    throw Unsupported.unchecked("CompactionJobInfo.outputLevel");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public CompactionJobStats stats() {
    throw Unsupported.unchecked("CompactionJobInfo.stats");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Status status() {
    throw Unsupported.unchecked("CompactionJobInfo.status");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, TableProperties> tableProperties() {
    throw Unsupported.unchecked("CompactionJobInfo.tableProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long threadId() {
    throw Unsupported.unchecked("CompactionJobInfo.threadId");
  }

}
