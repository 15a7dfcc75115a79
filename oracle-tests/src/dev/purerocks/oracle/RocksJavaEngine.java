package dev.purerocks.oracle;

// The RocksJava adapter. PureRocksEngine.java is this file with the org.rocksdb imports switched
// to dev.purerocks and the class name changed (EngineTwinTest checks the two stay identical
// otherwise), so both engines are driven by literally the same calls.

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.BuiltinComparator;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.HashLinkedListMemTableConfig;
import org.rocksdb.HashSkipListMemTableConfig;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.SkipListMemTableConfig;
import org.rocksdb.Snapshot;
import org.rocksdb.StringAppendOperator;
import org.rocksdb.UInt64AddOperator;
import org.rocksdb.VectorMemTableConfig;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

final class RocksJavaEngine implements Engine {
  interface Call {
    String run() throws Exception;
  }

  private Options options;
  private RocksDB db;
  private WriteOptions writeOptions;
  private RocksIterator iterator;
  private ReadOptions iteratorReadOptions;
  private boolean totalOrder;
  private final Map<String, Snapshot> snapshots = new HashMap<>();
  // Column families (issue 4): the latest handle created under each name (dropped ones stay, and
  // stay usable, until close), every handle created, the family ops go to, and pause depth.
  private final Map<String, ColumnFamilyHandle> families = new HashMap<>();
  private final List<ColumnFamilyHandle> createdFamilies = new ArrayList<>();
  private ColumnFamilyHandle current;
  private ColumnFamilyOptions familyOptions;
  private int backgroundPauses;

  @Override
  public void open(final EngineConfig config, final String directory) throws Exception {
    options = new Options().setCreateIfMissing(true).setAllowConcurrentMemtableWrite(false)
        .setWriteBufferSize(config.writeBufferSize());
    switch (config.rep()) {
      case "hashskiplist":
        options.setMemTableConfig(new HashSkipListMemTableConfig().setBucketCount(7));
        break;
      case "hashlinklist":
        options.setMemTableConfig(
            new HashLinkedListMemTableConfig().setBucketCount(7).setThresholdUseSkiplist(3));
        break;
      case "vector":
        options.setMemTableConfig(new VectorMemTableConfig());
        break;
      default:
        options.setMemTableConfig(new SkipListMemTableConfig());
    }
    if (config.prefix().equals("fixed2")) {
      options.useFixedLengthPrefixExtractor(2);
    } else if (config.prefix().equals("capped2")) {
      options.useCappedPrefixExtractor(2);
    }
    totalOrder = !config.prefix().equals("none");
    if (config.reverse()) {
      options.setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
    }
    if (config.merge().equals("stringappend")) {
      options.setMergeOperator(new StringAppendOperator(','));
    } else if (config.merge().equals("uint64add")) {
      options.setMergeOperator(new UInt64AddOperator());
    }
    if (config.inplace()) {
      options.setInplaceUpdateSupport(true);
    }
    writeOptions = new WriteOptions().setDisableWAL(true).setNoSlowdown(true);
    db = RocksDB.open(options, directory);
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
      db.put(cf(), writeOptions, key, value);
      return "ok";
    });
  }

  @Override
  public String delete(final byte[] key) {
    return attempt(() -> {
      db.delete(cf(), writeOptions, key);
      return "ok";
    });
  }

  @Override
  public String singleDelete(final byte[] key) {
    return attempt(() -> {
      db.singleDelete(cf(), writeOptions, key);
      return "ok";
    });
  }

  @Override
  public String deleteRange(final byte[] begin, final byte[] end) {
    return attempt(() -> {
      db.deleteRange(cf(), writeOptions, begin, end);
      return "ok";
    });
  }

  @Override
  public String merge(final byte[] key, final byte[] value) {
    return attempt(() -> {
      db.merge(cf(), writeOptions, key, value);
      return "ok";
    });
  }

  @Override
  public String write(final List<Op> ops) {
    return attempt(() -> {
      try (WriteBatch batch = new WriteBatch()) {
        for (final Op entry : ops) {
          // "in c1 put k v": an entry for another family than the current one.
          final boolean in = entry.verb().equals("in");
          final ColumnFamilyHandle h = in ? family(entry.args().get(0)) : cf();
          final Op op = in ? entry.inner() : entry;
          switch (op.verb()) {
            case "put":
              batch.put(h, op.arg(0), op.arg(1));
              break;
            case "delete":
              batch.delete(h, op.arg(0));
              break;
            case "singleDelete":
              batch.singleDelete(h, op.arg(0));
              break;
            case "deleteRange":
              batch.deleteRange(h, op.arg(0), op.arg(1));
              break;
            case "merge":
              batch.merge(h, op.arg(0), op.arg(1));
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
        return Codec.token(db.get(cf(), ro, key));
      }
    });
  }

  @Override
  public String multiGet(final List<byte[]> keys) {
    return attempt(() -> {
      final List<String> out = new ArrayList<>();
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        handles.add(cf());
      }
      for (final byte[] v : db.multiGetAsList(handles, keys)) {
        out.add(Codec.token(v));
      }
      return out.toString();
    });
  }

  @Override
  public String keyMayExist(final byte[] key) {
    return attempt(() -> {
      final boolean may = db.keyMayExist(cf(), key, null);
      return may || db.get(cf(), key) == null ? "no false negative" : "FALSE NEGATIVE";
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
      iterator = db.newIterator(cf(), iteratorReadOptions);
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

  // ---- column families, background work, memtable switches and counts (issue 4) ------------

  /** The column family that writes, reads, iterators and flushes go to ({@code cf use}). */
  private ColumnFamilyHandle cf() {
    return current != null ? current : db.getDefaultColumnFamily();
  }

  private ColumnFamilyHandle family(final String name) {
    if (name.equals("default")) {
      return db.getDefaultColumnFamily();
    }
    final ColumnFamilyHandle h = families.get(name);
    if (h == null) {
      throw new IllegalStateException("no column family " + name);
    }
    return h;
  }

  /**
   * The options of a created family: the config's own (comparator, merge operator, memtable rep,
   * prefix extractor, write buffer size...), copied from the database's Options so that whatever
   * open() sets applies to every family alike.
   */
  private ColumnFamilyOptions columnFamilyOptions() {
    if (familyOptions == null) {
      familyOptions = new ColumnFamilyOptions(options);
    }
    return familyOptions;
  }

  @Override
  public String columnFamily(final String action, final String name) {
    return attempt(() -> {
      switch (action) {
        case "create": {
          final ColumnFamilyHandle h = db.createColumnFamily(new ColumnFamilyDescriptor(
              name.getBytes(StandardCharsets.UTF_8), columnFamilyOptions()));
          createdFamilies.add(h);
          families.put(name, h);
          return "ok";
        }
        case "use":
          current = family(name);
          return "ok";
        case "drop":
          // The handle stays open and usable: RocksDB keeps a dropped family's data readable
          // through it until the handle is closed.
          db.dropColumnFamily(family(name));
          return "ok";
        case "list": {
          final List<String> names = new ArrayList<>();
          for (final byte[] n : RocksDB.listColumnFamilies(options, db.getName())) {
            names.add(new String(n, StandardCharsets.UTF_8));
          }
          return names.toString();
        }
        default:
          throw new IllegalArgumentException("unknown column family action " + action);
      }
    });
  }

  @Override
  public String background(final String action) {
    return attempt(() -> {
      if (action.equals("pause")) {
        db.pauseBackgroundWork();
        backgroundPauses++;
      } else {
        db.continueBackgroundWork();
        if (--backgroundPauses == 0) {
          // Settle: pausing waits for every flush the resume scheduled, so later results do not
          // race with RocksDB's background thread (memtable-semantics.md avoid-list item 1).
          db.pauseBackgroundWork();
          db.continueBackgroundWork();
        }
      }
      return "ok";
    });
  }

  @Override
  public String flushNoWait() {
    // allow_write_stall: without it RocksDB waits (forever, with background work paused) rather
    // than switch to a memtable count that stops writes (WaitUntilFlushWouldNotStallWrites).
    return attempt(() -> {
      try (FlushOptions fo = new FlushOptions().setWaitForFlush(false).setAllowWriteStall(true)) {
        db.flush(fo, cf());
      }
      return "ok";
    });
  }

  /** Memtable counters that are exact in both engines while no size-triggered switch happened. */
  static final String[] COUNTS = {"num-entries-active-mem-table", "num-deletes-active-mem-table",
      "num-immutable-mem-table", "num-entries-imm-mem-tables", "num-deletes-imm-mem-tables",
      "mem-table-flush-pending", "is-write-stopped"};

  @Override
  public String counts() {
    return attempt(() -> {
      final List<String> out = new ArrayList<>();
      for (final String p : COUNTS) {
        out.add(p + "=" + db.getProperty(cf(), "rocksdb." + p));
      }
      if (backgroundPauses > 0) {
        // Defined only while paused (pausing waits for running jobs): a waited flush returns
        // before RocksDB's flush thread stops counting itself (avoid-list item 1).
        out.add("num-running-flushes=" + db.getProperty(cf(), "rocksdb.num-running-flushes"));
      }
      return String.join(" ", out);
    });
  }

  @Override
  public String flush() {
    return attempt(() -> {
      try (FlushOptions fo = new FlushOptions().setWaitForFlush(true)) {
        db.flush(fo, cf());
      }
      return "ok";
    });
  }

  @Override
  public void close() {
    closeIterator();
    if (db != null) {
      // RocksDB flushes unpersisted memtables on close and waits for that: resume paused
      // background work first, or it would wait forever.
      for (; backgroundPauses > 0; backgroundPauses--) {
        attempt(() -> {
          db.continueBackgroundWork();
          return "ok";
        });
      }
      for (final ColumnFamilyHandle h : createdFamilies) {
        h.close();
      }
      createdFamilies.clear();
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
    if (familyOptions != null) {
      familyOptions.close();
    }
    if (options != null) {
      options.close();
    }
  }
}
