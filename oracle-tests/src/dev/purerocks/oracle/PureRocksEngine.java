package dev.purerocks.oracle;

// The PureRocks adapter: RocksJavaEngine.java with the org.rocksdb imports switched
// to dev.purerocks and the class name changed (EngineTwinTest checks the two stay identical
// otherwise), so both engines are driven by literally the same calls.

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.purerocks.AbstractComparator;
import dev.purerocks.BuiltinComparator;
import dev.purerocks.ByteBufferGetStatus;
import dev.purerocks.ColumnFamilyDescriptor;
import dev.purerocks.ColumnFamilyHandle;
import dev.purerocks.ColumnFamilyOptions;
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
import dev.purerocks.Slice;
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
  // Column families (issue 4): the latest handle created under each name (dropped ones stay, and
  // stay usable, until close), every handle created, the family ops go to, and pause depth.
  private final Map<String, ColumnFamilyHandle> families = new HashMap<>();
  private final List<ColumnFamilyHandle> createdFamilies = new ArrayList<>();
  private ColumnFamilyHandle current;
  private ColumnFamilyOptions familyOptions;
  private int backgroundPauses;

  @Override
  public void open(final EngineConfig config, final String directory) throws Exception {
    // No flush on close: nothing is compared after it, and RocksDB's closing flush waits forever
    // once a dropped family's switched memtables stopped writes (DB-STALL-2).
    options = new Options().setCreateIfMissing(true).setAvoidFlushDuringShutdown(true)
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
    prefixLength = config.prefixLength();
    fixedPrefix = config.fixedPrefixLength() > 0;
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
    // Tiny buffers switch on size, and RocksDB flushes them on its background thread: a write
    // that stalls meanwhile must wait for that flush (no_slowdown=false) rather than fail with a
    // timing-dependent Incomplete (avoid-list items 1 and 17); background work is never paused
    // there (see Families). With large buffers only explicit flushes switch, so stalls happen only
    // in deterministic states (paused work, a dropped family's stop), where a blocking write would
    // wait forever: writes fail fast with Incomplete "Write stall" instead (no_slowdown=true).
    writeOptions = new WriteOptions().setDisableWAL(true).setNoSlowdown(!config.tiny());
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
      for (final byte[] v : db.multiGetAsList(handles(cf(), keys.size()), keys)) {
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
    for (final AutoCloseable r : iteratorResources) {
      try {
        r.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    iteratorResources.clear();
    prefixMode = false;
    seekPrefix = null;
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
    if (pastPrefix()) {
      return attempt(() -> {
        iterator.status();
        return "end of prefix";
      });
    }
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
          seekPrefix = prefixMode ? prefixOf(target) : null;
          seekOutOfDomain = prefixMode && seekPrefix == null;
          iterator.seek(target);
          break;
        case "seekForPrev":
          iterator.seekForPrev(target);
          break;
        case "next":
        case "prev":
          if (pastPrefix()) {
            return "end of prefix (not moved)";
          }
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

  // ---- Issue 4 "Operations": batch save points and round trips, every get/multiGet/keyExists
  // form, iterators with bounds and prefix modes, refresh and status. ----------------------------

  /** Iterator mode of the last {@link #iterOpenWith}: see the {@code iter open} op form. */
  private boolean prefixMode;
  /** Prefix-mode iterator's seek-target prefix (ITER-PREFIX-1, avoid-list item 4). */
  private byte[] seekPrefix;
  /** A seek in prefix mode whose target lies outside a fixed extractor's domain. */
  private boolean seekOutOfDomain;
  /** The configured extractor: its length, and whether it is fixed (else capped). */
  private int prefixLength;
  private boolean fixedPrefix;
  private final List<AutoCloseable> iteratorResources = new ArrayList<>();

  @Override
  public String writeBatch(final List<Op> ops, final boolean roundTrip) {
    return attempt(() -> {
      final List<String> notes = new ArrayList<>();
      try (WriteBatch batch = new WriteBatch()) {
        for (int i = 0; i < ops.size(); i++) {
          // "in c1 put k v": an entry for another family than the current one.
          final boolean in = ops.get(i).verb().equals("in");
          // null: the default family through the overloads without a handle.
          final ColumnFamilyHandle h = in ? family(ops.get(i).args().get(0)) : current;
          final Op op = in ? ops.get(i).inner() : ops.get(i);
          final int index = i;
          final String outcome = attempt(() -> {
            switch (op.verb()) {
              case "savepoint":
                batch.setSavePoint();
                break;
              case "rollback":
                batch.rollbackToSavePoint();
                break;
              case "popSavePoint":
                batch.popSavePoint();
                break;
              case "put":
                if (h == null) {
                  batch.put(op.arg(0), op.arg(1));
                } else {
                  batch.put(h, op.arg(0), op.arg(1));
                }
                break;
              case "delete":
                if (h == null) {
                  batch.delete(op.arg(0));
                } else {
                  batch.delete(h, op.arg(0));
                }
                break;
              case "singleDelete":
                if (h == null) {
                  batch.singleDelete(op.arg(0));
                } else {
                  batch.singleDelete(h, op.arg(0));
                }
                break;
              case "deleteRange":
                if (h == null) {
                  batch.deleteRange(op.arg(0), op.arg(1));
                } else {
                  batch.deleteRange(h, op.arg(0), op.arg(1));
                }
                break;
              case "merge":
                if (h == null) {
                  batch.merge(op.arg(0), op.arg(1));
                } else {
                  batch.merge(h, op.arg(0), op.arg(1));
                }
                break;
              default:
                throw new IllegalArgumentException("not a batch operation: " + op);
            }
            return "ok";
          });
          if (!outcome.equals("ok")) {
            notes.add("#" + index + " " + outcome);
          }
        }
        if (roundTrip) {
          try (WriteBatch copy = new WriteBatch(batch.data())) {
            db.write(writeOptions, copy);
            notes.add(describe(copy));
          }
        } else {
          db.write(writeOptions, batch);
          notes.add(describe(batch));
        }
      }
      return "ok " + String.join(" ; ", notes);
    });
  }

  private static String describe(final WriteBatch b) {
    return "count=" + b.count() + (b.hasPut() ? " put" : "") + (b.hasDelete() ? " delete" : "")
        + (b.hasSingleDelete() ? " singleDelete" : "") + (b.hasDeleteRange() ? " deleteRange" : "")
        + (b.hasMerge() ? " merge" : "");
  }

  @Override
  public String getForm(final byte[] key, final String snapshot, final String form) {
    return attempt(() -> {
      // The current family: null before any "cf use", read through the overloads without one.
      final ColumnFamilyHandle h = current;
      try (ReadOptions ro = readOptions(snapshot)) {
        final String[] f = form.split(":");
        final int n = f.length > 1 ? Integer.parseInt(f[1]) : 0;
        // The key in the middle of a larger array, for the (array, offset, length) overloads.
        final byte[] padded = Codec.filler(key.length + 2);
        System.arraycopy(key, 0, padded, 1, key.length);
        switch (f[0]) {
          case "array":
            if (h == null) {
              return Codec.token(snapshot == null ? db.get(key) : db.get(ro, key));
            }
            return Codec.token(snapshot == null ? db.get(h, key) : db.get(h, ro, key));
          case "buffer": {
            final byte[] v = Codec.filler(n);
            final int r = h == null ? (snapshot == null ? db.get(key, v) : db.get(ro, key, v))
                : snapshot == null ? db.get(h, key, v) : db.get(h, ro, key, v);
            return r + " buf=" + Codec.token(v);
          }
          case "slice":
            if (h == null) {
              return Codec.token(snapshot == null ? db.get(padded, 1, key.length)
                  : db.get(ro, padded, 1, key.length));
            }
            return Codec.token(snapshot == null ? db.get(h, padded, 1, key.length)
                : db.get(h, ro, padded, 1, key.length));
          case "slicebuffer": {
            final byte[] v = Codec.filler(n + 2);
            final int r = h == null
                ? (snapshot == null ? db.get(padded, 1, key.length, v, 1, n)
                    : db.get(ro, padded, 1, key.length, v, 1, n))
                : snapshot == null ? db.get(h, padded, 1, key.length, v, 1, n)
                    : db.get(h, ro, padded, 1, key.length, v, 1, n);
            return r + " buf=" + Codec.token(v);
          }
          case "direct":
          case "heap": {
            final ByteBuffer k = Codec.buffer(f[0].equals("direct"), key.length + 2);
            k.position(1);
            k.put(key).flip().position(1);
            final ByteBuffer v = Codec.buffer(f[0].equals("direct"), n);
            final int r = h == null ? db.get(ro, k, v) : db.get(h, ro, k, v);
            return r + " key " + Codec.contents(k) + " value " + Codec.contents(v);
          }
          default:
            throw new IllegalArgumentException("unknown get form " + form);
        }
      }
    });
  }

  @Override
  public String keyExists(final byte[] key, final String snapshot, final String form) {
    return attempt(() -> {
      // The current family: null before any "cf use", read through the overloads without one.
      final ColumnFamilyHandle h = current;
      try (ReadOptions ro = readOptions(snapshot)) {
        if (form.equals("buffer")) {
          final ByteBuffer k = Codec.buffer(true, key.length);
          k.put(key).flip();
          final boolean exists = h == null
              ? (snapshot == null ? db.keyExists(k) : db.keyExists(ro, k))
              : snapshot == null ? db.keyExists(h, k) : db.keyExists(h, ro, k);
          return exists + " " + Codec.contents(k);
        }
        return String.valueOf(h == null
            ? (snapshot == null ? db.keyExists(key) : db.keyExists(ro, key))
            : snapshot == null ? db.keyExists(h, key) : db.keyExists(h, ro, key));
      }
    });
  }

  /** {@code h} once per key, for the multiGet overloads that take a handle per key. */
  private static List<ColumnFamilyHandle> handles(final ColumnFamilyHandle h, final int n) {
    final List<ColumnFamilyHandle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(h);
    }
    return out;
  }

  @Override
  public String multiGetForm(final List<byte[]> keys, final String snapshot, final String form) {
    return attempt(() -> {
      // The current family: null before any "cf use", read through the overloads without one.
      final ColumnFamilyHandle h = current;
      try (ReadOptions ro = readOptions(snapshot)) {
        final List<String> out = new ArrayList<>();
        if (form.equals("ro")) {
          for (final byte[] v : h == null ? db.multiGetAsList(ro, keys)
              : db.multiGetAsList(ro, handles(h, keys.size()), keys)) {
            out.add(Codec.token(v));
          }
          return out.toString();
        }
        final int n = Integer.parseInt(form.substring(form.indexOf(':') + 1));
        final List<ByteBuffer> keyBuffers = new ArrayList<>();
        final List<ByteBuffer> values = new ArrayList<>();
        // bbheap: heap value buffers, which multiGetByteBuffers refuses (the refusal is compared).
        final boolean direct = !form.startsWith("bbheap");
        for (final byte[] k : keys) {
          keyBuffers.add(Codec.buffer(true, k.length).put(k).flip());
          values.add(Codec.buffer(direct, n));
        }
        for (final ByteBufferGetStatus s : h == null
            ? db.multiGetByteBuffers(ro, keyBuffers, values)
            : db.multiGetByteBuffers(ro, handles(h, keys.size()), keyBuffers, values)) {
          out.add(s.status.getCode() + " size=" + s.requiredSize + " "
              + (s.value == null ? "null" : Codec.contents(s.value)));
        }
        return out.toString();
      }
    });
  }

  @Override
  public String iterOpenWith(final String snapshot, final byte[] lower, final byte[] upper,
      final String mode) {
    return attempt(() -> {
      closeIterator();
      iteratorReadOptions = readOptions(snapshot);
      // Modes (ITER-PREFIX-1): total = total order; prefix = total_order_seek=false, compared
      // only on keys sharing the seek target's prefix (avoid-list item 4); same =
      // prefix_same_as_start (ITER-PREFIX-2, fully defined); auto = auto_prefix_mode.
      switch (mode) {
        case "prefix":
          iteratorReadOptions.setTotalOrderSeek(false);
          break;
        case "same":
          iteratorReadOptions.setTotalOrderSeek(false).setPrefixSameAsStart(true);
          break;
        case "auto":
          iteratorReadOptions.setTotalOrderSeek(false).setAutoPrefixMode(true);
          break;
        default:
          break;
      }
      if (lower != null) {
        final Slice s = new Slice(lower);
        iteratorResources.add(s);
        iteratorReadOptions.setIterateLowerBound(s);
      }
      if (upper != null) {
        final Slice s = new Slice(upper);
        iteratorResources.add(s);
        iteratorReadOptions.setIterateUpperBound(s);
      }
      iterator = current == null ? db.newIterator(iteratorReadOptions)
          : db.newIterator(current, iteratorReadOptions);
      // totalOrder is set exactly when the configuration has a prefix extractor (see open).
      prefixMode = mode.equals("prefix") && totalOrder;
      seekPrefix = null;
      seekOutOfDomain = false;
      return position();
    });
  }

  /**
   * Avoid-list item 4 (M47, ITER-PREFIX-1): in prefix mode only the keys sharing the last seek
   * target's prefix are defined; whether the iterator then stops or runs on into other prefixes
   * differs by representation and bucket collisions, so both render as "end of prefix".
   */
  private boolean pastPrefix() {
    if (seekOutOfDomain) {
      // A prefix-mode seek to a key the extractor does not cover has no defined prefix to stay
      // in (avoid-list items 4 and 6): nothing after it is compared.
      return true;
    }
    if (!prefixMode || seekPrefix == null) {
      return false;
    }
    if (!iterator.isValid()) {
      return true;
    }
    // Same prefix means equal extractor outputs: with capped2, "bac" (prefix "ba") is not in the
    // prefix of target "b" (prefix "b").
    return !java.util.Arrays.equals(prefixOf(iterator.key()), seekPrefix);
  }

  /** The configured extractor's output for {@code key}; null outside a fixed one's domain. */
  private byte[] prefixOf(final byte[] key) {
    if (fixedPrefix && key.length < prefixLength) {
      return null;
    }
    return java.util.Arrays.copyOf(key, Math.min(prefixLength, key.length));
  }

  @Override
  public String iterRefresh(final String snapshot) {
    if (iterator == null) {
      return "no iterator";
    }
    return attempt(() -> {
      if (snapshot == null) {
        iterator.refresh();
      } else {
        final Snapshot s = snapshots.get(snapshot);
        if (s == null) {
          return "no snapshot";
        }
        iterator.refresh(s);
      }
      return position();
    });
  }

  @Override
  public String iterStatus() {
    if (iterator == null) {
      return "no iterator";
    }
    return attempt(() -> {
      iterator.status();
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
    if (comparator != null) {
      comparator.close();
      comparatorOptions.close();
    }
  }
}
