package dev.purerocks.oracle;

// The PureRocks adapter: RocksJavaEngine.java with the org.rocksdb imports switched
// to dev.purerocks and the class name changed (EngineTwinTest checks the two stay identical
// otherwise), so both engines are driven by literally the same calls.

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.purerocks.BuiltinComparator;
import dev.purerocks.ByteBufferGetStatus;
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
  private final Map<String, Snapshot> snapshots = new HashMap<>();

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
      iterator = db.newIterator(iteratorReadOptions);
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

  @Override
  public String flush() {
    return attempt(() -> {
      try (FlushOptions fo = new FlushOptions().setWaitForFlush(true)) {
        db.flush(fo);
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
  private final List<AutoCloseable> iteratorResources = new ArrayList<>();

  @Override
  public String writeBatch(final List<Op> ops, final boolean roundTrip) {
    return attempt(() -> {
      final List<String> notes = new ArrayList<>();
      try (WriteBatch batch = new WriteBatch()) {
        for (int i = 0; i < ops.size(); i++) {
          final Op op = ops.get(i);
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
      try (ReadOptions ro = readOptions(snapshot)) {
        final String[] f = form.split(":");
        final int n = f.length > 1 ? Integer.parseInt(f[1]) : 0;
        // The key in the middle of a larger array, for the (array, offset, length) overloads.
        final byte[] padded = Codec.filler(key.length + 2);
        System.arraycopy(key, 0, padded, 1, key.length);
        switch (f[0]) {
          case "array":
            return Codec.token(snapshot == null ? db.get(key) : db.get(ro, key));
          case "buffer": {
            final byte[] v = Codec.filler(n);
            final int r = snapshot == null ? db.get(key, v) : db.get(ro, key, v);
            return r + " buf=" + Codec.token(v);
          }
          case "slice":
            return Codec.token(snapshot == null ? db.get(padded, 1, key.length)
                : db.get(ro, padded, 1, key.length));
          case "slicebuffer": {
            final byte[] v = Codec.filler(n + 2);
            final int r = snapshot == null ? db.get(padded, 1, key.length, v, 1, n)
                : db.get(ro, padded, 1, key.length, v, 1, n);
            return r + " buf=" + Codec.token(v);
          }
          case "direct":
          case "heap": {
            final ByteBuffer k = Codec.buffer(f[0].equals("direct"), key.length + 2);
            k.position(1);
            k.put(key).flip().position(1);
            final ByteBuffer v = Codec.buffer(f[0].equals("direct"), n);
            final int r = db.get(ro, k, v);
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
      try (ReadOptions ro = readOptions(snapshot)) {
        if (form.equals("buffer")) {
          final ByteBuffer k = Codec.buffer(true, key.length);
          k.put(key).flip();
          final boolean exists = snapshot == null ? db.keyExists(k) : db.keyExists(ro, k);
          return exists + " " + Codec.contents(k);
        }
        return String.valueOf(snapshot == null ? db.keyExists(key) : db.keyExists(ro, key));
      }
    });
  }

  @Override
  public String multiGetForm(final List<byte[]> keys, final String snapshot, final String form) {
    return attempt(() -> {
      try (ReadOptions ro = readOptions(snapshot)) {
        final List<String> out = new ArrayList<>();
        if (form.equals("ro")) {
          for (final byte[] v : db.multiGetAsList(ro, keys)) {
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
        for (final ByteBufferGetStatus s : db.multiGetByteBuffers(ro, keyBuffers, values)) {
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
      iterator = db.newIterator(iteratorReadOptions);
      // totalOrder is set exactly when the configuration has a prefix extractor (see open).
      prefixMode = mode.equals("prefix") && totalOrder;
      seekPrefix = null;
      return position();
    });
  }

  /**
   * Avoid-list item 4 (M47, ITER-PREFIX-1): in prefix mode only the keys sharing the last seek
   * target's prefix are defined; whether the iterator then stops or runs on into other prefixes
   * differs by representation and bucket collisions, so both render as "end of prefix".
   */
  private boolean pastPrefix() {
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

  /** The prefix both configured extractors (fixed2, capped2) take: at most two bytes. */
  private static byte[] prefixOf(final byte[] key) {
    return java.util.Arrays.copyOf(key, Math.min(2, key.length));
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
  }
}
