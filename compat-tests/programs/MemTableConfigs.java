// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Memtable configuration: the four MemTableConfigs, what the DB reports, stalls.

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class MemTableConfigs extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-memtables-", () -> {
      section("configSetters", MemTableConfigs::configSetters);
      section("memtableKinds", MemTableConfigs::memtableKinds);
      section("stallsAndMemtableProperties", MemTableConfigs::stallsAndMemtableProperties);
      section("memtableLimitsAndBlooms", MemTableConfigs::memtableLimitsAndBlooms);
    });
  }

  /** Each config with non-default parameters: its getters, and a database built with it. */
  static void configSetters() throws Exception {
    final SkipListMemTableConfig skipList = new SkipListMemTableConfig().setLookahead(3);
    say("SkipList lookahead", skipList.lookahead());
    final HashSkipListMemTableConfig hashSkipList = new HashSkipListMemTableConfig()
        .setBucketCount(7).setHeight(6).setBranchingFactor(2);
    say("HashSkipList bucketCount/height/branchingFactor", hashSkipList.bucketCount() + " "
        + hashSkipList.height() + " " + hashSkipList.branchingFactor());
    final HashLinkedListMemTableConfig hashLinkList = new HashLinkedListMemTableConfig()
        .setBucketCount(5).setHugePageTlbSize(0).setBucketEntriesLoggingThreshold(100)
        .setIfLogBucketDistWhenFlush(false).setThresholdUseSkiplist(3);
    say("HashLinkedList bucketCount/hugePageTlbSize/threshold/log/useSkiplist",
        hashLinkList.bucketCount() + " " + hashLinkList.hugePageTlbSize() + " "
            + hashLinkList.bucketEntriesLoggingThreshold() + " "
            + hashLinkList.ifLogBucketDistWhenFlush() + " " + hashLinkList.thresholdUseSkiplist());
    final VectorMemTableConfig vector = new VectorMemTableConfig().setReservedSize(16);
    say("Vector reservedSize", vector.reservedSize());
    final MemTableConfig[] configs = {skipList, hashSkipList, hashLinkList, vector};
    int n = 0;
    for (final MemTableConfig config : configs) {
      final String kind = config.getClass().getSimpleName();
      try (Options options = new Options().setCreateIfMissing(true)
              .setAllowConcurrentMemtableWrite(false).useFixedLengthPrefixExtractor(1)
              .setMemTableConfig(config);
          RocksDB db = RocksDB.open(options, dir + "/setters" + n++)) {
        say(kind + " options report", options.memTableFactoryName() + " "
            + (options.memTableConfig() == config));
        // More keys than threshold_use_skiplist in bucket "a", so HashLinkList converts it.
        for (final String k : new String[] {"a5", "a1", "a4", "a2", "a3", "b2", "b1", "c"}) {
          db.put(b(k), b(k.toUpperCase()));
        }
        db.delete(b("a4"));
        db.merge(b("zz"), b("m"));
      } catch (RocksDBException e) {
        say(kind + " merge without operator", e.getStatus().getCode());
      }
    }
    n = 0;
    for (final MemTableConfig config : configs) {
      final String kind = config.getClass().getSimpleName();
      try (Options options = new Options().setCreateIfMissing(true)
              .setAllowConcurrentMemtableWrite(false).useFixedLengthPrefixExtractor(1)
              .setMemTableConfig(config);
          RocksDB db = RocksDB.open(options, dir + "/setters-read" + n++)) {
        for (final String k : new String[] {"a5", "a1", "a4", "a2", "a3", "b2", "b1", "c"}) {
          db.put(b(k), b(k.toUpperCase()));
        }
        db.delete(b("a4"));
        say(kind + " get a3/a4", render(db.get(b("a3"))) + " " + render(db.get(b("a4"))));
        say(kind + " entries/deletes/estimate-num-keys",
            db.getProperty("rocksdb.num-entries-active-mem-table") + " "
                + db.getProperty("rocksdb.num-deletes-active-mem-table") + " "
                + db.getProperty("rocksdb.estimate-num-keys"));
        try (RocksIterator it = db.newIterator()) {
          final List<String> seen = new ArrayList<>();
          for (it.seek(b("a")); it.isValid() && it.key()[0] == 'a'; it.next()) {
            seen.add(new String(it.key()));
          }
          say(kind + " prefix a", seen.toString());
        }
        try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true);
            RocksIterator it = db.newIterator(ro)) {
          dump(kind + " total order", it);
        }
      }
    }
  }

  static void memtableKinds() throws Exception {
    final MemTableConfig[] configs = {
        new HashSkipListMemTableConfig(),
        new HashLinkedListMemTableConfig(),
        new VectorMemTableConfig(),
        new SkipListMemTableConfig()};
    int n = 0;
    for (final MemTableConfig config : configs) {
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
          // Prefix mode: seekToFirst is defined (the hash memtables find nothing, ITER-PREFIX-3);
          // past the seek key's prefix the order is undefined, so only that prefix is printed.
          dump(kind + " default seekToFirst", it);
          final List<String> seen = new ArrayList<>();
          for (it.seek(b("bb")); it.isValid() && new String(it.key()).startsWith("bb"); it.next()) {
            seen.add(new String(it.key()));
          }
          say(kind + " seek bb (its prefix)", seen.toString());
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

  static void stallsAndMemtableProperties() throws Exception {
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

  /** memtable_max_range_deletions, whole-key and prefix blooms, in-place updates. */
  static void memtableLimitsAndBlooms() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMemtableMaxRangeDeletions(2);
        RocksDB db = RocksDB.open(options, dir + "/max-range-deletions")) {
      db.put(b("a"), b("1"));
      db.deleteRange(b("b"), b("c"));
      db.deleteRange(b("d"), b("e"));
      say("after two range deletions: entries", db.getProperty(
          "rocksdb.num-entries-active-mem-table"));
      db.deleteRange(b("f"), b("g"));
      say("after three: entries", db.getProperty("rocksdb.num-entries-active-mem-table"));
      db.put(b("h"), b("2"));
      say("after the next write: entries", db.getProperty(
          "rocksdb.num-entries-active-mem-table"));
      say("reads", db.multiGetAsList(Arrays.asList(b("a"), b("b"), b("h"))));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .useFixedLengthPrefixExtractor(2).setMemtablePrefixBloomSizeRatio(0.1)
            .setMemtableWholeKeyFiltering(true);
        RocksDB db = RocksDB.open(options, dir + "/blooms")) {
      for (int i = 0; i < 200; i++) {
        db.put(b(String.format("p%d-%03d", i % 7, i)), b("v" + i));
      }
      int found = 0;
      for (int i = 0; i < 400; i++) {
        if (db.get(b(String.format("p%d-%03d", i % 7, i))) != null) {
          found++;
        }
      }
      say("gets found with blooms", found);
      say("keyMayExist absent", db.keyMayExist(b("zz-absent"), null));
      try (RocksIterator it = db.newIterator()) {
        final List<String> seen = new ArrayList<>();
        for (it.seek(b("p3")); it.isValid() && new String(it.key()).startsWith("p3"); it.next()) {
          seen.add(new String(it.key()));
        }
        say("prefix p3 count", seen.size() + " first " + seen.get(0));
        it.seek(b("q0"));
        say("seek to a prefix the bloom rules out, valid", it.isValid());
      }
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setAllowConcurrentMemtableWrite(false).setInplaceUpdateSupport(true)
            .setInplaceUpdateNumLocks(3);
        RocksDB db = RocksDB.open(options, dir + "/inplace-more")) {
      db.put(b("k"), b("12345"));
      db.put(b("k"), b("abc"));
      db.put(b("k"), b("abcdefgh"));
      db.delete(b("j"));
      db.put(b("j"), b("x"));
      say("values", db.multiGetAsList(Arrays.asList(b("k"), b("j"))));
      say("entries/deletes", db.getProperty("rocksdb.num-entries-active-mem-table") + " "
          + db.getProperty("rocksdb.num-deletes-active-mem-table"));
      try (RocksIterator it = db.newIterator()) {
        dump("fresh iterator", it);
      }
    }
  }
}
