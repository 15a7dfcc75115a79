package dev.purerocks;

/**
 * Limits the I/O rate of flushes and compactions. Mirrors {@code org.rocksdb.RateLimiter}: its
 * parameters are stored and reported; PureRocks does no file I/O yet, so nothing passes through it
 * and {@link #request(long)} is not supported.
 */
public class RateLimiter extends RocksObject {
  /** Same value as RocksJava's. */
  public static final boolean DEFAULT_AUTOTUNE = false;

  /** Same value as RocksJava's. */
  public static final int DEFAULT_FAIRNESS = 10;

  /** Same value as RocksJava's. */
  public static final RateLimiterMode DEFAULT_MODE = RateLimiterMode.WRITES_ONLY;

  /** Same value as RocksJava's. */
  public static final long DEFAULT_REFILL_PERIOD_MICROS = 100000L;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1, final int p2, final RateLimiterMode p3, final boolean p4) {
    super(NativeHandles.next());
    this.bytesPerSecond = p0;
    this.refillPeriodMicros = p1;
    this.fairness = p2;
    this.mode = p3;
    this.autoTune = p4;
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1, final int p2, final RateLimiterMode p3) {
    this(p0, p1, p2, p3, DEFAULT_AUTOTUNE);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1, final int p2) {
    this(p0, p1, p2, DEFAULT_MODE, DEFAULT_AUTOTUNE);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1) {
    this(p0, p1, DEFAULT_FAIRNESS, DEFAULT_MODE, DEFAULT_AUTOTUNE);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long value) {
    this(value, DEFAULT_REFILL_PERIOD_MICROS, DEFAULT_FAIRNESS, DEFAULT_MODE, DEFAULT_AUTOTUNE);
  }

  private long bytesPerSecond;
  private final long refillPeriodMicros;
  private final int fairness;
  private final RateLimiterMode mode;
  private final boolean autoTune;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getBytesPerSecond() {
    return bytesPerSecond;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getSingleBurstBytes() {
    // RocksDB refills rate * period each period; that is also the largest single request.
    return bytesPerSecond * refillPeriodMicros / 1_000_000L;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getTotalBytesThrough() {
    return 0L; // PureRocks performs no rate-limited I/O
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getTotalRequests() {
    return 0L; // PureRocks performs no rate-limited I/O
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void request(final long value) {
    throw Unsupported.unchecked("RateLimiter.request");
  }

  /** Stores the value; see the matching getter. */
  public void setBytesPerSecond(final long value) {
    this.bytesPerSecond = value;
  }

  /** For the engine: the refill period in microseconds. */
  long refillPeriodMicros() {
    return refillPeriodMicros;
  }

  /** For the engine: the fairness between high- and low-priority requests. */
  int fairness() {
    return fairness;
  }

  /** For the engine: which operations are limited. */
  RateLimiterMode mode() {
    return mode;
  }

  /** For the engine: whether the rate adapts to demand. */
  boolean autoTune() {
    return autoTune;
  }

}
