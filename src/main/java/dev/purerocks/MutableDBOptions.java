package dev.purerocks;

/** Mirrors RocksJava's {@code MutableDBOptions}. */
public class MutableDBOptions extends AbstractMutableOptions {
  /** Built by the builder or the parser. */
  MutableDBOptions(final String[] keys, final String[] values) {
    super(keys, values);
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableDBOptions.MutableDBOptionsBuilder builder() {
    return new MutableDBOptionsBuilder();
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableDBOptions.MutableDBOptionsBuilder parse(final String p0, final boolean p1) {
    return new MutableDBOptionsBuilder().parseText(p0, p1);
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableDBOptions.MutableDBOptionsBuilder parse(final String value) {
    return parse(value, false);
  }

  /** Mirrors RocksJava's {@code MutableDBOptionsBuilder}. */
  public static class MutableDBOptionsBuilder extends AbstractMutableOptions.AbstractMutableOptionsBuilder<MutableDBOptions, MutableDBOptions.MutableDBOptionsBuilder, MutableDBOptions.MutableDBOptionKey> implements MutableDBOptionsInterface<MutableDBOptions.MutableDBOptionsBuilder> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableDBOptionsBuilder() {
      super();
    }


    /** Behaves as RocksJava's member of the same name. */
    protected java.util.Map<String, MutableDBOptions.MutableDBOptionKey> allKeys() {
      final java.util.Map<String, MutableDBOptions.MutableDBOptionKey> keys = new java.util.LinkedHashMap<>();
      for (final DBOption k : DBOption.values()) {
        keys.put(k.name(), k);
      }
      return keys;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean avoidFlushDuringShutdown() {
      return getBoolean(DBOption.avoid_flush_during_shutdown);
    }

    /** Behaves as RocksJava's member of the same name. */
    protected MutableDBOptions build(final String[] p0, final String[] p1) {
      return new MutableDBOptions(p0, p1);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long bytesPerSync() {
      return getLong(DBOption.bytes_per_sync);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long compactionReadaheadSize() {
      return getLong(DBOption.compaction_readahead_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public String dailyOffpeakTimeUTC() {
      return getString(DBOption.daily_offpeak_time_utc);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long delayedWriteRate() {
      return getLong(DBOption.delayed_write_rate);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long deleteObsoleteFilesPeriodMicros() {
      return getLong(DBOption.delete_obsolete_files_period_micros);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxBackgroundCompactions() {
      return getInt(DBOption.max_background_compactions);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxBackgroundJobs() {
      return getInt(DBOption.max_background_jobs);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxCompactionTriggerWakeupSeconds() {
      return getLong(DBOption.max_compaction_trigger_wakeup_seconds);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxOpenFiles() {
      return getInt(DBOption.max_open_files);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxTotalWalSize() {
      return getLong(DBOption.max_total_wal_size);
    }

    /** Behaves as RocksJava's member of the same name. */
    protected MutableDBOptions.MutableDBOptionsBuilder self() {
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setAvoidFlushDuringShutdown(final boolean value) {
      return setBoolean(DBOption.avoid_flush_during_shutdown, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setBytesPerSync(final long value) {
      return setLong(DBOption.bytes_per_sync, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setCompactionReadaheadSize(final long value) {
      return setLong(DBOption.compaction_readahead_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDailyOffpeakTimeUTC(final String value) {
      return setString(DBOption.daily_offpeak_time_utc, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDelayedWriteRate(final long value) {
      return setLong(DBOption.delayed_write_rate, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setDeleteObsoleteFilesPeriodMicros(final long value) {
      return setLong(DBOption.delete_obsolete_files_period_micros, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxBackgroundCompactions(final int value) {
      return setInt(DBOption.max_background_compactions, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxBackgroundJobs(final int value) {
      return setInt(DBOption.max_background_jobs, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxCompactionTriggerWakeupSeconds(final long value) {
      return setLong(DBOption.max_compaction_trigger_wakeup_seconds, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxOpenFiles(final int value) {
      return setInt(DBOption.max_open_files, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setMaxTotalWalSize(final long value) {
      return setLong(DBOption.max_total_wal_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsDumpPeriodSec(final int value) {
      return setInt(DBOption.stats_dump_period_sec, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsHistoryBufferSize(final long value) {
      return setLong(DBOption.stats_history_buffer_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStatsPersistPeriodSec(final int value) {
      return setInt(DBOption.stats_persist_period_sec, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setStrictBytesPerSync(final boolean value) {
      return setBoolean(DBOption.strict_bytes_per_sync, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setWalBytesPerSync(final long value) {
      return setLong(DBOption.wal_bytes_per_sync, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableDBOptions.MutableDBOptionsBuilder setWritableFileMaxBufferSize(final long value) {
      return setLong(DBOption.writable_file_max_buffer_size, value);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int statsDumpPeriodSec() {
      return getInt(DBOption.stats_dump_period_sec);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long statsHistoryBufferSize() {
      return getLong(DBOption.stats_history_buffer_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int statsPersistPeriodSec() {
      return getInt(DBOption.stats_persist_period_sec);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean strictBytesPerSync() {
      return getBoolean(DBOption.strict_bytes_per_sync);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long walBytesPerSync() {
      return getLong(DBOption.wal_bytes_per_sync);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long writableFileMaxBufferSize() {
      return getLong(DBOption.writable_file_max_buffer_size);
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
