package dev.purerocks;

/**
 * The database-wide options that RocksDB can change on an open database. Mirrors {@code
 * org.rocksdb.MutableDBOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface MutableDBOptionsInterface<T extends MutableDBOptionsInterface<T>> {
  /** Implemented by the implementing classes. */
  boolean avoidFlushDuringShutdown();

  /** Implemented by the implementing classes. */
  long bytesPerSync();

  /** Implemented by the implementing classes. */
  long compactionReadaheadSize();

  /** Implemented by the implementing classes. */
  String dailyOffpeakTimeUTC();

  /** Implemented by the implementing classes. */
  long delayedWriteRate();

  /** Implemented by the implementing classes. */
  long deleteObsoleteFilesPeriodMicros();

  /** Implemented by the implementing classes. */
  int maxBackgroundCompactions();

  /** Implemented by the implementing classes. */
  int maxBackgroundJobs();

  /** Implemented by the implementing classes. */
  long maxCompactionTriggerWakeupSeconds();

  /** Implemented by the implementing classes. */
  int maxOpenFiles();

  /** Implemented by the implementing classes. */
  long maxTotalWalSize();

  /** Implemented by the implementing classes. */
  T setAvoidFlushDuringShutdown(final boolean value);

  /** Implemented by the implementing classes. */
  T setBytesPerSync(final long value);

  /** Implemented by the implementing classes. */
  T setCompactionReadaheadSize(final long value);

  /** Implemented by the implementing classes. */
  T setDailyOffpeakTimeUTC(final String value);

  /** Implemented by the implementing classes. */
  T setDelayedWriteRate(final long value);

  /** Implemented by the implementing classes. */
  T setDeleteObsoleteFilesPeriodMicros(final long value);

  /** Implemented by the implementing classes. */
  T setMaxBackgroundCompactions(final int value);

  /** Implemented by the implementing classes. */
  T setMaxBackgroundJobs(final int value);

  /** Implemented by the implementing classes. */
  T setMaxCompactionTriggerWakeupSeconds(final long value);

  /** Implemented by the implementing classes. */
  T setMaxOpenFiles(final int value);

  /** Implemented by the implementing classes. */
  T setMaxTotalWalSize(final long value);

  /** Implemented by the implementing classes. */
  T setStatsDumpPeriodSec(final int value);

  /** Implemented by the implementing classes. */
  T setStatsHistoryBufferSize(final long value);

  /** Implemented by the implementing classes. */
  T setStatsPersistPeriodSec(final int value);

  /** Implemented by the implementing classes. */
  T setStrictBytesPerSync(final boolean value);

  /** Implemented by the implementing classes. */
  T setWalBytesPerSync(final long value);

  /** Implemented by the implementing classes. */
  T setWritableFileMaxBufferSize(final long value);

  /** Implemented by the implementing classes. */
  int statsDumpPeriodSec();

  /** Implemented by the implementing classes. */
  long statsHistoryBufferSize();

  /** Implemented by the implementing classes. */
  int statsPersistPeriodSec();

  /** Implemented by the implementing classes. */
  boolean strictBytesPerSync();

  /** Implemented by the implementing classes. */
  long walBytesPerSync();

  /** Implemented by the implementing classes. */
  long writableFileMaxBufferSize();

}
