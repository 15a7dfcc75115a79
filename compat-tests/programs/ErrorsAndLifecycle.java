// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Error cases (exception type, Status code, message) and lifecycle: open errors, sticky errors,
// close, destroy, loggers, edge cases.

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class ErrorsAndLifecycle extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-errors-", () -> {
      section("openErrors", ErrorsAndLifecycle::openErrors);
      section("edges", ErrorsAndLifecycle::edges);
      section("loggers", ErrorsAndLifecycle::loggers);
      section("moreErrors", ErrorsAndLifecycle::moreErrors);
    });
  }

  static void openErrors() throws Exception {
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
            .setMemTableConfig(new HashSkipListMemTableConfig())) {
      attempt("hash skiplist with concurrent writes", () -> RocksDB.open(options, dir + "/hash"));
    }
  }

  static void edges() throws Exception {
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

  static void loggers() throws Exception {
    int n = 0;
    for (final InfoLogLevel level : new InfoLogLevel[] {
        InfoLogLevel.DEBUG_LEVEL, InfoLogLevel.INFO_LEVEL,
        InfoLogLevel.WARN_LEVEL, InfoLogLevel.FATAL_LEVEL}) {
      final java.util.concurrent.atomic.AtomicInteger count =
          new java.util.concurrent.atomic.AtomicInteger();
      try (Options options = new Options().setCreateIfMissing(true).setInfoLogLevel(level);
          Logger logger = new Logger(options) {
            @Override
            protected void log(final InfoLogLevel l, final String msg) {
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
            .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
        Logger logger = new Logger(options) {
          @Override
          protected void log(final InfoLogLevel l, final String msg) {
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

  /** Refusals at write time and at family creation, with their Status. */
  static void moreErrors() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/more-errors")) {
      try (WriteOptions syncNoWal = new WriteOptions().setSync(true).setDisableWAL(true)) {
        attempt("sync without WAL", () -> db.put(syncNoWal, b("k"), b("v")));
        attempt("sync without WAL, batch", () -> {
          try (WriteBatch batch = new WriteBatch()) {
            batch.put(b("k"), b("v"));
            db.write(syncNoWal, batch);
          }
        });
      }
      attempt("put afterwards", () -> db.put(b("k"), b("v")));
      say("get", db.get(b("k")));
      try (ColumnFamilyOptions hash = new ColumnFamilyOptions().useFixedLengthPrefixExtractor(1)
              .setMemTableConfig(new HashLinkedListMemTableConfig())) {
        attempt("hash family while concurrent writes are on", () -> db.createColumnFamily(
            new ColumnFamilyDescriptor(b("hash"), hash)));
      }
      try (ColumnFamilyOptions inplace = new ColumnFamilyOptions().setInplaceUpdateSupport(true)) {
        attempt("in-place family while concurrent writes are on", () -> db.createColumnFamily(
            new ColumnFamilyDescriptor(b("inplace"), inplace)));
      }
      say("families", RocksDB.listColumnFamilies(options, dir + "/more-errors"));
      attempt("empty family name", () -> db.createColumnFamily(
          new ColumnFamilyDescriptor(new byte[0])).close());
      try (ColumnFamilyOptions inplace = new ColumnFamilyOptions().setInplaceUpdateSupport(true)) {
        attempt("empty family name and refused options: which check first", () ->
            db.createColumnFamily(new ColumnFamilyDescriptor(new byte[0], inplace)).close());
      }
      attempt("empty family name among several", () -> {
        for (final ColumnFamilyHandle h : db.createColumnFamilies(Arrays.asList(
            new ColumnFamilyDescriptor(b("x1")), new ColumnFamilyDescriptor(new byte[0])))) {
          h.close();
        }
      });
      say("families after", RocksDB.listColumnFamilies(options, dir + "/more-errors"));
      try (ColumnFamilyOptions inplace = new ColumnFamilyOptions().setInplaceUpdateSupport(true)) {
        attempt("existing name and refused options: which check first", () ->
            db.createColumnFamily(new ColumnFamilyDescriptor(b("x1"), inplace)).close());
      }
    }
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true)) {
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      attempt("open creating a family with an empty name", () -> RocksDB.open(options,
          dir + "/empty-at-open", Arrays.asList(
              new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("before")), new ColumnFamilyDescriptor(new byte[0]),
              new ColumnFamilyDescriptor(b("after"))), handles).close());
      say("handles", handles.size());
      try (Options plain = new Options()) {
        say("families persisted", RocksDB.listColumnFamilies(plain, dir + "/empty-at-open"));
      }
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        RocksDB db = RocksDB.open(options, dir + "/reverse-range")) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("2"));
      db.put(b("c"), b("3"));
      attempt("deleteRange c..a in reverse order", () -> db.deleteRange(b("c"), b("b")));
      say("after", db.multiGetAsList(Arrays.asList(b("a"), b("b"), b("c"))));
      attempt("deleteRange a..c in reverse order", () -> db.deleteRange(b("a"), b("c")));
      attempt("a later write", () -> db.put(b("d"), b("4")));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setAllowConcurrentMemtableWrite(false).setInplaceUpdateSupport(true);
        RocksDB db = RocksDB.open(options, dir + "/inplace")) {
      db.put(b("k"), b("long value"));
      db.put(b("k"), b("short"));
      say("in-place get", db.get(b("k")));
      say("in-place snapshot", db.getSnapshot());
      say("in-place entries", db.getProperty("rocksdb.num-entries-active-mem-table"));
    }
  }
}
