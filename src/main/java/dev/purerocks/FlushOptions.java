package dev.purerocks;

/**
 * Options of {@code RocksDB.flush}. Mirrors {@code org.rocksdb.FlushOptions}.
 */
public class FlushOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public FlushOptions() {
    super(NativeHandles.next());
  }

  boolean allowWriteStall = false;
  boolean listenerWait = false;
  boolean waitForFlush = true;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowWriteStall() {
    return allowWriteStall;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean listenerWait() {
    return listenerWait;
  }

  /** Stores the value; see the matching getter. */
  public FlushOptions setAllowWriteStall(final boolean value) {
    this.allowWriteStall = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public FlushOptions setListenerWait(final boolean value) {
    this.listenerWait = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public FlushOptions setWaitForFlush(final boolean value) {
    this.waitForFlush = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean waitForFlush() {
    return waitForFlush;
  }

}
