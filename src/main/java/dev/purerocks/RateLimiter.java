package dev.purerocks;

/** Mirrors RocksJava's {@code RateLimiter}. */
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
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1, final int p2, final RateLimiterMode p3) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1, final int p2) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long p0, final long p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RateLimiter(final long value) {
    super(NativeHandles.next());
  }

  private long bytesPerSecond;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getBytesPerSecond() {
    return bytesPerSecond;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSingleBurstBytes() {
    throw Unsupported.unchecked("RateLimiter.getSingleBurstBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getTotalBytesThrough() {
    throw Unsupported.unchecked("RateLimiter.getTotalBytesThrough");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getTotalRequests() {
    throw Unsupported.unchecked("RateLimiter.getTotalRequests");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void request(final long value) {
    throw Unsupported.unchecked("RateLimiter.request");
  }

  /** Stores the value; see the matching getter. */
  public void setBytesPerSecond(final long value) {
    this.bytesPerSecond = value;
  }

}
