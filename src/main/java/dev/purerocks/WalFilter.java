package dev.purerocks;

/** Mirrors RocksJava's {@code WalFilter}. */
public interface WalFilter {
  /** Implemented by the implementing classes. */
  void columnFamilyLogNumberMap(final java.util.Map<Integer, Long> p0, final java.util.Map<String, Integer> p1);

  /** Implemented by the implementing classes. */
  WalFilter.LogRecordFoundResult logRecordFound(final long p0, final String p1, final WriteBatch p2, final WriteBatch p3);

  /** Implemented by the implementing classes. */
  String name();

  /** Mirrors RocksJava's {@code LogRecordFoundResult}. */
  public static class LogRecordFoundResult {
    /** Same value as RocksJava's. */
    public static WalFilter.LogRecordFoundResult CONTINUE_UNCHANGED =
        new LogRecordFoundResult(WalProcessingOption.CONTINUE_PROCESSING, false);

    final WalProcessingOption walProcessingOption;
    final boolean batchChanged;

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public LogRecordFoundResult(final WalProcessingOption p0, final boolean p1) {
      this.walProcessingOption = p0;
      this.batchChanged = p1;
    }

  }
}
