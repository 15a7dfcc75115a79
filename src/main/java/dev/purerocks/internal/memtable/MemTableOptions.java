package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import java.util.Objects;

/**
 * Everything one memtable needs to know, fixed when it is created (RocksDB's {@code
 * ImmutableMemTableOptions} plus the comparator, extractor and factory the constructor takes).
 * The column family derives a fresh instance whenever its mutable options change; a memtable keeps
 * the instance it was built with, as RocksDB's does.
 *
 * <p>Values are validated once, in {@link Builder#build()}, with messages naming the option and
 * the value. Two values are <em>sanitized</em> rather than rejected, as RocksDB's {@code
 * SanitizeCfOptions} does: the bloom size ratio is clamped to [0, 0.25]; the arena block size is
 * expected already derived ({@link #deriveArenaBlockSize}) and is rejected otherwise, because the
 * derivation needs the caller's unsanitized value.
 *
 * <p>Thread-safety: immutable.
 *
 * <p>Spec: {@code MT-OPT-1} .. {@code MT-OPT-4}.
 */
public final class MemTableOptions {
  /** RocksDB's message for an unsupported {@code memtable_protection_bytes_per_key}. */
  public static final String PROTECTION_BYTES_MESSAGE =
      "Memtable per key-value checksum protection only supports 0, 1, 2, 4 or 8 bytes per key.";

  /** RocksJava's default {@code write_buffer_size}: 64 MiB. */
  public static final long DEFAULT_WRITE_BUFFER_SIZE = 64L << 20;
  /** RocksJava's default {@code inplace_update_num_locks}. */
  public static final long DEFAULT_INPLACE_UPDATE_NUM_LOCKS = 10_000;
  /** The largest {@code memtable_prefix_bloom_size_ratio} RocksDB keeps. */
  public static final double MAX_BLOOM_SIZE_RATIO = 0.25;

  private final UserComparator userComparator;
  private final PrefixExtractor prefixExtractor;
  private final MemTableRepFactory repFactory;
  private final long writeBufferSize;
  private final int arenaBlockSize;
  private final double prefixBloomSizeRatio;
  private final boolean wholeKeyFiltering;
  private final boolean inplaceUpdateSupport;
  private final long inplaceUpdateNumLocks;
  private final long maxSuccessiveMerges;
  private final int protectionBytesPerKey;
  private final int maxRangeDeletions;
  private final InfoLog infoLog;

  private MemTableOptions(Builder b) {
    this.userComparator = b.userComparator;
    this.prefixExtractor = b.prefixExtractor;
    this.repFactory = b.repFactory;
    this.writeBufferSize = b.writeBufferSize;
    this.arenaBlockSize =
        b.arenaBlockSize != 0 ? b.arenaBlockSize : deriveArenaBlockSize(0, b.writeBufferSize);
    this.prefixBloomSizeRatio = sanitizeBloomSizeRatio(b.prefixBloomSizeRatio);
    this.wholeKeyFiltering = b.wholeKeyFiltering;
    this.inplaceUpdateSupport = b.inplaceUpdateSupport;
    this.inplaceUpdateNumLocks = b.inplaceUpdateNumLocks;
    this.maxSuccessiveMerges = b.maxSuccessiveMerges;
    this.protectionBytesPerKey = b.protectionBytesPerKey;
    this.maxRangeDeletions = b.maxRangeDeletions;
    this.infoLog = b.infoLog;
  }

  /** A builder with RocksJava's defaults: bytewise order, {@code SkipListFactory}, 64 MiB. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- derivations shared with the column family -------------------------------------------

  /**
   * The arena block size RocksDB uses for a memtable: a positive {@code requested} value as given,
   * otherwise an eighth of the write buffer (at most 1 MiB, rounded up to 4 KiB), then clamped and
   * aligned by {@link Arena#optimizeBlockSize} ({@code SanitizeCfOptions} and {@code
   * Arena::OptimizeBlockSize}). Example: 64 KiB write buffer gives 8 KiB blocks; 64 MiB gives 1 MiB.
   */
  public static int deriveArenaBlockSize(long requested, long writeBufferSize) {
    long size = requested > 0 ? requested : Arena.defaultBlockSize(writeBufferSize);
    return Arena.optimizeBlockSize(size);
  }

  /** Clamps a bloom size ratio to [0, 0.25], as RocksDB sanitizes it; NaN becomes 0. */
  public static double sanitizeBloomSizeRatio(double ratio) {
    if (!(ratio > 0)) {
      return 0;
    }
    return Math.min(ratio, MAX_BLOOM_SIZE_RATIO);
  }

  /**
   * The bloom size in bits: {@code (long) (writeBufferSize * ratio) * 8}, capped at 2^32 bits
   * (RocksDB computes the same in 32 bits and wraps above 512 MiB of filter).
   */
  public static long bloomBits(long writeBufferSize, double ratio) {
    long bytes = (long) ((double) writeBufferSize * sanitizeBloomSizeRatio(ratio));
    return bytes >= MemTableBloom.MAX_BITS / 8 ? MemTableBloom.MAX_BITS : bytes * 8;
  }

  // ---- accessors ---------------------------------------------------------------------------

  public UserComparator userComparator() {
    return userComparator;
  }

  /** The prefix extractor, or null. */
  public PrefixExtractor prefixExtractor() {
    return prefixExtractor;
  }

  public MemTableRepFactory repFactory() {
    return repFactory;
  }

  public long writeBufferSize() {
    return writeBufferSize;
  }

  /** The arena block size, already derived and aligned. */
  public int arenaBlockSize() {
    return arenaBlockSize;
  }

  /** The sanitized bloom size ratio, in [0, 0.25]. */
  public double prefixBloomSizeRatio() {
    return prefixBloomSizeRatio;
  }

  public boolean wholeKeyFiltering() {
    return wholeKeyFiltering;
  }

  public boolean inplaceUpdateSupport() {
    return inplaceUpdateSupport;
  }

  public long inplaceUpdateNumLocks() {
    return inplaceUpdateNumLocks;
  }

  public long maxSuccessiveMerges() {
    return maxSuccessiveMerges;
  }

  public int protectionBytesPerKey() {
    return protectionBytesPerKey;
  }

  /**
   * {@code memtable_max_range_deletions} as RocksDB reads it: an unsigned 32-bit count, 0 meaning
   * no limit (so a negative Java int is a very large limit, not an error).
   */
  public long maxRangeDeletions() {
    return Integer.toUnsignedLong(maxRangeDeletions);
  }

  public InfoLog infoLog() {
    return infoLog;
  }

  /** Bits the bloom gets: 0 when no bloom is made (RocksDB's {@code MemTable::MemTable}). */
  long effectiveBloomBits() {
    if (prefixExtractor == null && !wholeKeyFiltering) {
      return 0;
    }
    return bloomBits(writeBufferSize, prefixBloomSizeRatio);
  }

  @Override
  public String toString() {
    return "MemTableOptions{comparator="
        + userComparator.name()
        + ", prefixExtractor="
        + (prefixExtractor == null ? "null" : prefixExtractor.name())
        + ", repFactory="
        + repFactory.name()
        + ", writeBufferSize="
        + writeBufferSize
        + ", arenaBlockSize="
        + arenaBlockSize
        + ", prefixBloomSizeRatio="
        + prefixBloomSizeRatio
        + ", wholeKeyFiltering="
        + wholeKeyFiltering
        + ", inplaceUpdateSupport="
        + inplaceUpdateSupport
        + ", inplaceUpdateNumLocks="
        + inplaceUpdateNumLocks
        + ", maxSuccessiveMerges="
        + maxSuccessiveMerges
        + ", protectionBytesPerKey="
        + protectionBytesPerKey
        + ", maxRangeDeletions="
        + maxRangeDeletions()
        + "}";
  }

  /** Collects option values; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private UserComparator userComparator = BytewiseComparators.BYTEWISE;
    private PrefixExtractor prefixExtractor;
    private MemTableRepFactory repFactory = SkipListRep.factory(0);
    private long writeBufferSize = DEFAULT_WRITE_BUFFER_SIZE;
    private int arenaBlockSize;
    private double prefixBloomSizeRatio;
    private boolean wholeKeyFiltering;
    private boolean inplaceUpdateSupport;
    private long inplaceUpdateNumLocks = DEFAULT_INPLACE_UPDATE_NUM_LOCKS;
    private long maxSuccessiveMerges;
    private int protectionBytesPerKey;
    private int maxRangeDeletions;
    private InfoLog infoLog = InfoLog.NONE;

    private Builder() {}

    public Builder userComparator(UserComparator v) {
      this.userComparator = Objects.requireNonNull(v, "userComparator");
      return this;
    }

    /** The prefix extractor; null (the default) means none. */
    public Builder prefixExtractor(PrefixExtractor v) {
      this.prefixExtractor = v;
      return this;
    }

    public Builder repFactory(MemTableRepFactory v) {
      this.repFactory = Objects.requireNonNull(v, "repFactory");
      return this;
    }

    public Builder writeBufferSize(long v) {
      this.writeBufferSize = v;
      return this;
    }

    /**
     * The arena block size, as derived by {@link #deriveArenaBlockSize}; left unset, it is derived
     * from the write buffer size.
     */
    public Builder arenaBlockSize(int v) {
      this.arenaBlockSize = v;
      return this;
    }

    /** {@code memtable_prefix_bloom_size_ratio}; clamped to [0, 0.25] by {@link #build()}. */
    public Builder prefixBloomSizeRatio(double v) {
      this.prefixBloomSizeRatio = v;
      return this;
    }

    public Builder wholeKeyFiltering(boolean v) {
      this.wholeKeyFiltering = v;
      return this;
    }

    public Builder inplaceUpdateSupport(boolean v) {
      this.inplaceUpdateSupport = v;
      return this;
    }

    public Builder inplaceUpdateNumLocks(long v) {
      this.inplaceUpdateNumLocks = v;
      return this;
    }

    public Builder maxSuccessiveMerges(long v) {
      this.maxSuccessiveMerges = v;
      return this;
    }

    /** {@code memtable_protection_bytes_per_key}: 0, 1, 2, 4 or 8. */
    public Builder protectionBytesPerKey(int v) {
      this.protectionBytesPerKey = v;
      return this;
    }

    /** {@code memtable_max_range_deletions}, read as unsigned; 0 means no limit. */
    public Builder maxRangeDeletions(int v) {
      this.maxRangeDeletions = v;
      return this;
    }

    public Builder infoLog(InfoLog v) {
      this.infoLog = Objects.requireNonNull(v, "infoLog");
      return this;
    }

    /**
     * Validates and freezes the values.
     *
     * @throws IllegalArgumentException naming the first invalid option; for protection bytes the
     *     message is RocksDB's ({@link #PROTECTION_BYTES_MESSAGE}), which the API layer reports as
     *     {@code NotSupported}
     */
    public MemTableOptions build() {
      if (!EntryProtection.isSupported(protectionBytesPerKey)) {
        throw new IllegalArgumentException(PROTECTION_BYTES_MESSAGE);
      }
      if (writeBufferSize <= 0) {
        throw new IllegalArgumentException("write_buffer_size must be positive: " + writeBufferSize);
      }
      if (arenaBlockSize != 0 && Arena.optimizeBlockSize(arenaBlockSize) != arenaBlockSize) {
        throw new IllegalArgumentException(
            "arena_block_size must be derived with deriveArenaBlockSize: " + arenaBlockSize);
      }
      if (inplaceUpdateNumLocks < 0) {
        throw new IllegalArgumentException(
            "inplace_update_num_locks must not be negative: " + inplaceUpdateNumLocks);
      }
      if (maxSuccessiveMerges < 0) {
        throw new IllegalArgumentException(
            "max_successive_merges must not be negative: " + maxSuccessiveMerges);
      }
      return new MemTableOptions(this);
    }
  }
}
