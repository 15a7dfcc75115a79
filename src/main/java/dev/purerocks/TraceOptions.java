package dev.purerocks;

/** Mirrors RocksJava's {@code TraceOptions}. */
public class TraceOptions {
  private final long maxTraceFileSize;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TraceOptions() {
    this(64L * 1024 * 1024 * 1024); // RocksJava's default: 64 GiB
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TraceOptions(final long value) {
    this.maxTraceFileSize = value;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getMaxTraceFileSize() {
    return maxTraceFileSize;
  }

}
