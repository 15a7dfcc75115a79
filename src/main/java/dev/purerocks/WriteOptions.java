package dev.purerocks;

/**
 * Options of one write: sync, WAL, stall behaviour. Mirrors {@code org.rocksdb.WriteOptions}; the
 * engine reads the package-private fields.
 */
public class WriteOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteOptions() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteOptions(final WriteOptions value) {
    super(NativeHandles.next());
    final WriteOptions o = value;
    this.disableWAL = o.disableWAL;
    this.ignoreMissingColumnFamilies = o.ignoreMissingColumnFamilies;
    this.lowPri = o.lowPri;
    this.memtableInsertHintPerBatch = o.memtableInsertHintPerBatch;
    this.noSlowdown = o.noSlowdown;
    this.sync = o.sync;
  }

  boolean disableWAL = false;
  boolean ignoreMissingColumnFamilies = false;
  boolean lowPri = false;
  boolean memtableInsertHintPerBatch = false;
  boolean noSlowdown = false;
  boolean sync = false;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean disableWAL() {
    return disableWAL;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean ignoreMissingColumnFamilies() {
    return ignoreMissingColumnFamilies;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean lowPri() {
    return lowPri;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean memtableInsertHintPerBatch() {
    return memtableInsertHintPerBatch;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean noSlowdown() {
    return noSlowdown;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setDisableWAL(final boolean value) {
    this.disableWAL = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setIgnoreMissingColumnFamilies(final boolean value) {
    this.ignoreMissingColumnFamilies = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setLowPri(final boolean value) {
    this.lowPri = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setMemtableInsertHintPerBatch(final boolean value) {
    this.memtableInsertHintPerBatch = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setNoSlowdown(final boolean value) {
    this.noSlowdown = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public WriteOptions setSync(final boolean value) {
    this.sync = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean sync() {
    return sync;
  }

}
