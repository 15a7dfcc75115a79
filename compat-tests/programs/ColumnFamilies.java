// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Column families: create, drop, list, reopen, read-only, families with their own options under
// concurrent writers.

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class ColumnFamilies extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-cfs-", () -> {
      section("columnFamilies", ColumnFamilies::columnFamilies);
      section("recreateDroppedFamily", ColumnFamilies::recreateDroppedFamily);
      section("readOnly", ColumnFamilies::readOnly);
      section("readOnlyReads", ColumnFamilies::readOnlyReads);
      section("familiesWithOwnOptionsAndThreads", ColumnFamilies::familiesWithOwnOptionsAndThreads);
      section("familiesOwnOrdersAndPrefixes", ColumnFamilies::familiesOwnOrdersAndPrefixes);
    });
  }

  static void columnFamilies() throws Exception {
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

  static void recreateDroppedFamily() throws Exception {
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

  static void readOnly() throws Exception {
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

  static void familiesWithOwnOptionsAndThreads() throws Exception {
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

  /** Families created after open with their own comparator, prefix extractor and memtable. */
  static void familiesOwnOrdersAndPrefixes() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setAllowConcurrentMemtableWrite(false);
        RocksDB db = RocksDB.open(options, dir + "/own-orders");
        ColumnFamilyOptions reverse = new ColumnFamilyOptions()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        ColumnFamilyOptions hashed = new ColumnFamilyOptions().useFixedLengthPrefixExtractor(1)
            .setMemTableConfig(new HashSkipListMemTableConfig().setBucketCount(3))
            .setWriteBufferSize(1 << 20)) {
      final ColumnFamilyHandle rev = db.createColumnFamily(
          new ColumnFamilyDescriptor(b("rev"), reverse));
      final ColumnFamilyHandle hash = db.createColumnFamily(
          new ColumnFamilyDescriptor(b("hash"), hashed));
      for (final String k : new String[] {"a1", "b2", "a2", "c1", "b1"}) {
        db.put(b(k), b("d"));
        db.put(rev, b(k), b("r"));
        db.put(hash, b(k), b("h"));
      }
      try (RocksIterator d = db.newIterator(); RocksIterator r = db.newIterator(rev);
          ReadOptions total = new ReadOptions().setTotalOrderSeek(true);
          RocksIterator h = db.newIterator(hash, total)) {
        dump("default", d);
        dump("reverse family", r);
        dump("hash family, total order", h);
        final List<String> seen = new ArrayList<>();
        try (RocksIterator p = db.newIterator(hash)) {
          for (p.seek(b("b")); p.isValid() && p.key()[0] == 'b'; p.next()) {
            seen.add(new String(p.key()));
          }
        }
        say("hash family, prefix b", seen.toString());
      }
      try (ReadOptions ro = new ReadOptions()) {
        say("multiGet across families", db.multiGetAsList(ro, Arrays.asList(rev, hash,
            db.getDefaultColumnFamily()), Arrays.asList(b("a1"), b("c1"), b("zz"))));
      }
      say("hash family write buffer", db.getOptions(hash).writeBufferSize());
      say("hash family factory", hashed.memTableFactoryName());
      try (ColumnFamilyOptions concurrentHash = new ColumnFamilyOptions()
              .useFixedLengthPrefixExtractor(1).setMemTableConfig(new VectorMemTableConfig())) {
        final ColumnFamilyHandle vec = db.createColumnFamily(
            new ColumnFamilyDescriptor(b("vec"), concurrentHash));
        db.put(vec, b("z"), b("1"));
        say("vector family get", db.get(vec, b("z")));
        vec.close();
      }
      rev.close();
      hash.close();
    }
  }

  /** What a read-only instance lets a program do besides reading, with the errors. */
  static void readOnlyReads() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)) {
      RocksDB.open(options, dir + "/ro2").close();
      try (RocksDB ro = RocksDB.openReadOnly(options, dir + "/ro2");
          RocksIterator it = ro.newIterator()) {
        it.seekToFirst();
        say("iterator valid", it.isValid());
        attempt("iterator status", it::status);
        say("snapshot", ro.getSnapshot() == null ? "null" : "a snapshot");
        say("entries", ro.getProperty("rocksdb.num-entries-active-mem-table"));
        say("latest sequence", ro.getLatestSequenceNumber());
        attempt("flush", () -> ro.flush(new FlushOptions()));
        attempt("deleteRange", () -> ro.deleteRange(b("a"), b("b")));
        attempt("singleDelete", () -> ro.singleDelete(b("a")));
        attempt("compactRange", ro::compactRange);
        attempt("setOptions", () -> ro.setOptions(MutableColumnFamilyOptions.builder()
            .setWriteBufferSize(1 << 20).build()));
        attempt("dropColumnFamily default", () -> ro.dropColumnFamily(
            ro.getDefaultColumnFamily()));
        attempt("sync without WAL", () -> {
          try (WriteOptions wo = new WriteOptions().setSync(true).setDisableWAL(true)) {
            ro.put(wo, b("k"), b("v"));
          }
        });
      }
      attempt("read-only open of a missing database",
          () -> RocksDB.openReadOnly(options, dir + "/ro-missing").close());
      try (RocksDB db = RocksDB.open(options, dir + "/ro3")) {
        db.createColumnFamily(new ColumnFamilyDescriptor(b("x"))).close();
      }
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (DBOptions dbo = new DBOptions();
          RocksDB ro = RocksDB.openReadOnly(dbo, dir + "/ro3", Arrays.asList(
              new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("x"))), handles)) {
        // (Dropping x here is a deliberate difference: RocksDB drops it for good, PureRocks
        // refuses a change through a read-only instance, DIFF-API-READONLY-2.)
        attempt("read-only dropColumnFamilies, default first", () -> ro.dropColumnFamilies(
            handles));
        attempt("read-only createColumnFamilies", () -> ro.createColumnFamilies(
            new ColumnFamilyOptions(), Arrays.asList(b("y"))));
        say("read-only list", RocksDB.listColumnFamilies(options, dir + "/ro3"));
        for (final ColumnFamilyHandle h : handles) {
          h.close();
        }
      }
    }
  }
}
