package dev.purerocks;

/** Mirrors RocksJava's {@code EnvOptions}. */
public class EnvOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public EnvOptions() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public EnvOptions(final DBOptions value) {
    super(NativeHandles.next());
  }

  private boolean allowFallocate = true;
  private long bytesPerSync = 0L;
  private long compactionReadaheadSize = 2097152L;
  private boolean fallocateWithKeepSize = true;
  private RateLimiter rateLimiter = null;
  private boolean setFdCloexec = true;
  private boolean useDirectReads = false;
  private boolean useDirectWrites = false;
  private boolean useMmapReads = false;
  private boolean useMmapWrites = false;
  private long writableFileMaxBufferSize = 1048576L;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowFallocate() {
    return allowFallocate;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long bytesPerSync() {
    return bytesPerSync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long compactionReadaheadSize() {
    return compactionReadaheadSize;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean fallocateWithKeepSize() {
    return fallocateWithKeepSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setAllowFallocate(final boolean value) {
    this.allowFallocate = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setBytesPerSync(final long value) {
    this.bytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setCompactionReadaheadSize(final long value) {
    this.compactionReadaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setFallocateWithKeepSize(final boolean value) {
    this.fallocateWithKeepSize = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean setFdCloexec() {
    return setFdCloexec;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setRateLimiter(final RateLimiter value) {
    this.rateLimiter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setSetFdCloexec(final boolean value) {
    this.setFdCloexec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setUseDirectReads(final boolean value) {
    this.useDirectReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setUseDirectWrites(final boolean value) {
    this.useDirectWrites = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setUseMmapReads(final boolean value) {
    this.useMmapReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setUseMmapWrites(final boolean value) {
    this.useMmapWrites = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public EnvOptions setWritableFileMaxBufferSize(final long value) {
    this.writableFileMaxBufferSize = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectReads() {
    return useDirectReads;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectWrites() {
    return useDirectWrites;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useMmapReads() {
    return useMmapReads;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useMmapWrites() {
    return useMmapWrites;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writableFileMaxBufferSize() {
    return writableFileMaxBufferSize;
  }

}
