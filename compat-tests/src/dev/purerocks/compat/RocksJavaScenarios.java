package dev.purerocks.compat;

// Scenarios in plain RocksJava idiom. PureRocksScenarios.java is this file with the imports
// switched to dev.purerocks (DbScenarioTwinTest checks the two stay identical otherwise), and
// DbApiCompatTest runs both and compares their lines.

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.AbstractComparator;
import org.rocksdb.BuiltinComparator;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.ComparatorOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.Holder;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.rocksdb.StringAppendOperator;
import org.rocksdb.UInt64AddOperator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

final class RocksJavaScenarios {
  interface Body {
    void run() throws Exception;
  }

  private final List<String> out = new ArrayList<>();
  private final String dir;

  RocksJavaScenarios(final String dir) {
    this.dir = dir;
  }

  List<String> lines() {
    return out;
  }

  private void say(final String label, final Object value) {
    out.add(label + " -> " + render(value));
  }

  private String render(final Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return "'" + new String((byte[]) v, StandardCharsets.ISO_8859_1) + "'";
    }
    if (v instanceof List) {
      final List<String> parts = new ArrayList<>();
      for (final Object o : (List<?>) v) {
        parts.add(render(o));
      }
      return parts.toString();
    }
    return String.valueOf(v).replace(dir, "$DIR");
  }

  private void attempt(final String label, final Body body) {
    try {
      body.run();
      out.add(label + " -> ok");
    } catch (RocksDBException e) {
      final String msg = String.valueOf(e.getMessage()).replace(dir, "$DIR")
          .replaceAll("acquire time \\d+ acquiring thread \\d+", "acquire time T acquiring thread N");
      out.add(label + " -> RocksDBException: " + msg + " | "
          + (e.getStatus() == null ? "no status"
              : e.getStatus().getCode() + "/" + e.getStatus().getSubCode()));
    } catch (Exception e) {
      out.add(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hex(final byte[] data) {
    final StringBuilder sb = new StringBuilder();
    for (final byte x : data) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  private void dump(final String label, final RocksIterator it) {
    final List<String> seen = new ArrayList<>();
    for (it.seekToFirst(); it.isValid(); it.next()) {
      seen.add(new String(it.key(), StandardCharsets.ISO_8859_1) + "="
          + new String(it.value(), StandardCharsets.ISO_8859_1));
    }
    out.add(label + " -> " + seen);
  }

  // ---- scenarios --------------------------------------------------------------------------

  void basics() throws Exception {
    final String path = dir + "/basics";
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, path)) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("22"));
      db.put(new WriteOptions(), b("xcx"), 1, 1, b("zz3zz"), 2, 1);
      say("get a", db.get(b("a")));
      say("get missing", db.get(b("nope")));
      say("get c (offset put)", db.get(b("c")));
      final byte[] small = new byte[1];
      say("get b into 1 byte", db.get(b("b"), small));
      say("  copied", small);
      say("get missing into array", db.get(b("nope"), small));
      say("keyExists a", db.keyExists(b("a")));
      say("keyExists nope", db.keyExists(b("nope")));
      final Holder<byte[]> holder = new Holder<>();
      say("keyMayExist b", db.keyMayExist(b("b"), holder));
      say("  holder", holder.getValue());
      say("keyMayExist nope", db.keyMayExist(b("nope"), null));
      say("multiGet", db.multiGetAsList(Arrays.asList(b("a"), b("nope"), b("b"))));
      db.delete(b("a"));
      say("get a after delete", db.get(b("a")));
      db.singleDelete(b("c"));
      say("get c after singleDelete", db.get(b("c")));
      say("sequence", db.getLatestSequenceNumber());
      final ByteBuffer key = ByteBuffer.allocateDirect(8);
      key.put(b("b")).flip();
      final ByteBuffer value = ByteBuffer.allocateDirect(8);
      say("get ByteBuffer", db.get(new ReadOptions(), key, value));
      say("  key pos/limit", key.position() + "/" + key.limit());
      say("  value pos/limit", value.position() + "/" + value.limit());
      final ByteBuffer hk = ByteBuffer.wrap(b("hk"));
      final ByteBuffer hv = ByteBuffer.wrap(b("hv"));
      db.put(new WriteOptions(), hk, hv);
      say("get heap-buffer put", db.get(b("hk")));
      attempt("put mixed buffers",
          () -> db.put(new WriteOptions(), ByteBuffer.wrap(b("k")), ByteBuffer.allocateDirect(1)));
      attempt("put bad offset", () -> db.put(b("abc"), 2, 5, b("v"), 0, 1));
      attempt("get bad offset", () -> db.get(b("abc"), -1, 2));
      say("estimate-num-keys", db.getProperty("rocksdb.estimate-num-keys"));
      say("num-entries-active", db.getLongProperty("rocksdb.num-entries-active-mem-table"));
      say("num-deletes-active", db.getLongProperty("rocksdb.num-deletes-active-mem-table"));
      say("num-immutable", db.getProperty("rocksdb.num-immutable-mem-table"));
      attempt("unknown property", () -> db.getProperty("rocksdb.no-such-thing"));
      attempt("long of rocksdb.stats", () -> db.getLongProperty("rocksdb.stats"));
      db.flushWal(true);
      db.syncWal();
      db.flush(new FlushOptions());
      say("after flush: num-entries-active", db.getProperty("rocksdb.num-entries-active-mem-table"));
      say("after flush: get b", db.get(b("b")));
      db.put(b("after"), b("flush"));
      db.compactRange();
      say("after compactRange: num-entries-active",
          db.getProperty("rocksdb.num-entries-active-mem-table"));
      say("after compactRange: get after", db.get(b("after")));
    }
  }

  void batches() throws Exception {
    final String path = dir + "/batches";
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        ColumnFamilyOptions cfo = new ColumnFamilyOptions().setMergeOperator(
            new StringAppendOperator())) {
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (RocksDB db = RocksDB.open(options, path, Arrays.asList(
          new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfo),
          new ColumnFamilyDescriptor(b("other"), cfo)), handles);
          WriteBatch batch = new WriteBatch()) {
        final ColumnFamilyHandle other = handles.get(1);
        say("empty data", hex(batch.data()));
        batch.put(b("a"), b("b"));
        batch.put(other, b("k"), b("v"));
        batch.merge(b("m"), b("x"));
        batch.merge(other, b("m"), b("y"));
        batch.delete(b("d"));
        batch.delete(other, b("d"));
        batch.singleDelete(b("s"));
        batch.singleDelete(other, b("s"));
        batch.deleteRange(b("r1"), b("r2"));
        batch.deleteRange(other, b("r1"), b("r2"));
        batch.putLogData(b("blob"));
        say("data", hex(batch.data()));
        say("count", batch.count());
        say("dataSize", batch.getDataSize());
        say("has", batch.hasPut() + " " + batch.hasDelete() + " " + batch.hasSingleDelete() + " "
            + batch.hasDeleteRange() + " " + batch.hasMerge() + " " + batch.hasBeginPrepare());
        batch.iterate(new WriteBatch.Handler() {
          @Override public void put(int cf, byte[] k, byte[] v) {
            say("  handler put " + cf, new String(k) + "=" + new String(v));
          }
          @Override public void put(byte[] k, byte[] v) {
            say("  handler legacy put", new String(k));
          }
          @Override public void merge(int cf, byte[] k, byte[] v) {
            say("  handler merge " + cf, new String(k) + "=" + new String(v));
          }
          @Override public void merge(byte[] k, byte[] v) {
            say("  handler legacy merge", new String(k));
          }
          @Override public void delete(int cf, byte[] k) {
            say("  handler delete " + cf, k);
          }
          @Override public void delete(byte[] k) {
            say("  handler legacy delete", k);
          }
          @Override public void singleDelete(int cf, byte[] k) {
            say("  handler singleDelete " + cf, k);
          }
          @Override public void singleDelete(byte[] k) {
            say("  handler legacy singleDelete", k);
          }
          @Override public void deleteRange(int cf, byte[] s, byte[] e) {
            say("  handler deleteRange " + cf, new String(s) + ".." + new String(e));
          }
          @Override public void deleteRange(byte[] s, byte[] e) {
            say("  handler legacy deleteRange", s);
          }
          @Override public void logData(byte[] blob) {
            say("  handler logData", blob);
          }
          @Override public void putBlobIndex(int cf, byte[] k, byte[] v) {
            say("  handler putBlobIndex", k);
          }
          @Override public void markBeginPrepare() {}
          @Override public void markEndPrepare(byte[] xid) {}
          @Override public void markNoop(boolean empty) {}
          @Override public void markRollback(byte[] xid) {}
          @Override public void markCommit(byte[] xid) {}
          @Override public void markCommitWithTimestamp(byte[] xid, byte[] ts) {}
        });
        try (WriteBatch copy = new WriteBatch(batch.data())) {
          say("copy count", copy.count());
          say("copy data equal", Arrays.equals(copy.data(), batch.data()));
          say("copy hasMerge", copy.hasMerge());
        }
        db.put(b("d"), b("gone"));
        db.write(new WriteOptions(), batch);
        say("data after write (sequence set)", hex(batch.data()).substring(0, 24));
        say("get a", db.get(b("a")));
        say("get d", db.get(b("d")));
        say("get m", db.get(b("m")));
        say("get other k", db.get(other, b("k")));
        say("get other m", db.get(other, b("m")));
        say("sequence", db.getLatestSequenceNumber());
        batch.clear();
        say("cleared data", hex(batch.data()));
        batch.put(b("p1"), b("v1"));
        batch.setSavePoint();
        batch.put(b("p2"), b("v2"));
        batch.delete(b("p1"));
        batch.rollbackToSavePoint();
        say("after rollback count", batch.count());
        say("after rollback data", hex(batch.data()));
        attempt("rollback without save point", batch::rollbackToSavePoint);
        attempt("pop without save point", batch::popSavePoint);
        try (WriteBatch bad = new WriteBatch(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0})) {
          attempt("write batch with wrong count", () -> db.write(new WriteOptions(), bad));
          attempt("put after the corrupt batch", () -> db.put(b("x"), b("y")));
        }
      } finally {
        for (final ColumnFamilyHandle h : handles) {
          h.close();
        }
      }
    }
  }

  void iterators() throws Exception {
    final String path = dir + "/iterators";
    try (Options options = new Options().setCreateIfMissing(true)
            .useFixedLengthPrefixExtractor(2);
        RocksDB db = RocksDB.open(options, path)) {
      for (final String k : new String[] {"aa1", "aa2", "ab1", "ab2", "b", "ba9", "c"}) {
        db.put(b(k), b("v" + k));
      }
      db.delete(b("ab1"));
      db.deleteRange(b("ba"), b("bz"));
      try (RocksIterator it = db.newIterator()) {
        dump("all", it);
        final List<String> back = new ArrayList<>();
        for (it.seekToLast(); it.isValid(); it.prev()) {
          back.add(new String(it.key()));
        }
        say("backward", back.toString());
        it.seek(b("ab"));
        say("seek ab", it.isValid() ? new String(it.key()) : "invalid");
        it.seekForPrev(b("ab"));
        say("seekForPrev ab", it.isValid() ? new String(it.key()) : "invalid");
        it.seek(b("zz"));
        say("seek past end valid", it.isValid());
        attempt("status", it::status);
        it.seek(b("aa2"));
        final ByteBuffer kb = ByteBuffer.allocateDirect(2);
        say("key into 2-byte buffer", it.key(kb));
        say("  limit", kb.limit());
        final byte[] vb = new byte[10];
        say("value into array", it.value(vb));
      }
      try (Slice lower = new Slice(b("aa2")); Slice upper = new Slice(b("b"));
          ReadOptions ro = new ReadOptions().setIterateLowerBound(lower)
              .setIterateUpperBound(upper);
          RocksIterator it = db.newIterator(ro)) {
        dump("bounded", it);
        it.seekToLast();
        say("bounded seekToLast", new String(it.key()));
      }
      try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true);
          RocksIterator it = db.newIterator(ro)) {
        final List<String> seen = new ArrayList<>();
        for (it.seek(b("aa")); it.isValid(); it.next()) {
          seen.add(new String(it.key()));
        }
        say("prefixSameAsStart aa", seen.toString());
      }
      try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true);
          RocksIterator it = db.newIterator(ro)) {
        dump("totalOrderSeek", it);
      }
      final Snapshot snap = db.getSnapshot();
      db.put(b("aa1"), b("changed"));
      try (ReadOptions ro = new ReadOptions().setSnapshot(snap);
          RocksIterator it = db.newIterator(ro);
          RocksIterator live = db.newIterator()) {
        dump("snapshot iterator", it);
        say("snapshot get", db.get(ro, b("aa1")));
        db.put(b("zz"), b("new"));
        dump("live before refresh", live);
        live.refresh();
        dump("live after refresh", live);
      }
      db.releaseSnapshot(snap);
    }
  }

  void snapshotsAndMerges() throws Exception {
    final String path = dir + "/merges";
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator('+'));
        RocksDB db = RocksDB.open(options, path)) {
      final Snapshot s0 = db.getSnapshot();
      db.merge(b("k"), b("a"));
      db.merge(b("k"), b("b"));
      final Snapshot s1 = db.getSnapshot();
      say("two snapshots same sequence", db.getSnapshot().getSequenceNumber()
          == s1.getSequenceNumber());
      db.put(b("k"), b("base"));
      db.merge(b("k"), b("c"));
      say("k now", db.get(b("k")));
      try (ReadOptions r0 = new ReadOptions().setSnapshot(s0);
          ReadOptions r1 = new ReadOptions().setSnapshot(s1)) {
        say("k at s0", db.get(r0, b("k")));
        say("k at s1", db.get(r1, b("k")));
      }
      db.releaseSnapshot(s0);
      db.releaseSnapshot(s1);
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator("<->"));
        RocksDB db = RocksDB.open(options, path + "2")) {
      db.merge(b("k"), b("x"));
      db.merge(b("k"), b("y"));
      say("string delimiter", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new UInt64AddOperator());
        RocksDB db = RocksDB.open(options, path + "3")) {
      final ByteBuffer one = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(5);
      db.merge(b("n"), one.array());
      db.merge(b("n"), one.array());
      db.merge(b("n"), one.array());
      say("uint64add", ByteBuffer.wrap(db.get(b("n"))).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperatorName("stringappend");
        RocksDB db = RocksDB.open(options, path + "4")) {
      db.merge(b("k"), b("x"));
      db.merge(b("k"), b("y"));
      say("by name", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, path + "5")) {
      attempt("merge without operator", () -> db.merge(b("k"), b("x")));
      attempt("put afterwards", () -> db.put(b("k"), b("y")));
      say("get", db.get(b("k")));
    }
  }

  void comparators() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        RocksDB db = RocksDB.open(options, dir + "/reverse")) {
      for (final String k : new String[] {"a", "c", "b", "aa"}) {
        db.put(b(k), b(k));
      }
      try (RocksIterator it = db.newIterator()) {
        dump("reverse bytewise", it);
      }
    }
    try (ComparatorOptions copt = new ComparatorOptions();
        AbstractComparator byLength = new AbstractComparator(copt) {
          @Override public String name() {
            return "test.ByLength";
          }

          @Override public int compare(final ByteBuffer x, final ByteBuffer y) {
            final int c = Integer.compare(x.remaining(), y.remaining());
            if (c != 0) {
              return c;
            }
            for (int i = 0; i < x.remaining(); i++) {
              final int d = Integer.compare(x.get(x.position() + i) & 0xff,
                  y.get(y.position() + i) & 0xff);
              if (d != 0) {
                return d;
              }
            }
            return 0;
          }
        };
        Options options = new Options().setCreateIfMissing(true).setComparator(byLength);
        RocksDB db = RocksDB.open(options, dir + "/bylength")) {
      for (final String k : new String[] {"ccc", "a", "bb", "b", "aaaa"}) {
        db.put(b(k), b(k));
      }
      try (RocksIterator it = db.newIterator()) {
        dump("java comparator", it);
        it.seekForPrev(b("zz"));
        say("seekForPrev zz", new String(it.key()));
      }
      say("get bb", db.get(b("bb")));
    }
  }

  void utilComparators() throws Exception {
    try (ComparatorOptions copt = new ComparatorOptions();
        org.rocksdb.util.ReverseBytewiseComparator reverse =
            new org.rocksdb.util.ReverseBytewiseComparator(copt);
        org.rocksdb.util.BytewiseComparator forward =
            new org.rocksdb.util.BytewiseComparator(copt)) {
      int n = 0;
      for (final AbstractComparator c : new AbstractComparator[] {reverse, forward}) {
        try (Options options = new Options().setCreateIfMissing(true).setComparator(c);
            RocksDB db = RocksDB.open(options, dir + "/util" + n++)) {
          for (final String k : new String[] {"b", "a", "\u00ff", "ab", ""}) {
            db.put(b(k), b("v"));
          }
          final List<String> keys = new ArrayList<>();
          try (RocksIterator it = db.newIterator()) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
              keys.add(hex(it.key()));
            }
            it.seekForPrev(b("aa"));
            keys.add("seekForPrev(aa)=" + (it.isValid() ? hex(it.key()) : "invalid"));
          }
          say(c.name(), keys.toString());
        }
      }
    }
  }

  void columnFamilies() throws Exception {
    final String path = dir + "/cfs";
    try (Options options = new Options().setCreateIfMissing(true)) {
      try (RocksDB db = RocksDB.open(options, path)) {
        final ColumnFamilyHandle cf1 = db.createColumnFamily(
            new ColumnFamilyDescriptor(b("cf1"), new ColumnFamilyOptions()));
        final List<ColumnFamilyHandle> more = db.createColumnFamilies(
            new ColumnFamilyOptions(), Arrays.asList(b("cf2"), b("cf3")));
        say("ids", cf1.getID() + " " + more.get(0).getID() + " " + more.get(1).getID());
        say("name", cf1.getName());
        say("descriptor name", cf1.getDescriptor().getName());
        say("default name/id", new String(db.getDefaultColumnFamily().getName()) + "/"
            + db.getDefaultColumnFamily().getID());
        say("default owning", db.getDefaultColumnFamily().isOwningHandle());
        say("created owning", cf1.isOwningHandle());
        attempt("create existing", () -> db.createColumnFamily(
            new ColumnFamilyDescriptor(b("cf1"), new ColumnFamilyOptions())));
        attempt("drop default", () -> db.dropColumnFamily(db.getDefaultColumnFamily()));
        db.put(cf1, b("k"), b("in cf1"));
        say("cf1 k", db.get(cf1, b("k")));
        say("default k", db.get(b("k")));
        say("multiGet with handles", db.multiGetAsList(Arrays.asList(cf1, db.getDefaultColumnFamily()),
            Arrays.asList(b("k"), b("k"))));
        attempt("multiGet fewer handles", () -> db.multiGetAsList(Arrays.asList(cf1),
            Arrays.asList(b("k"), b("k"))));
        say("cf1 entries", db.getLongProperty(cf1, "rocksdb.num-entries-active-mem-table"));
        say("aggregated entries", db.getAggregatedLongProperty("rocksdb.num-entries-active-mem-table"));
        db.dropColumnFamily(more.get(1));
        say("list", RocksDB.listColumnFamilies(options, path));
        attempt("open again while open", () -> RocksDB.open(options, path));
        db.dropColumnFamily(more.get(0));
        say("get cf2 after drop", db.get(more.get(0), b("k")));
        attempt("put to dropped", () -> db.put(more.get(0), b("k"), b("v")));
        attempt("put default after", () -> db.put(b("k2"), b("v")));
        say("reads still work", db.get(cf1, b("k")));
      }
      attempt("open without listing cf1", () -> RocksDB.open(options, path).close());
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (DBOptions dbo = new DBOptions()) {
        attempt("open with unknown cf", () -> RocksDB.open(dbo, path, Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("cf1")),
            new ColumnFamilyDescriptor(b("nosuch"))), handles).close());
        attempt("open without default", () -> RocksDB.open(dbo, path, Arrays.asList(
            new ColumnFamilyDescriptor(b("cf1"))), handles).close());
        try (RocksDB db = RocksDB.open(dbo, path, Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("cf1"))), handles)) {
          say("reopened handles", handles.size());
          say("reopened cf1 name", handles.get(1).getName());
          say("list", RocksDB.listColumnFamilies(options, path));
        }
      }
    }
  }

  void stallsAndMemtableProperties() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setWriteBufferSize(64 << 10).setMaxWriteBufferNumber(2);
        RocksDB db = RocksDB.open(options, dir + "/stall")) {
      db.put(b("k"), b("v"));
      say("cur-size-active", db.getProperty("rocksdb.cur-size-active-mem-table"));
      say("flush-pending", db.getProperty("rocksdb.mem-table-flush-pending"));
      db.pauseBackgroundWork();
      final byte[] value = new byte[1000];
      String failure = "none";
      try (WriteOptions wo = new WriteOptions().setNoSlowdown(true)) {
        for (int i = 0; i < 1000; i++) {
          try {
            db.put(wo, b("key" + i), value);
          } catch (RocksDBException e) {
            failure = e.getMessage() + " | " + e.getStatus().getCode();
            break;
          }
        }
      }
      say("noSlowdown write while stalled", failure);
      say("num-immutable", db.getProperty("rocksdb.num-immutable-mem-table"));
      say("flush-pending while paused", db.getProperty("rocksdb.mem-table-flush-pending"));
      db.continueBackgroundWork();
      // (RocksDB flushes asynchronously: the immutable count right after this is timing-dependent.)
      attempt("continue again", db::continueBackgroundWork);
      attempt("put after continue", () -> db.put(b("k2"), b("v")));
    }
  }

  void memtableKinds() throws Exception {
    final org.rocksdb.MemTableConfig[] configs = {
        new org.rocksdb.HashSkipListMemTableConfig(),
        new org.rocksdb.HashLinkedListMemTableConfig(),
        new org.rocksdb.VectorMemTableConfig(),
        new org.rocksdb.SkipListMemTableConfig()};
    int n = 0;
    for (final org.rocksdb.MemTableConfig config : configs) {
      final String kind = config.getClass().getSimpleName();
      try (Options options = new Options().setCreateIfMissing(true)
              .setAllowConcurrentMemtableWrite(false).useFixedLengthPrefixExtractor(2)
              .setMemTableConfig(config);
          RocksDB db = RocksDB.open(options, dir + "/kind" + n++)) {
        say(kind + " factory", options.memTableFactoryName());
        for (final String k : new String[] {"bb2", "aa1", "bb1", "ab", "aa2", "c"}) {
          db.put(b(k), b(k.toUpperCase()));
        }
        db.delete(b("bb1"));
        say(kind + " get aa2", db.get(b("aa2")));
        say(kind + " get bb1", db.get(b("bb1")));
        try (RocksIterator it = db.newIterator()) {
          dump(kind + " default seekToFirst", it);
          final List<String> seen = new ArrayList<>();
          for (it.seek(b("bb")); it.isValid(); it.next()) {
            seen.add(new String(it.key()));
          }
          say(kind + " seek bb", seen.toString());
        }
        try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true);
            RocksIterator it = db.newIterator(ro)) {
          dump(kind + " total order", it);
          final List<String> back = new ArrayList<>();
          for (it.seekToLast(); it.isValid(); it.prev()) {
            back.add(new String(it.key()));
          }
          say(kind + " total order backward", back.toString());
        }
        try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true);
            RocksIterator it = db.newIterator(ro)) {
          final List<String> seen = new ArrayList<>();
          for (it.seek(b("aa")); it.isValid(); it.next()) {
            seen.add(new String(it.key()));
          }
          say(kind + " prefixSameAsStart aa", seen.toString());
        }
        say(kind + " entries", db.getProperty("rocksdb.num-entries-active-mem-table"));
      }
    }
  }

  void buffersAndOffsets() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator());
        RocksDB db = RocksDB.open(options, dir + "/buffers");
        ReadOptions ro = new ReadOptions();
        WriteOptions wo = new WriteOptions()) {
      final ColumnFamilyHandle dflt = db.getDefaultColumnFamily();
      db.put(dflt, wo, b("__key__"), 2, 3, b("--value--"), 2, 5);
      say("offset put", db.get(b("key")));
      say("offset get", db.get(dflt, ro, b("xxkeyxx"), 2, 3));
      final byte[] out = new byte[8];
      say("offset get into", db.get(ro, b("key"), 0, 3, out, 1, 3));
      say("  out", out);
      db.merge(dflt, wo, b("mkey"), 0, 4, b("abc"), 1, 1);
      db.merge(wo, b("mkey"), b("z"));
      say("merged", db.get(b("mkey")));
      db.delete(dflt, wo, b("xmkey"), 1, 4);
      say("deleted with offset", db.get(b("mkey")));
      final ByteBuffer dk = ByteBuffer.allocateDirect(16);
      final ByteBuffer dv = ByteBuffer.allocateDirect(16);
      dk.put(b("dkey")).flip();
      dv.put(b("dvalue")).flip();
      db.put(wo, dk, dv);
      say("direct put positions", dk.position() + " " + dv.position());
      say("direct put value", db.get(b("dkey")));
      final ByteBuffer probe = ByteBuffer.allocateDirect(8);
      probe.put(b("dkey")).flip();
      say("keyExists buffer", db.keyExists(probe));
      probe.rewind();
      say("keyMayExist buffer", db.keyMayExist(probe));
      probe.rewind();
      final ByteBuffer small = ByteBuffer.allocateDirect(3);
      final org.rocksdb.KeyMayExist kme = db.keyMayExist(probe, small);
      say("keyMayExist value", kme.exists + " " + kme.valueLength + " limit " + small.limit());
      final ByteBuffer missing = ByteBuffer.allocateDirect(8);
      missing.put(b("nope")).flip();
      final org.rocksdb.KeyMayExist none = db.keyMayExist(missing, ByteBuffer.allocateDirect(4));
      say("keyMayExist missing", none.exists + " " + none.valueLength);
      final ByteBuffer missing2 = ByteBuffer.allocateDirect(8);
      missing2.put(b("nope")).flip();
      final ByteBuffer val = ByteBuffer.allocateDirect(8);
      say("get missing buffer", db.get(ro, missing2, val) + " limit " + val.limit());
      final ByteBuffer del = ByteBuffer.allocateDirect(8); // RocksJava asserts direct here
      del.put(b("dkey")).flip();
      db.delete(wo, del);
      say("deleted by buffer", db.get(b("dkey")));
      try (RocksIterator it = db.newIterator()) {
        final ByteBuffer target = ByteBuffer.allocateDirect(8);
        target.put(b("k")).flip();
        it.seek(target);
        say("seek buffer position", target.position());
        final ByteBuffer vb = ByteBuffer.allocate(3);
        say("value into heap buffer", it.value(vb) + " limit " + vb.limit());
        final byte[] kb = new byte[5];
        say("key into array slice", it.key(kb, 1, 2));
        say("  kb", kb);
        attempt("key into bad slice", () -> it.key(kb, 4, 2));
      }
    }
  }

  void readOnly() throws Exception {
    final String path = dir + "/ro";
    try (Options options = new Options()) {
      attempt("openReadOnly missing", () -> RocksDB.openReadOnly(options, path + "-missing"));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator());
        RocksDB writer = RocksDB.open(options, path)) {
      writer.createColumnFamily(new ColumnFamilyDescriptor(b("cf1")));
      try (RocksDB ro = RocksDB.openReadOnly(options, path)) {
        say("opened read-only beside the writer, without listing cf1", ro.isClosed());
        attempt("put", () -> ro.put(b("k"), b("v")));
        attempt("merge", () -> ro.merge(b("k"), b("v")));
        attempt("delete", () -> ro.delete(b("k")));
        attempt("write batch", () -> {
          try (WriteBatch batch = new WriteBatch()) {
            batch.put(b("k"), b("v"));
            ro.write(new WriteOptions(), batch);
          }
        });
        attempt("createColumnFamily", () -> ro.createColumnFamily(
            new ColumnFamilyDescriptor(b("cf2"))));
        say("get absent", ro.get(b("absent")));
      }
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (DBOptions dbo = new DBOptions()) {
        attempt("openReadOnly unknown cf", () -> RocksDB.openReadOnly(dbo, path, Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("nosuch"))), handles).close());
        handles.clear();
        try (RocksDB ro = RocksDB.openReadOnly(dbo, path, Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("cf1"))), handles)) {
          say("read-only handles", handles.size() + " " + new String(handles.get(1).getName()));
          attempt("put cf1", () -> ro.put(handles.get(1), b("k"), b("v")));
        }
      }
    }
  }

  void levelsAndMultiGetBuffers() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setNumLevels(4)
            .setLevel0StopWritesTrigger(40);
        RocksDB db = RocksDB.open(options, dir + "/levels")) {
      say("numberLevels", db.numberLevels());
      say("maxMemCompactionLevel", db.maxMemCompactionLevel());
      say("level0StopWriteTrigger", db.level0StopWriteTrigger());
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf"),
          new ColumnFamilyOptions().setNumLevels(0)));
      say("cf numberLevels", db.numberLevels(cf));
      say("cf level0StopWriteTrigger", db.level0StopWriteTrigger(cf));
      db.put(b("k1"), b("value-one"));
      db.put(b("k2"), b("v2"));
      final List<ByteBuffer> keys = new ArrayList<>();
      final List<ByteBuffer> values = new ArrayList<>();
      for (final String k : new String[] {"k1", "nope", "k2"}) {
        final ByteBuffer kb = ByteBuffer.allocateDirect(8);
        kb.put(b(k)).flip();
        keys.add(kb);
        values.add(ByteBuffer.allocateDirect(4));
      }
      for (final org.rocksdb.ByteBufferGetStatus r : db.multiGetByteBuffers(keys, values)) {
        final String v;
        if (r.value == null) {
          v = "null";
        } else {
          final byte[] got = new byte[r.value.remaining()];
          r.value.duplicate().get(got);
          v = new String(got) + " pos " + r.value.position() + " limit " + r.value.limit();
        }
        say("multiGetByteBuffers", r.status.getCode() + " " + r.requiredSize + " " + v);
      }
      say("key positions", keys.get(0).position() + " " + keys.get(0).limit());
      attempt("multiGetByteBuffers heap key", () -> db.multiGetByteBuffers(
          Arrays.asList(ByteBuffer.wrap(b("k1"))), Arrays.asList(ByteBuffer.allocateDirect(4))));
      attempt("multiGetByteBuffers fewer values", () -> db.multiGetByteBuffers(keys,
          values.subList(0, 1)));
    }
  }

  void edges() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/edges")) {
      db.put(new byte[0], new byte[0]);
      say("empty key", db.get(new byte[0]));
      try {
        db.put(null, b("v"));
        say("null key", "accepted");
      } catch (NullPointerException e) {
        say("null key", "NullPointerException");
      }
      final long before = db.getLatestSequenceNumber();
      try (WriteBatch empty = new WriteBatch(64)) {
        db.write(new WriteOptions(), empty);
      }
      say("empty batch advances sequence by", db.getLatestSequenceNumber() - before);
      final Snapshot s = db.getSnapshot();
      say("snapshot sequence == latest", s.getSequenceNumber() == db.getLatestSequenceNumber());
      db.releaseSnapshot(s);
      db.put(b("r1"), b("1"));
      db.put(b("r5"), b("5"));
      db.put(b("r9"), b("9"));
      db.deleteRange(b("r2"), b("r9"));
      say("in range", db.get(b("r5")));
      say("range end", db.get(b("r9")));
      db.put(b("r5"), b("again"));
      say("rewritten after range", db.get(b("r5")));
      db.put(b("sd"), b("1"));
      db.singleDelete(b("sd"));
      say("single deleted", db.get(b("sd")));
      try (RocksIterator it = db.newIterator()) {
        it.seekToFirst();
        it.prev();
        say("prev from first valid", it.isValid());
        it.seekForPrev(b("zzz"));
        say("seekForPrev zzz", new String(it.key()));
        it.seek(b("r"));
        final List<String> keys = new ArrayList<>();
        for (; it.isValid(); it.next()) {
          keys.add(new String(it.key()));
        }
        say("from r", keys.toString());
      }
      try (WriteBatch limited = new WriteBatch()) {
        limited.setMaxBytes(30);
        limited.put(b("a"), b("1"));
        attempt("exceed max bytes", () -> limited.put(b("bbbbbbbbbb"), b("2222222222")));
        say("count after refused put", limited.count());
        limited.markWalTerminationPoint();
        final WriteBatch.SavePoint p = limited.getWalTerminationPoint();
        say("wal termination point", p.getSize() + " " + p.getCount() + " "
            + p.getContentFlags());
      }
      say("estimate-num-keys", db.getProperty("rocksdb.estimate-num-keys"));
      say("num-deletes-active", db.getProperty("rocksdb.num-deletes-active-mem-table"));
      say("size-all-mem-tables positive",
          db.getLongProperty("rocksdb.size-all-mem-tables") > 0);
      try (RocksDB db2 = RocksDB.open(options, dir + "/edges-merge")) {
        try (WriteBatch merges = new WriteBatch()) {
          merges.put(b("m"), b("base"));
          merges.merge(b("m"), b("op"));
          attempt("write a batch merge without operator", () -> db2.write(new WriteOptions(), merges));
        }
        attempt("get the merged key", () -> say("  got", db2.get(b("m"))));
        try (RocksIterator it = db2.newIterator()) {
          it.seek(b("m"));
          say("iterator on merge valid", it.isValid());
          attempt("iterator status", it::status);
          it.seekToFirst();
          say("seekToFirst after error valid", it.isValid());
        }
      }
    }
  }

  void familiesWithOwnOptionsAndThreads() throws Exception {
    final String path = dir + "/own";
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        ColumnFamilyOptions reverse = new ColumnFamilyOptions()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        ColumnFamilyOptions counters = new ColumnFamilyOptions()
            .setMergeOperator(new UInt64AddOperator());
        ColumnFamilyOptions appends = new ColumnFamilyOptions()
            .setMergeOperator(new StringAppendOperator("|"))) {
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (RocksDB db = RocksDB.open(options, path, Arrays.asList(
          new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
          new ColumnFamilyDescriptor(b("reverse"), reverse),
          new ColumnFamilyDescriptor(b("counters"), counters),
          new ColumnFamilyDescriptor(b("appends"), appends)), handles)) {
        final Thread[] threads = new Thread[4];
        final List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads.length; t++) {
          final int id = t;
          threads[t] = new Thread(() -> {
            try (WriteOptions wo = new WriteOptions()) {
              for (int i = 0; i < 200; i++) {
                try (WriteBatch batch = new WriteBatch()) {
                  batch.put(handles.get(1), b("k" + (i % 50)), b("t" + id));
                  batch.merge(handles.get(2), b("c" + (i % 10)),
                      ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(1).array());
                  batch.put(b("d" + id + "-" + i), b("x"));
                  db.write(wo, batch);
                }
              }
            } catch (Throwable e) {
              errors.add(e);
            }
          });
          threads[t].start();
        }
        for (final Thread th : threads) {
          th.join(60_000);
        }
        say("errors", errors.size());
        say("sequence", db.getLatestSequenceNumber());
        long total = 0;
        for (int i = 0; i < 10; i++) {
          total += ByteBuffer.wrap(db.get(handles.get(2), b("c" + i)))
              .order(ByteOrder.LITTLE_ENDIAN).getLong();
        }
        say("counter total", total);
        final List<String> order = new ArrayList<>();
        try (RocksIterator it = db.newIterator(handles.get(1))) {
          for (it.seekToFirst(); it.isValid(); it.next()) {
            order.add(new String(it.key()));
          }
        }
        say("reverse family keys", order.size() + " first " + order.get(0) + " last "
            + order.get(order.size() - 1));
        db.merge(handles.get(3), b("a"), b("1"));
        db.merge(handles.get(3), b("a"), b("2"));
        db.put(handles.get(3), b("b"), b("x"));
        db.merge(handles.get(3), b("b"), b("y"));
        db.merge(handles.get(3), b("c"), b("only"));
        db.delete(handles.get(3), b("c"));
        db.merge(handles.get(3), b("c"), b("after-delete"));
        try (RocksIterator it = db.newIterator(handles.get(3))) {
          dump("appends forward", it);
          final List<String> back = new ArrayList<>();
          for (it.seekToLast(); it.isValid(); it.prev()) {
            back.add(new String(it.key()) + "=" + new String(it.value()));
          }
          say("appends backward", back.toString());
        }
        say("estimate-num-keys default", db.getProperty("rocksdb.estimate-num-keys"));
        say("aggregated entries",
            db.getAggregatedLongProperty("rocksdb.num-entries-active-mem-table"));
        for (final ColumnFamilyHandle h : handles) {
          h.close();
        }
      }
    }
  }

  void recreateDroppedFamily() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/recreate")) {
      final ColumnFamilyHandle first = db.createColumnFamily(new ColumnFamilyDescriptor(b("x")));
      db.put(first, b("k"), b("old"));
      db.dropColumnFamily(first);
      attempt("drop twice", () -> db.dropColumnFamily(first));
      final ColumnFamilyHandle second = db.createColumnFamily(new ColumnFamilyDescriptor(b("x")));
      say("new id", second.getID());
      say("new family empty", db.get(second, b("k")));
      say("old handle still reads", db.get(first, b("k")));
      db.put(second, b("k"), b("new"));
      say("new family value", db.get(second, b("k")));
      say("list", RocksDB.listColumnFamilies(options, dir + "/recreate"));
      first.close();
      second.close();
      final List<ColumnFamilyHandle> created = db.createColumnFamilies(Arrays.asList(
          new ColumnFamilyDescriptor(b("y")), new ColumnFamilyDescriptor(b("z"))));
      say("created ids", created.get(0).getID() + " " + created.get(1).getID());
      db.dropColumnFamilies(created);
      say("list after dropping two", RocksDB.listColumnFamilies(options, dir + "/recreate"));
      db.put(b("still"), b("writable"));
      say("default still writable", db.get(b("still")));
    }
  }

  void sizesAndMapProperties() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/sizes")) {
      for (int i = 0; i < 100; i++) {
        db.put(b(String.format("k%03d", i)), new byte[100]);
      }
      final List<org.rocksdb.Range> ranges = Arrays.asList(
          new org.rocksdb.Range(new Slice(b("k000")), new Slice(b("k050"))),
          new org.rocksdb.Range(new Slice(b("x")), new Slice(b("y"))));
      say("sizes files only", Arrays.toString(db.getApproximateSizes(ranges,
          org.rocksdb.SizeApproximationFlag.INCLUDE_FILES)));
      final long[] withMem = db.getApproximateSizes(ranges,
          org.rocksdb.SizeApproximationFlag.INCLUDE_MEMTABLES,
          org.rocksdb.SizeApproximationFlag.INCLUDE_FILES);
      say("sizes with memtables: first positive, second zero", (withMem[0] > 0) + " " + withMem[1]);
      final RocksDB.CountAndSize stats = db.getApproximateMemTableStats(ranges.get(0));
      say("memtable stats count positive", stats.count > 0);
      attempt("map property of an int property",
          () -> say("  map", db.getMapProperty("rocksdb.estimate-num-keys")));
      attempt("map property unknown", () -> db.getMapProperty("rocksdb.nosuch"));
    }
  }

  void currentOptions() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(0)
            .setMaxWriteBufferNumber(1).setLevel0FileNumCompactionTrigger(7)
            .setDisableAutoCompactions(true).setMaxBackgroundJobs(5);
        RocksDB db = RocksDB.open(options, dir + "/current")) {
      final org.rocksdb.MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder o =
          db.getOptions();
      say("writeBufferSize", o.writeBufferSize());
      say("arenaBlockSize", o.arenaBlockSize());
      say("maxWriteBufferNumber", o.maxWriteBufferNumber());
      say("level0FileNumCompactionTrigger", o.level0FileNumCompactionTrigger());
      say("disableAutoCompactions", o.disableAutoCompactions());
      say("maxSuccessiveMerges", o.maxSuccessiveMerges());
      db.setOptions(org.rocksdb.MutableColumnFamilyOptions.builder()
          .setWriteBufferSize(1 << 20).setMaxSuccessiveMerges(3).build());
      say("writeBufferSize after setOptions", db.getOptions().writeBufferSize());
      say("maxSuccessiveMerges after setOptions", db.getOptions().maxSuccessiveMerges());
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf"),
          new ColumnFamilyOptions().setWriteBufferSize(8 << 20)));
      say("cf writeBufferSize", db.getOptions(cf).writeBufferSize());
      say("cf arenaBlockSize", db.getOptions(cf).arenaBlockSize());
      say("maxBackgroundJobs", db.getDBOptions().maxBackgroundJobs());
    }
  }

  void loggers() throws Exception {
    int n = 0;
    for (final org.rocksdb.InfoLogLevel level : new org.rocksdb.InfoLogLevel[] {
        org.rocksdb.InfoLogLevel.DEBUG_LEVEL, org.rocksdb.InfoLogLevel.INFO_LEVEL,
        org.rocksdb.InfoLogLevel.WARN_LEVEL, org.rocksdb.InfoLogLevel.FATAL_LEVEL}) {
      final java.util.concurrent.atomic.AtomicInteger count =
          new java.util.concurrent.atomic.AtomicInteger();
      try (Options options = new Options().setCreateIfMissing(true).setInfoLogLevel(level);
          org.rocksdb.Logger logger = new org.rocksdb.Logger(options) {
            @Override
            protected void log(final org.rocksdb.InfoLogLevel l, final String msg) {
              count.incrementAndGet();
            }
          }) {
        options.setLogger(logger);
        try (RocksDB db = RocksDB.open(options, dir + "/log" + n++)) {
          db.put(b("k"), b("v"));
          say(level + " logger got messages", count.get() > 0);
        }
      }
    }
    final java.util.concurrent.atomic.AtomicInteger warnings =
        new java.util.concurrent.atomic.AtomicInteger();
    java.nio.file.Files.createDirectories(java.nio.file.Paths.get(dir, "log-existing"));
    try (Options options = new Options().setCreateIfMissing(true)
            .setInfoLogLevel(org.rocksdb.InfoLogLevel.WARN_LEVEL);
        org.rocksdb.Logger logger = new org.rocksdb.Logger(options) {
          @Override
          protected void log(final org.rocksdb.InfoLogLevel l, final String msg) {
            warnings.incrementAndGet();
          }
        }) {
      options.setLogger(logger);
      try (RocksDB db = RocksDB.open(options, dir + "/log-existing")) {
        db.put(b("k"), b("v"));
      }
      say("WARN logger, existing empty directory, messages", warnings.get());
    }
  }

  void iteratorsMore() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/itmore")) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.put(b("a"), b("1"));
      db.put(cf, b("x"), b("9"));
      final Snapshot s1 = db.getSnapshot();
      db.put(b("b"), b("2"));
      db.put(cf, b("y"), b("8"));
      final List<RocksIterator> its = db.newIterators(
          Arrays.asList(db.getDefaultColumnFamily(), cf));
      try {
        db.put(b("c"), b("3"));
        dump("newIterators default", its.get(0));
        dump("newIterators cf", its.get(1));
        its.get(0).refresh(s1);
        dump("refreshed to s1", its.get(0));
        its.get(0).refresh();
        dump("refreshed to latest", its.get(0));
      } finally {
        for (final RocksIterator it : its) {
          it.close();
        }
      }
      try (ReadOptions ro = new ReadOptions().setSnapshot(s1)) {
        final List<RocksIterator> snapIts = db.newIterators(
            Arrays.asList(db.getDefaultColumnFamily(), cf), ro);
        dump("newIterators at s1 default", snapIts.get(0));
        dump("newIterators at s1 cf", snapIts.get(1));
        for (final RocksIterator it : snapIts) {
          it.close();
        }
        final Holder<byte[]> h = new Holder<>();
        say("keyMayExist b at s1", db.keyMayExist(ro, b("b"), h) + " " + render(h.getValue()));
        say("keyExists b at s1", db.keyExists(ro, b("b")));
        say("multiGet at s1", db.multiGetAsList(ro, Arrays.asList(b("a"), b("b"))));
      }
      db.releaseSnapshot(s1);
      try (RocksIterator it = db.newIterator()) {
        final ByteBuffer target = ByteBuffer.allocateDirect(4);
        target.put(b("b")).flip();
        it.seekForPrev(target);
        final ByteBuffer key = ByteBuffer.allocateDirect(4);
        final int n = it.key(key);
        final byte[] k = new byte[key.remaining()];
        key.get(k);
        say("seekForPrev direct", n + " " + new String(k));
        it.next();
        final byte[] small = new byte[0];
        say("value into empty array", it.value(small));
        it.next(); // past the last key ("c"); a further next() would crash RocksJava
        say("after end valid", it.isValid());
      }
    }
  }

  void ignoreRangeDeletions() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator(','));
        RocksDB db = RocksDB.open(options, dir + "/ignore-range");
        ReadOptions ignoring = new ReadOptions().setIgnoreRangeDeletions(true);
        ReadOptions normal = new ReadOptions()) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("2"));
      db.merge(b("c"), b("x"));
      db.deleteRange(b("a"), b("c\u0000"));
      db.merge(b("c"), b("y"));
      db.put(b("d"), b("4"));
      for (final String k : new String[] {"a", "b", "c", "d"}) {
        say("get " + k, db.get(normal, b(k)));
        say("get ignoring " + k, db.get(ignoring, b(k)));
      }
      say("multiGet ignoring", db.multiGetAsList(ignoring, java.util.Arrays.asList(b("a"), b("c"))));
      say("keyExists ignoring b", db.keyExists(ignoring, b("b")));
      try (RocksIterator it = db.newIterator(normal)) {
        dump("scan", it);
      }
      try (RocksIterator it = db.newIterator(ignoring)) {
        dump("scan ignoring", it);
      }
    }
  }

  void openErrors() throws Exception {
    try (Options options = new Options()) {
      attempt("open missing without createIfMissing", () -> RocksDB.open(options, dir + "/missing"));
      say("missing dir created", new java.io.File(dir + "/missing").isDirectory());
    }
    try (Options options = new Options().setCreateIfMissing(true)) {
      RocksDB.open(options, dir + "/exists").close();
      attempt("open under a missing parent", () -> RocksDB.open(options, dir + "/no/parent/db"));
      java.nio.file.Files.write(java.nio.file.Paths.get(dir, "afile"), b("x"));
      attempt("open on a regular file", () -> RocksDB.open(options, dir + "/afile"));
      attempt("listColumnFamilies of a missing db", () -> say("  listed",
          RocksDB.listColumnFamilies(options, dir + "/nothing-here")));
      say("  missing db dir created", new java.io.File(dir + "/nothing-here").exists());
    }
    try (Options options = new Options().setErrorIfExists(true).setCreateIfMissing(true)) {
      attempt("errorIfExists", () -> RocksDB.open(options, dir + "/exists"));
    }
    try (Options options = new Options().setCreateIfMissing(true)) {
      final RocksDB db = RocksDB.open(options, dir + "/stick");
      attempt("deleteRange reversed", () -> db.deleteRange(b("b"), b("a")));
      attempt("put after", () -> db.put(b("a"), b("1")));
      attempt("deleteRange equal", () -> db.deleteRange(b("a"), b("a")));
      say("isClosed", db.isClosed());
      db.close();
      say("isClosed after close", db.isClosed());
      db.close();
      attempt("closeE twice", db::closeE);
      try (RocksDB again = RocksDB.open(options, dir + "/stick")) {
        attempt("put after reopen", () -> again.put(b("a"), b("1")));
      }
      RocksDB.destroyDB(dir + "/stick", options);
      say("destroyed dir exists", new java.io.File(dir + "/stick").exists());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMemTableConfig(new org.rocksdb.HashSkipListMemTableConfig())) {
      attempt("hash skiplist with concurrent writes", () -> RocksDB.open(options, dir + "/hash"));
    }
  }
}
