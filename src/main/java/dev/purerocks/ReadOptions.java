package dev.purerocks;

/**
 * Options of one read or iterator: snapshot, bounds, prefix and total-order modes, and settings
 * stored for tables. Mirrors {@code org.rocksdb.ReadOptions}; the bound getters return a new slice
 * with the bytes set, as RocksJava's return a new wrapper. The engine reads the package-private
 * fields ({@code snapshot}, {@code iterateLowerBound}, {@code iterateUpperBound}, ...).
 */
public class ReadOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ReadOptions() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ReadOptions(final boolean p0, final boolean p1) {
    super(NativeHandles.next());
    this.verifyChecksums = p0;
    this.fillCache = p1;
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ReadOptions(final ReadOptions value) {
    super(NativeHandles.next());
    final ReadOptions o = value;
    this.asyncIo = o.asyncIo;
    this.autoPrefixMode = o.autoPrefixMode;
    this.backgroundPurgeOnIteratorCleanup = o.backgroundPurgeOnIteratorCleanup;
    this.deadline = o.deadline;
    this.fillCache = o.fillCache;
    this.ignoreRangeDeletions = o.ignoreRangeDeletions;
    this.ioTimeout = o.ioTimeout;
    this.iterStartTs = o.iterStartTs;
    this.iterateLowerBound = o.iterateLowerBound;
    this.iterateUpperBound = o.iterateUpperBound;
    this.maxSkippableInternalKeys = o.maxSkippableInternalKeys;
    this.pinData = o.pinData;
    this.prefixSameAsStart = o.prefixSameAsStart;
    this.readTier = o.readTier;
    this.readaheadSize = o.readaheadSize;
    this.snapshot = o.snapshot;
    this.tableFilter = o.tableFilter;
    this.tailing = o.tailing;
    this.timestamp = o.timestamp;
    this.totalOrderSeek = o.totalOrderSeek;
    this.valueSizeSoftLimit = o.valueSizeSoftLimit;
    this.verifyChecksums = o.verifyChecksums;
  }

  boolean asyncIo = false;
  boolean autoPrefixMode = false;
  boolean backgroundPurgeOnIteratorCleanup = false;
  long deadline = 0L;
  boolean fillCache = true;
  boolean ignoreRangeDeletions = false;
  long ioTimeout = 0L;
  AbstractSlice<?> iterStartTs;
  AbstractSlice<?> iterateLowerBound;
  AbstractSlice<?> iterateUpperBound;
  long maxSkippableInternalKeys = 0L;
  boolean pinData = false;
  boolean prefixSameAsStart = false;
  ReadTier readTier = ReadTier.READ_ALL_TIER;
  long readaheadSize = 0L;
  Snapshot snapshot = null;
  AbstractTableFilter tableFilter;
  boolean tailing = false;
  AbstractSlice<?> timestamp;
  boolean totalOrderSeek = false;
  long valueSizeSoftLimit = -1L;
  boolean verifyChecksums = true;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean asyncIo() {
    return asyncIo;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean autoPrefixMode() {
    return autoPrefixMode;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean backgroundPurgeOnIteratorCleanup() {
    return backgroundPurgeOnIteratorCleanup;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long deadline() {
    return deadline;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean fillCache() {
    return fillCache;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean ignoreRangeDeletions() {
    return ignoreRangeDeletions;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long ioTimeout() {
    return ioTimeout;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Slice iterStartTs() {
    return iterStartTs == null ? null : Slice.copyOf(iterStartTs);
  }

  /** Behaves as RocksJava's member of the same name. */
  public Slice iterateLowerBound() {
    return iterateLowerBound == null ? null : Slice.copyOf(iterateLowerBound);
  }

  /** Behaves as RocksJava's member of the same name. */
  public Slice iterateUpperBound() {
    return iterateUpperBound == null ? null : Slice.copyOf(iterateUpperBound);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxSkippableInternalKeys() {
    return maxSkippableInternalKeys;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean pinData() {
    return pinData;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean prefixSameAsStart() {
    return prefixSameAsStart;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public ReadTier readTier() {
    return readTier;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long readaheadSize() {
    return readaheadSize;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setAsyncIo(final boolean value) {
    this.asyncIo = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setAutoPrefixMode(final boolean value) {
    this.autoPrefixMode = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setBackgroundPurgeOnIteratorCleanup(final boolean value) {
    this.backgroundPurgeOnIteratorCleanup = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setDeadline(final long value) {
    this.deadline = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setFillCache(final boolean value) {
    this.fillCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setIgnoreRangeDeletions(final boolean value) {
    this.ignoreRangeDeletions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setIoTimeout(final long value) {
    this.ioTimeout = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ReadOptions setIterStartTs(final AbstractSlice<?> value) {
    this.iterStartTs = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ReadOptions setIterateLowerBound(final AbstractSlice<?> value) {
    this.iterateLowerBound = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ReadOptions setIterateUpperBound(final AbstractSlice<?> value) {
    this.iterateUpperBound = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setMaxSkippableInternalKeys(final long value) {
    this.maxSkippableInternalKeys = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setPinData(final boolean value) {
    this.pinData = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setPrefixSameAsStart(final boolean value) {
    this.prefixSameAsStart = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setReadTier(final ReadTier value) {
    java.util.Objects.requireNonNull(value);
    this.readTier = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setReadaheadSize(final long value) {
    this.readaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setSnapshot(final Snapshot value) {
    this.snapshot = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ReadOptions setTableFilter(final AbstractTableFilter value) {
    java.util.Objects.requireNonNull(value);
    this.tableFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setTailing(final boolean value) {
    this.tailing = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ReadOptions setTimestamp(final AbstractSlice<?> value) {
    this.timestamp = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setTotalOrderSeek(final boolean value) {
    this.totalOrderSeek = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setValueSizeSoftLimit(final long value) {
    this.valueSizeSoftLimit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ReadOptions setVerifyChecksums(final boolean value) {
    this.verifyChecksums = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean tailing() {
    return tailing;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Slice timestamp() {
    return timestamp == null ? null : Slice.copyOf(timestamp);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean totalOrderSeek() {
    return totalOrderSeek;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long valueSizeSoftLimit() {
    return valueSizeSoftLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean verifyChecksums() {
    return verifyChecksums;
  }

}
