package dev.purerocks;

/** Mirrors RocksJava's {@code MutableDBOptionsInterface}. */
public interface MutableDBOptionsInterface<T extends MutableDBOptionsInterface<T>> {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean avoidFlushDuringShutdown();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long bytesPerSync();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long compactionReadaheadSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String dailyOffpeakTimeUTC();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long delayedWriteRate();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long deleteObsoleteFilesPeriodMicros();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxBackgroundCompactions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxBackgroundJobs();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxCompactionTriggerWakeupSeconds();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxOpenFiles();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxTotalWalSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAvoidFlushDuringShutdown(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBytesPerSync(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionReadaheadSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDailyOffpeakTimeUTC(final String value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDelayedWriteRate(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDeleteObsoleteFilesPeriodMicros(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBackgroundCompactions(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBackgroundJobs(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxCompactionTriggerWakeupSeconds(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxOpenFiles(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxTotalWalSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setStatsDumpPeriodSec(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setStatsHistoryBufferSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setStatsPersistPeriodSec(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setStrictBytesPerSync(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalBytesPerSync(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWritableFileMaxBufferSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int statsDumpPeriodSec();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long statsHistoryBufferSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int statsPersistPeriodSec();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean strictBytesPerSync();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long walBytesPerSync();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long writableFileMaxBufferSize();

}
