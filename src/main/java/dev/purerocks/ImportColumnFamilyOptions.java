package dev.purerocks;

/** Mirrors RocksJava's {@code ImportColumnFamilyOptions}. */
public class ImportColumnFamilyOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ImportColumnFamilyOptions() {
    super(NativeHandles.next());
  }

  private boolean moveFiles = false;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean moveFiles() {
    return moveFiles;
  }

  /** Stores the value; see the matching getter. */
  public ImportColumnFamilyOptions setMoveFiles(final boolean value) {
    this.moveFiles = value;
    return this;
  }

}
