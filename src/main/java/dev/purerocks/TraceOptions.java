package dev.purerocks;

/** Mirrors RocksJava's {@code TraceOptions}. */
public class TraceOptions {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TraceOptions() {
    
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TraceOptions(final long value) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getMaxTraceFileSize() {
    throw Unsupported.unchecked("TraceOptions.getMaxTraceFileSize");
  }

}
