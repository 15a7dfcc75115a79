package dev.purerocks;

/** Mirrors RocksJava's {@code IngestExternalFileOptions}. */
public class IngestExternalFileOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public IngestExternalFileOptions() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public IngestExternalFileOptions(final boolean p0, final boolean p1, final boolean p2, final boolean p3) {
    super(NativeHandles.next());
  }

  private boolean allowBlockingFlush = true;
  private boolean allowGlobalSeqNo = true;
  private boolean ingestBehind = false;
  private boolean moveFiles = false;
  private boolean snapshotConsistency = true;
  private boolean writeGlobalSeqno = false;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowBlockingFlush() {
    return allowBlockingFlush;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowGlobalSeqNo() {
    return allowGlobalSeqNo;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean ingestBehind() {
    return ingestBehind;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean moveFiles() {
    return moveFiles;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setAllowBlockingFlush(final boolean value) {
    this.allowBlockingFlush = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setAllowGlobalSeqNo(final boolean value) {
    this.allowGlobalSeqNo = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setIngestBehind(final boolean value) {
    this.ingestBehind = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setMoveFiles(final boolean value) {
    this.moveFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setSnapshotConsistency(final boolean value) {
    this.snapshotConsistency = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public IngestExternalFileOptions setWriteGlobalSeqno(final boolean value) {
    this.writeGlobalSeqno = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean snapshotConsistency() {
    return snapshotConsistency;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean writeGlobalSeqno() {
    return writeGlobalSeqno;
  }

}
