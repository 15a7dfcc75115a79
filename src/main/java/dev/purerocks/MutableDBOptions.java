package dev.purerocks;

/** Mirrors RocksJava's {@code MutableDBOptions}. */
public class MutableDBOptions extends AbstractMutableOptions {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  MutableDBOptions() {
    super(null, null);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableDBOptions.MutableDBOptionsBuilder builder() {
    throw Unsupported.unchecked("MutableDBOptions.builder");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableDBOptions.MutableDBOptionsBuilder parse(final String p0, final boolean p1) {
    throw Unsupported.unchecked("MutableDBOptions.parse");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableDBOptions.MutableDBOptionsBuilder parse(final String value) {
    throw Unsupported.unchecked("MutableDBOptions.parse");
  }

  /** Mirrors RocksJava's {@code MutableDBOptionsBuilder}. */
  public static class MutableDBOptionsBuilder extends AbstractMutableOptions.AbstractMutableOptionsBuilder<MutableDBOptions, MutableDBOptions.MutableDBOptionsBuilder, MutableDBOptions.MutableDBOptionKey> implements MutableDBOptionsInterface<MutableDBOptions.MutableDBOptionsBuilder> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableDBOptionsBuilder() {
      super();
    }

    private boolean avoidFlushDuringShutdown;
    private long bytesPerSync;
    private long compactionReadaheadSize;
    private String dailyOffpeakTimeUTC;
    private long delayedWriteRate;
    private long deleteObsoleteFilesPeriodMicros;
    private int maxBackgroundCompactions;
    private int maxBackgroundJobs;
    private long maxCompactionTriggerWakeupSeconds;
    private int maxOpenFiles;
    private long maxTotalWalSize;
    private int statsDumpPeriodSec;
    private long statsHistoryBufferSize;
    private int statsPersistPeriodSec;
    private boolean strictBytesPerSync;
    private long walBytesPerSync;
    private long writableFileMaxBufferSize;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected java.util.Map<String, MutableDBOptions.MutableDBOptionKey> allKeys() {
      throw Unsupported.unchecked("MutableDBOptionsBuilder.allKeys");
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean avoidFlushDuringShutdown() {
      return avoidFlushDuringShutdown;
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected MutableDBOptions build(final String[] p0, final String[] p1) {
      throw Unsupported.unchecked("MutableDBOptionsBuilder.build");
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long bytesPerSync() {
      return bytesPerSync;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long compactionReadaheadSize() {
      return compactionReadaheadSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public String dailyOffpeakTimeUTC() {
      return dailyOffpeakTimeUTC;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long delayedWriteRate() {
      return delayedWriteRate;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long deleteObsoleteFilesPeriodMicros() {
      return deleteObsoleteFilesPeriodMicros;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxBackgroundCompactions() {
      return maxBackgroundCompactions;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxBackgroundJobs() {
      return maxBackgroundJobs;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxCompactionTriggerWakeupSeconds() {
      return maxCompactionTriggerWakeupSeconds;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxOpenFiles() {
      return maxOpenFiles;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxTotalWalSize() {
      return maxTotalWalSize;
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected MutableDBOptions.MutableDBOptionsBuilder self() {
      throw Unsupported.unchecked("MutableDBOptionsBuilder.self");
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setAvoidFlushDuringShutdown(final boolean value) {
      this.avoidFlushDuringShutdown = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setBytesPerSync(final long value) {
      this.bytesPerSync = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setCompactionReadaheadSize(final long value) {
      this.compactionReadaheadSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDailyOffpeakTimeUTC(final String value) {
      this.dailyOffpeakTimeUTC = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDelayedWriteRate(final long value) {
      this.delayedWriteRate = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDeleteObsoleteFilesPeriodMicros(final long value) {
      this.deleteObsoleteFilesPeriodMicros = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxBackgroundCompactions(final int value) {
      this.maxBackgroundCompactions = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxBackgroundJobs(final int value) {
      this.maxBackgroundJobs = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxCompactionTriggerWakeupSeconds(final long value) {
      this.maxCompactionTriggerWakeupSeconds = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxOpenFiles(final int value) {
      this.maxOpenFiles = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxTotalWalSize(final long value) {
      this.maxTotalWalSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsDumpPeriodSec(final int value) {
      this.statsDumpPeriodSec = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsHistoryBufferSize(final long value) {
      this.statsHistoryBufferSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsPersistPeriodSec(final int value) {
      this.statsPersistPeriodSec = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStrictBytesPerSync(final boolean value) {
      this.strictBytesPerSync = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setWalBytesPerSync(final long value) {
      this.walBytesPerSync = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setWritableFileMaxBufferSize(final long value) {
      this.writableFileMaxBufferSize = value;
      return this;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int statsDumpPeriodSec() {
      return statsDumpPeriodSec;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long statsHistoryBufferSize() {
      return statsHistoryBufferSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int statsPersistPeriodSec() {
      return statsPersistPeriodSec;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean strictBytesPerSync() {
      return strictBytesPerSync;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long walBytesPerSync() {
      return walBytesPerSync;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long writableFileMaxBufferSize() {
      return writableFileMaxBufferSize;
    }

  }
  /** Mirrors RocksJava's {@code DBOption}. */
  public enum DBOption implements MutableDBOptions.MutableDBOptionKey {
    max_background_jobs(MutableOptionKey.ValueType.INT),
    max_background_compactions(MutableOptionKey.ValueType.INT),
    avoid_flush_during_shutdown(MutableOptionKey.ValueType.BOOLEAN),
    writable_file_max_buffer_size(MutableOptionKey.ValueType.LONG),
    delayed_write_rate(MutableOptionKey.ValueType.LONG),
    max_total_wal_size(MutableOptionKey.ValueType.LONG),
    delete_obsolete_files_period_micros(MutableOptionKey.ValueType.LONG),
    stats_dump_period_sec(MutableOptionKey.ValueType.INT),
    stats_persist_period_sec(MutableOptionKey.ValueType.INT),
    stats_history_buffer_size(MutableOptionKey.ValueType.LONG),
    max_open_files(MutableOptionKey.ValueType.INT),
    bytes_per_sync(MutableOptionKey.ValueType.LONG),
    wal_bytes_per_sync(MutableOptionKey.ValueType.LONG),
    strict_bytes_per_sync(MutableOptionKey.ValueType.BOOLEAN),
    compaction_readahead_size(MutableOptionKey.ValueType.LONG),
    max_compaction_trigger_wakeup_seconds(MutableOptionKey.ValueType.LONG),
    daily_offpeak_time_utc(MutableOptionKey.ValueType.STRING);

    private final MutableOptionKey.ValueType getValueType_;

    DBOption(MutableOptionKey.ValueType getValueType) {
      this.getValueType_ = getValueType;
    }

    /** Returns the same value as RocksJava's constant. */
    public MutableOptionKey.ValueType getValueType() {
      return getValueType_;
    }

  }
  /** Mirrors RocksJava's {@code MutableDBOptionKey}. */
  private interface MutableDBOptionKey extends MutableOptionKey {
  }
}
