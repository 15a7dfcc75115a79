package dev.purerocks.internal.db;

import dev.purerocks.internal.memtable.MemTableOptions;
import dev.purerocks.internal.memtable.SkipListRep;

/**
 * Open-time checks and clean-ups of column-family options, in RocksDB's order: validation runs on
 * the raw values ({@code ColumnFamilyData::ValidateOptions}, M31), sanitization afterwards on a
 * copy ({@code SanitizeCfOptions}, M32). The API layer calls {@link #validate} then {@link
 * #sanitize} for every family at {@code open} and {@code createColumnFamily}; the user's own
 * options objects keep the raw values, as RocksJava's do.
 *
 * <p>Thread-safety: stateless.
 */
public final class OptionsSanitizer {
  public static final String INPLACE_WITH_CONCURRENT_MESSAGE =
      "In-place memtable updates (inplace_update_support) is not compatible with concurrent"
          + " writes (allow_concurrent_memtable_write)";
  public static final String NO_CONCURRENT_INSERT_MESSAGE =
      "Memtable doesn't allow concurrent writes (allow_concurrent_memtable_write)";

  static final long MIN_WRITE_BUFFER_SIZE = 64L << 10;
  static final long MAX_WRITE_BUFFER_SIZE = 64L << 30;
  private static final long MAX_DERIVED_ARENA_BLOCK = 1L << 20;
  private static final long ARENA_ALIGN = 4L << 10;

  private OptionsSanitizer() {}

  /**
   * Rejects what RocksDB rejects at open, before any sanitizing: with concurrent memtable writes,
   * in-place updates (checked first) and factories without concurrent insert, which includes the
   * hash factories even when they will later be replaced by a skip list; unsupported protection
   * bytes (NotSupported).
   *
   * @throws DbStatusException with RocksDB's status and text
   */
  public static void validate(DbConfig db, ColumnFamilyConfig cf) {
    if (db.allowConcurrentMemtableWrite) {
      if (cf.inplaceUpdateSupport) {
        throw DbStatusException.invalidArgument(INPLACE_WITH_CONCURRENT_MESSAGE);
      }
      if (!cf.repFactory.isInsertConcurrentlySupported()) {
        throw DbStatusException.invalidArgument(NO_CONCURRENT_INSERT_MESSAGE);
      }
    }
    if (!isSupportedProtection(cf.protectionBytesPerKey)) {
      throw DbStatusException.notSupported(MemTableOptions.PROTECTION_BYTES_MESSAGE);
    }
  }

  /**
   * Returns the sanitized copy a column family runs with: {@code write_buffer_size} clipped to
   * [64 KiB, 64 GiB]; a non-positive arena block size derived as min(1 MiB, buffer / 8) rounded up
   * to 4 KiB (a positive one is kept; the arena clamps it); {@code min_write_buffer_number_to_merge} capped at
   * the <em>raw</em> {@code max_write_buffer_number} - 1 and raised to 1; {@code
   * max_write_buffer_number} raised to 2; the bloom ratio clamped to [0, 0.25]; a hash factory
   * without a prefix extractor replaced by the default skip list.
   */
  public static ColumnFamilyConfig sanitize(ColumnFamilyConfig raw) {
    ColumnFamilyConfig c = raw.copy();
    // Sizes are size_t in RocksDB: a negative long from RocksJava is a huge unsigned value
    // (DB-OPT-6), so it clips to the maximum and a negative block size is "set", not derived.
    c.writeBufferSize = Long.compareUnsigned(raw.writeBufferSize, MAX_WRITE_BUFFER_SIZE) > 0
        ? MAX_WRITE_BUFFER_SIZE : Math.max(MIN_WRITE_BUFFER_SIZE, raw.writeBufferSize);
    long block = raw.arenaBlockSize;
    if (block == 0) {
      block = Math.min(MAX_DERIVED_ARENA_BLOCK, c.writeBufferSize / 8);
      block = (block + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
    }
    // Only derived, not clamped: RocksDB keeps a given size in the options (getOptions reports
    // it) and clamps it where the arena is built (ColumnFamilyConfig.memTableOptions).
    c.arenaBlockSize = block;
    c.minWriteBufferNumberToMerge =
        Math.max(1, Math.min(raw.minWriteBufferNumberToMerge, raw.maxWriteBufferNumber - 1));
    c.maxWriteBufferNumber = Math.max(2, raw.maxWriteBufferNumber);
    c.prefixBloomSizeRatio = MemTableOptions.sanitizeBloomSizeRatio(raw.prefixBloomSizeRatio);
    if (raw.prefixExtractor == null && isHashFactory(raw.repFactory.name())) {
      c.repFactory = SkipListRep.factory(0);
    }
    return c;
  }

  private static boolean isSupportedProtection(int n) {
    return n == 0 || n == 1 || n == 2 || n == 4 || n == 8;
  }

  static boolean isHashFactory(String name) {
    return name.equals("HashSkipListRepFactory") || name.equals("HashLinkListRepFactory");
  }
}
