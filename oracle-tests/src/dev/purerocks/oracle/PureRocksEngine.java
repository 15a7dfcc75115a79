package dev.purerocks.oracle;

// The PureRocks adapter: RocksJavaEngine.java with the org.rocksdb imports switched
// to dev.purerocks and the class name changed (EngineTwinTest checks the two stay identical
// otherwise), so both engines are driven by literally the same calls.

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.purerocks.AbstractComparator;
import dev.purerocks.BuiltinComparator;
import dev.purerocks.ComparatorOptions;
import dev.purerocks.FlushOptions;
import dev.purerocks.HashLinkedListMemTableConfig;
import dev.purerocks.HashSkipListMemTableConfig;
import dev.purerocks.Options;
import dev.purerocks.ReadOptions;
import dev.purerocks.RocksDB;
import dev.purerocks.RocksDBException;
import dev.purerocks.RocksIterator;
import dev.purerocks.SkipListMemTableConfig;
import dev.purerocks.Snapshot;
import dev.purerocks.StringAppendOperator;
import dev.purerocks.UInt64AddOperator;
import dev.purerocks.VectorMemTableConfig;
import dev.purerocks.WriteBatch;
import dev.purerocks.WriteOptions;
import dev.purerocks.util.BytewiseComparator;
import dev.purerocks.util.ReverseBytewiseComparator;

final class PureRocksEngine implements Engine {
  interface Call {
    String run() throws Exception;
  }

  private Options options;
  private RocksDB db;
  private WriteOptions writeOptions;
  private RocksIterator iterator;
  private ReadOptions iteratorReadOptions;
  private boolean totalOrder;
  private ComparatorOptions comparatorOptions;
  private AbstractComparator comparator;
  private final Map<String, Snapshot> snapshots = new HashMap<>();

  @Override
  public void open(final EngineConfig config, final String directory) throws Exception {
    options = new Options().setCreateIfMissing(true)
        .setAllowConcurrentMemtableWrite(config.concurrent())
        .setWriteBufferSize(config.writeBufferSize())
        .setMaxWriteBufferNumber(config.maxWbn())
        .setMinWriteBufferNumberToMerge(config.minMerge())
        .setMaxSuccessiveMerges(config.maxMerges())
        .setMemtablePrefixBloomSizeRatio(config.bloom())
        .setMemtableWholeKeyFiltering(config.wholeKey());
    switch (config.rep()) {
      case "hashskiplist":
        options.setMemTableConfig(new HashSkipListMemTableConfig()
            .setBucketCount(config.buckets()).setHeight(config.height())
            .setBranchingFactor(config.branching()));
        break;
      case "hashlinklist":
        options.setMemTableConfig(new HashLinkedListMemTableConfig()
            .setBucketCount(config.buckets()).setThresholdUseSkiplist(config.threshold()));
        break;
      case "vector":
        options.setMemTableConfig(new VectorMemTableConfig().setReservedSize(config.reserved()));
        break;
      default:
        options.setMemTableConfig(new SkipListMemTableConfig());
    }
    if (config.prefix().startsWith("fixed")) {
      options.useFixedLengthPrefixExtractor(config.prefixLength());
    } else if (config.prefix().startsWith("capped")) {
      options.useCappedPrefixExtractor(config.prefixLength());
    }
    totalOrder = !config.prefix().equals("none");
    if (config.javaComparator()) {
      comparatorOptions = new ComparatorOptions();
      if (config.cmp().equals("utilbytewise")) {
        comparator = new BytewiseComparator(comparatorOptions);
      } else if (config.cmp().equals("utilreverse")) {
        comparator = new ReverseBytewiseComparator(comparatorOptions);
      } else {
        comparator = new JavaOrder(comparatorOptions, config.cmp());
      }
      options.setComparator(comparator);
    } else if (config.reverse()) {
      options.setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
    }
    if (config.delimiter() != null) {
      options.setMergeOperator(config.charDelimiter()
          ? new StringAppendOperator(config.delimiter().charAt(0))
          : new StringAppendOperator(config.delimiter()));
    } else if (config.merge().equals("uint64add")) {
      options.setMergeOperator(new UInt64AddOperator());
    }
    if (config.inplace()) {
      options.setInplaceUpdateSupport(true);
    }
    // no_slowdown=false: a write RocksDB stalls while its background flush runs waits for the
    // flush instead of failing with a timing-dependent Incomplete (avoid-list items 1 and 17;
    // background work is never paused here, so the wait ends).
    writeOptions = new WriteOptions().setDisableWAL(true).setNoSlowdown(false);
    db = RocksDB.open(options, directory);
  }

  /**
   * The configurations' Java comparators, computed in Java on the buffers' remaining bytes, so the
   * engine's user-comparator path runs instead of its built-in bytewise code: byte order
   * ascending ({@code javabytewise}), descending ({@code javareverse}), or ascending with the byte
   * {@code 's'} ranked below every other byte ({@code javasfirst}). The last differs from both
   * built-ins (the singleDelete keys {@code s?} sort first) yet stays lexicographic, so keys that
   * share a prefix are contiguous as prefix extractors require, and it agrees with bytewise on the
   * generator's range-deletion bounds (letters a..c), which the generator orders bytewise.
   */
  private static final class JavaOrder extends AbstractComparator {
    private final String kind;

    JavaOrder(final ComparatorOptions copt, final String kind) {
      super(copt);
      this.kind = kind;
    }

    @Override
    public String name() {
      return "oracle." + kind;
    }

    private int rank(final ByteBuffer buffer, final int i) {
      final int b = buffer.get(buffer.position() + i) & 0xff;
      return b == 's' && kind.equals("javasfirst") ? -1 : b;
    }

    @Override
    public int compare(final ByteBuffer a, final ByteBuffer b) {
      final int n = Math.min(a.remaining(), b.remaining());
      int c = 0;
      for (int i = 0; i < n && c == 0; i++) {
        c = Integer.compare(rank(a, i), rank(b, i));
      }
      if (c == 0) {
        c = Integer.compare(a.remaining(), b.remaining());
      }
      return kind.equals("javareverse") ? -c : c;
    }
  }

  private static String attempt(final Call call) {
    try {
      return call.run();
    } catch (RocksDBException e) {
      return "RocksDBException: " + e.getMessage() + " | "
          + (e.getStatus() == null ? "no status"
              : e.getStatus().getCode() + "/" + e.getStatus().getSubCode());
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Override
  public String put(final byte[] key, final byte[] value) {
    return attempt(() -> {
      db.put(writeOptions, key, value);
      return "ok";
    });
  }

  @Override
  public String delete(final byte[] key) {
    return attempt(() -> {
      db.delete(writeOptions, key);
      return "ok";
    });
  }

  @Override
  public String singleDelete(final byte[] key) {
    return attempt(() -> {
      db.singleDelete(writeOptions, key);
      return "ok";
    });
  }

  @Override
  public String deleteRange(final byte[] begin, final byte[] end) {
    return attempt(() -> {
      db.deleteRange(writeOptions, begin, end);
      return "ok";
    });
  }

  @Override
  public String merge(final byte[] key, final byte[] value) {
    return attempt(() -> {
      db.merge(writeOptions, key, value);
      return "ok";
    });
  }

  @Override
  public String write(final List<Op> ops) {
    return attempt(() -> {
      try (WriteBatch batch = new WriteBatch()) {
        for (final Op op : ops) {
          switch (op.verb()) {
            case "put":
              batch.put(op.arg(0), op.arg(1));
              break;
            case "delete":
              batch.delete(op.arg(0));
              break;
            case "singleDelete":
              batch.singleDelete(op.arg(0));
              break;
            case "deleteRange":
              batch.deleteRange(op.arg(0), op.arg(1));
              break;
            case "merge":
              batch.merge(op.arg(0), op.arg(1));
              break;
            default:
              throw new IllegalArgumentException("not a batch operation: " + op);
          }
        }
        db.write(writeOptions, batch);
      }
      return "ok";
    });
  }

  private ReadOptions readOptions(final String snapshot) {
    final ReadOptions ro = new ReadOptions().setTotalOrderSeek(totalOrder);
    if (snapshot != null) {
      final Snapshot s = snapshots.get(snapshot);
      if (s == null) {
        throw new IllegalStateException("no snapshot " + snapshot);
      }
      ro.setSnapshot(s);
    }
    return ro;
  }

  @Override
  public String get(final byte[] key, final String snapshot) {
    return attempt(() -> {
      try (ReadOptions ro = readOptions(snapshot)) {
        return Codec.token(db.get(ro, key));
      }
    });
  }

  @Override
  public String multiGet(final List<byte[]> keys) {
    return attempt(() -> {
      final List<String> out = new ArrayList<>();
      for (final byte[] v : db.multiGetAsList(keys)) {
        out.add(Codec.token(v));
      }
      return out.toString();
    });
  }

  @Override
  public String keyMayExist(final byte[] key) {
    return attempt(() -> {
      final boolean may = db.keyMayExist(key, null);
      return may || db.get(key) == null ? "no false negative" : "FALSE NEGATIVE";
    });
  }

  private void closeIterator() {
    if (iterator != null) {
      iterator.close();
      iteratorReadOptions.close();
      iterator = null;
      iteratorReadOptions = null;
    }
  }

  @Override
  public String iterOpen(final String snapshot) {
    return attempt(() -> {
      closeIterator();
      iteratorReadOptions = readOptions(snapshot);
      iterator = db.newIterator(iteratorReadOptions);
      return position();
    });
  }

  private String position() {
    if (iterator.isValid()) {
      return "valid " + Codec.token(iterator.key()) + " = " + Codec.token(iterator.value());
    }
    return attempt(() -> {
      iterator.status();
      return "invalid";
    });
  }

  @Override
  public String iterMove(final String move, final byte[] target) {
    if (iterator == null) {
      return "no iterator";
    }
    return attempt(() -> {
      switch (move) {
        case "first":
          iterator.seekToFirst();
          break;
        case "last":
          iterator.seekToLast();
          break;
        case "seek":
          iterator.seek(target);
          break;
        case "seekForPrev":
          iterator.seekForPrev(target);
          break;
        case "next":
        case "prev":
          if (!iterator.isValid()) {
            return "invalid (not moved)";
          }
          if (move.equals("next")) {
            iterator.next();
          } else {
            iterator.prev();
          }
          break;
        default:
          throw new IllegalArgumentException("unknown iterator move " + move);
      }
      return position();
    });
  }

  @Override
  public String snapshotTake(final String name) {
    final Snapshot old = snapshots.remove(name);
    if (old != null) {
      db.releaseSnapshot(old);
    }
    final Snapshot s = db.getSnapshot();
    if (s == null) {
      return "null";
    }
    snapshots.put(name, s);
    return "ok";
  }

  @Override
  public String snapshotRelease(final String name) {
    final Snapshot s = snapshots.remove(name);
    if (s == null) {
      return "no snapshot";
    }
    db.releaseSnapshot(s);
    return "ok";
  }

  @Override
  public String flush() {
    return attempt(() -> {
      try (FlushOptions fo = new FlushOptions().setWaitForFlush(true)) {
        db.flush(fo);
      }
      return "ok";
    });
  }

  @Override
  public void close() {
    closeIterator();
    if (db != null) {
      for (final Snapshot s : snapshots.values()) {
        db.releaseSnapshot(s);
      }
      snapshots.clear();
      db.close();
      db = null;
    }
    if (writeOptions != null) {
      writeOptions.close();
    }
    if (options != null) {
      options.close();
    }
    if (comparator != null) {
      comparator.close();
      comparatorOptions.close();
    }
  }
}
