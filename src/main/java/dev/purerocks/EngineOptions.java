package dev.purerocks;

import dev.purerocks.internal.db.ColumnFamilyConfig;
import dev.purerocks.internal.db.DbConfig;
import dev.purerocks.internal.db.StringAppendMergeOperator;
import dev.purerocks.internal.db.UInt64AddMergeOperator;
import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memtable.HashLinkListRep;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.internal.memtable.MemTableRepFactory;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.internal.memtable.VectorRep;
import dev.purerocks.internal.util.InfoLog;
import java.nio.ByteBuffer;

/**
 * Translates the public options objects into the engine's {@link DbConfig} and {@link
 * ColumnFamilyConfig}: the one place where RocksJava's option vocabulary meets the engine's.
 *
 * <p>Only raw values are copied; validation and sanitizing are the engine's ({@code
 * OptionsSanitizer}), so the messages are RocksDB's. A memtable configuration the engine cannot
 * build (for example a hash bucket count of 0, which crashes RocksDB) becomes InvalidArgument with
 * the engine's text instead of a crash.
 *
 * <p>Thread-safety: stateless; the options objects passed in must not be mutated concurrently,
 * like RocksJava's.
 */
final class EngineOptions {
  private EngineOptions() {}

  static DbConfig dbConfig(final DBOptions o) {
    return dbConfig(o.allowConcurrentMemtableWrite, o.dbWriteBufferSize, o.writeBufferManager,
        o.logger, o.infoLogLevel);
  }

  static DbConfig dbConfig(final Options o) {
    return dbConfig(o.db);
  }

  private static DbConfig dbConfig(final boolean concurrent, final long dbWriteBufferSize,
      final WriteBufferManager wbm, final LoggerInterface logger, final InfoLogLevel level) {
    // A shared WriteBufferManager wins over db_write_buffer_size, as in RocksDB.
    final long budget = wbm != null ? wbm.bufferSizeBytes() : dbWriteBufferSize;
    return new DbConfig()
        .allowConcurrentMemtableWrite(concurrent)
        .writeBufferManagerSize(budget)
        .infoLog(infoLog(logger, level));
  }

  /** The column-family part of an {@code Options}, with the DB-wide logger. */
  static ColumnFamilyConfig cfConfig(final Options o) throws RocksDBException {
    return cfConfig(o.cf, infoLog(o.db));
  }

  /** A column family's options; {@code log} is the database's info log. */
  static ColumnFamilyConfig cfConfig(final ColumnFamilyOptions o, final InfoLog log)
      throws RocksDBException {
    final ColumnFamilyConfig c = new ColumnFamilyConfig()
        .comparator(comparator(o.javaComparator(), o.builtinComparator()))
        .prefixExtractor(prefix(o.prefixExtractorKind(), o.prefixExtractorLength()))
        .repFactory(repFactory(o.memTableFactory()))
        .writeBufferSize(o.writeBufferSize)
        .arenaBlockSize(o.arenaBlockSize)
        .maxWriteBufferNumber(o.maxWriteBufferNumber)
        .minWriteBufferNumberToMerge(o.minWriteBufferNumberToMerge)
        .prefixBloomSizeRatio(o.memtablePrefixBloomSizeRatio)
        .wholeKeyFiltering(o.memtableWholeKeyFiltering)
        .inplaceUpdateSupport(o.inplaceUpdateSupport)
        .inplaceUpdateNumLocks(o.inplaceUpdateNumLocks)
        .maxSuccessiveMerges(o.maxSuccessiveMerges)
        .maxRangeDeletions(o.memtableMaxRangeDeletions);
    c.infoLog(log);
    c.mergeOperator(mergeOperator(o.mergeOperator(), o.mergeOperatorName(), log));
    return c;
  }

  static InfoLog infoLog(final DBOptions o) {
    return infoLog(o.logger, o.infoLogLevel);
  }

  static InfoLog infoLog(final Options o) {
    return infoLog(o.db);
  }

  /**
   * Routes engine messages to a Java {@link Logger} at or above its current level (read at each
   * message, as RocksJava's logger level can change while the DB runs).
   */
  static InfoLog infoLog(final LoggerInterface logger, final InfoLogLevel dbLevel) {
    if (!(logger instanceof Logger)) {
      return InfoLog.NONE;
    }
    final Logger l = (Logger) logger;
    return (level, message) -> {
      final InfoLogLevel lv = toLevel(level);
      final InfoLogLevel min = l.infoLogLevel();
      if (min == null || lv.getValue() >= min.getValue()) {
        l.log(lv, message);
      }
    };
  }

  private static InfoLogLevel toLevel(final InfoLog.Level level) {
    switch (level) {
      case DEBUG:
        return InfoLogLevel.DEBUG_LEVEL;
      case INFO:
        return InfoLogLevel.INFO_LEVEL;
      case WARN:
        return InfoLogLevel.WARN_LEVEL;
      case ERROR:
        return InfoLogLevel.ERROR_LEVEL;
      case FATAL:
        return InfoLogLevel.FATAL_LEVEL;
      default:
        return InfoLogLevel.HEADER_LEVEL;
    }
  }

  static UserComparator comparator(final AbstractComparator java, final BuiltinComparator builtin) {
    if (java instanceof dev.purerocks.util.BytewiseComparator
        || java instanceof dev.purerocks.util.ReverseBytewiseComparator) {
      // Final classes whose order is known: compare in place, keep the Java name.
      return new NamedBuiltin(java, java instanceof dev.purerocks.util.BytewiseComparator
          ? BytewiseComparators.BYTEWISE : BytewiseComparators.REVERSE_BYTEWISE);
    }
    if (java != null) {
      return new JavaComparatorAdapter(java);
    }
    return builtin == BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR
        ? BytewiseComparators.REVERSE_BYTEWISE
        : BytewiseComparators.BYTEWISE;
  }

  static PrefixExtractor prefix(final int kind, final int length) {
    // RocksDB accepts any length here (it is a size_t); a negative one cannot name a prefix, so
    // it is treated as "no extractor" rather than failing where RocksJava opens.
    if (kind == ColumnFamilyOptions.PREFIX_FIXED && length >= 0) {
      return PrefixExtractor.fixed(length);
    }
    if (kind == ColumnFamilyOptions.PREFIX_CAPPED && length >= 0) {
      return PrefixExtractor.capped(length);
    }
    return null;
  }

  static MemTableRepFactory repFactory(final MemTableConfig config) throws RocksDBException {
    try {
      if (config instanceof HashSkipListMemTableConfig) {
        final HashSkipListMemTableConfig h = (HashSkipListMemTableConfig) config;
        return HashSkipListRep.factory(h.bucketCount(), h.height(), h.branchingFactor());
      }
      if (config instanceof HashLinkedListMemTableConfig) {
        final HashLinkedListMemTableConfig h = (HashLinkedListMemTableConfig) config;
        return HashLinkListRep.factory(h.bucketCount(), h.hugePageTlbSize(),
            h.bucketEntriesLoggingThreshold(), h.ifLogBucketDistWhenFlush(),
            h.thresholdUseSkiplist());
      }
      if (config instanceof VectorMemTableConfig) {
        return VectorRep.factory(((VectorMemTableConfig) config).reservedSize());
      }
      if (config instanceof SkipListMemTableConfig) {
        return SkipListRep.factory(((SkipListMemTableConfig) config).lookahead());
      }
      return SkipListRep.factory(0);
    } catch (IllegalArgumentException e) {
      // RocksDB crashes on these values (idioms.md section 8); we refuse them clearly.
      throw new RocksDBException(
          e.getMessage(), new Status(Status.Code.InvalidArgument, Status.SubCode.None,
              e.getMessage()));
    }
  }

  static dev.purerocks.internal.db.MergeOperator mergeOperator(
      final MergeOperator object, final String name, final InfoLog log) {
    if (object instanceof StringAppendOperator) {
      return StringAppendMergeOperator.withString(((StringAppendOperator) object).delimiter());
    }
    if (object instanceof UInt64AddOperator) {
      return new UInt64AddMergeOperator(log);
    }
    if (name != null) {
      // RocksDB's registry names; an unknown name opens with no merge operator, as RocksDB does.
      switch (name) {
        case "stringappend":
        case "StringAppendOperator":
          return StringAppendMergeOperator.withChar(',');
        case "uint64add":
        case "UInt64AddOperator":
          return new UInt64AddMergeOperator(log);
        default:
          return null;
      }
    }
    return null;
  }

  /** A built-in order under a Java comparator's name, failing like the adapter once closed. */
  static final class NamedBuiltin implements UserComparator {
    private final AbstractComparator comparator;
    private final UserComparator order;
    private final String name;

    NamedBuiltin(final AbstractComparator comparator, final UserComparator order) {
      this.comparator = comparator;
      this.order = order;
      this.name = comparator.name();
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int compare(final byte[] a, final int aOff, final int aLen, final byte[] b,
        final int bOff, final int bLen) {
      if (!comparator.isOwningHandle()) {
        throw new IllegalStateException(
            "comparator " + name + " was closed while a database still uses it");
      }
      return order.compare(a, aOff, aLen, b, bOff, bLen);
    }
  }

  /**
   * A Java comparator as the engine's {@link UserComparator}: called directly on the key bytes
   * through read-only heap buffers (positions 0..length), without JNI or copying.
   */
  static final class JavaComparatorAdapter implements UserComparator {
    private final AbstractComparator comparator;
    private final String name;

    JavaComparatorAdapter(final AbstractComparator comparator) {
      this.comparator = comparator;
      this.name = comparator.name();
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int compare(final byte[] a, final int aOff, final int aLen, final byte[] b,
        final int bOff, final int bLen) {
      if (!comparator.isOwningHandle()) {
        // RocksJava crashes the JVM here (idioms.md section 1); we fail the operation instead.
        throw new IllegalStateException(
            "comparator " + name + " was closed while a database still uses it");
      }
      return comparator.compare(ByteBuffer.wrap(a, aOff, aLen).slice(),
          ByteBuffer.wrap(b, bOff, bLen).slice());
    }
  }
}
