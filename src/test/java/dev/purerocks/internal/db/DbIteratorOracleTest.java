package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.db.IterFixtures.b;
import static dev.purerocks.internal.db.IterFixtures.s;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rocksdb.BuiltinComparator;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.rocksdb.StringAppendOperator;
import org.rocksdb.WriteOptions;

/**
 * Differential tests against RocksJava 11.8.1 in-process: the same writes go to a RocksDB whose
 * background work is paused (so {@code flush(waitForFlush=false)} only switches memtables, as in
 * ExpO) and to PureRocks memtables built by hand; iterators over both are then driven by the same
 * cursor operations and compared after every step.
 */
class DbIteratorOracleTest {
  private Path dir;
  private Options options;
  private RocksDB db;
  private WriteOptions writeOptions;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  /** Our side: memtables oldest first, the last one active. */
  private final List<MemTable> mems = new ArrayList<>();
  private UserComparator cmp;
  private long seq;
  /** How our side builds a memtable, mirroring the RocksDB options. */
  private java.util.function.Supplier<MemTable> newMemTable;
  private dev.purerocks.internal.dbformat.PrefixExtractor extractor;

  @BeforeEach
  void setUp() {
    RocksJavaOracle.load();
  }

  @AfterEach
  void tearDown() throws Exception {
    Collections.reverse(closeables);
    for (AutoCloseable c : closeables) {
      c.close();
    }
    if (db != null) {
      db.close();
    }
    if (options != null) {
      RocksDB.destroyDB(dir.toString(), options);
      options.close();
    }
    if (writeOptions != null) {
      writeOptions.close();
    }
  }

  private void open(boolean reverse) throws Exception {
    dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dbiter-oracle");
    StringAppendOperator append = new StringAppendOperator(',');
    closeables.add(append);
    options =
        new Options().setCreateIfMissing(true).setMaxWriteBufferNumber(10).setMergeOperator(append);
    if (reverse) {
      options.setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
    }
    cmp = reverse ? BytewiseComparators.REVERSE_BYTEWISE : BytewiseComparators.BYTEWISE;
    db = RocksDB.open(options, dir.toString());
    db.pauseBackgroundWork();
    writeOptions = new WriteOptions().setNoSlowdown(true);
    newMemTable = () -> IterFixtures.memTable(IterFixtures.options(cmp, null));
    mems.add(newMemTable.get());
  }

  /**
   * Opens RocksDB with a hash representation and a fixed(1) prefix extractor (concurrent memtable
   * writes off, as hash representations require), and mirrors it.
   */
  private void openHash(String rep) throws Exception {
    dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dbiter-hash");
    StringAppendOperator append = new StringAppendOperator(',');
    closeables.add(append);
    options =
        new Options()
            .setCreateIfMissing(true)
            .setMaxWriteBufferNumber(10)
            .setMergeOperator(append)
            .setAllowConcurrentMemtableWrite(false)
            .useFixedLengthPrefixExtractor(1)
            .setMemTableConfig(
                rep.equals("hash_skiplist")
                    ? new org.rocksdb.HashSkipListMemTableConfig()
                    : new org.rocksdb.HashLinkedListMemTableConfig());
    cmp = BytewiseComparators.BYTEWISE;
    extractor = dev.purerocks.internal.dbformat.PrefixExtractor.fixed(1);
    db = RocksDB.open(options, dir.toString());
    db.pauseBackgroundWork();
    writeOptions = new WriteOptions().setNoSlowdown(true);
    newMemTable =
        () ->
            IterFixtures.memTable(
                IterFixtures.options(cmp, extractor).repFactory(DbIteratorPrefixModeTest.rep(rep)));
    mems.add(newMemTable.get());
  }

  private MemTable active() {
    return mems.get(mems.size() - 1);
  }

  private void write(ValueType type, String key, String value) throws RocksDBException {
    switch (type) {
      case VALUE -> db.put(writeOptions, b(key), b(value));
      case MERGE -> db.merge(writeOptions, b(key), b(value));
      case DELETION -> db.delete(writeOptions, b(key));
      case SINGLE_DELETION -> db.singleDelete(writeOptions, b(key));
      case RANGE_DELETION -> db.deleteRange(writeOptions, b(key), b(value));
      default -> throw new AssertionError(type);
    }
    IterFixtures.add(active(), ++seq, type, key, value);
    assertWithMessage("sequence numbers agree").that(db.getLatestSequenceNumber()).isEqualTo(seq);
  }

  /** Switches memtables on both sides (RocksDB skips empty memtables, M10; so do we). */
  private void switchMemtable() throws RocksDBException {
    if (active().isEmpty()) {
      return;
    }
    try (FlushOptions fo = new FlushOptions().setWaitForFlush(false)) {
      db.flush(fo);
    }
    active().markImmutable();
    mems.add(newMemTable.get());
  }

  private IteratorView view(long readSeq) {
    List<MemTable> newestFirst = new ArrayList<>(mems);
    Collections.reverse(newestFirst);
    return new IteratorView(cmp, IterFixtures.APPEND, extractor, newestFirst, readSeq);
  }

  private static String describe(RocksIterator it) throws RocksDBException {
    it.status();
    return it.isValid() ? s(it.key()) + "=" + s(it.value()) : "<invalid>";
  }

  private static String describe(DbIterator it) {
    if (!it.status().isOk()) {
      return "<status " + it.status() + ">";
    }
    return it.isValid() ? s(it.key()) + "=" + s(it.value()) : "<invalid>";
  }

  /**
   * Compares full scans both ways, then a random walk of cursor operations, between RocksJava
   * (with {@code ro}) and our iterator (with {@code view} and {@code settings}).
   */
  private void compare(
      String ctx, ReadOptions ro, IteratorView view, ReadSettings settings, SplittableRandom r,
      List<String> targets) throws RocksDBException {
    try (RocksIterator theirs = db.newIterator(ro)) {
      DbIterator ours = new DbIterator(view, settings);
      List<String> a = new ArrayList<>();
      List<String> o = new ArrayList<>();
      for (theirs.seekToFirst(); theirs.isValid(); theirs.next()) {
        a.add(describe(theirs));
      }
      for (ours.seekToFirst(); ours.isValid(); ours.next()) {
        o.add(describe(ours));
      }
      assertWithMessage("%s forward scan", ctx).that(o).isEqualTo(a);
      a.clear();
      o.clear();
      for (theirs.seekToLast(); theirs.isValid(); theirs.prev()) {
        a.add(describe(theirs));
      }
      for (ours.seekToLast(); ours.isValid(); ours.prev()) {
        o.add(describe(ours));
      }
      assertWithMessage("%s backward scan", ctx).that(o).isEqualTo(a);
      StringBuilder trail = new StringBuilder();
      for (int step = 0; step < 200; step++) {
        int op = r.nextInt(8);
        if (!theirs.isValid() && op >= 4) {
          op = r.nextInt(4);
        }
        String t = targets.get(r.nextInt(targets.size()));
        switch (op) {
          case 0 -> {
            trail.append(" first");
            theirs.seekToFirst();
            ours.seekToFirst();
          }
          case 1 -> {
            trail.append(" last");
            theirs.seekToLast();
            ours.seekToLast();
          }
          case 2 -> {
            trail.append(" seek(").append(t).append(')');
            theirs.seek(b(t));
            ours.seek(b(t));
          }
          case 3 -> {
            trail.append(" seekForPrev(").append(t).append(')');
            theirs.seekForPrev(b(t));
            ours.seekForPrev(b(t));
          }
          case 4, 5 -> {
            trail.append(" next");
            theirs.next();
            ours.next();
          }
          default -> {
            trail.append(" prev");
            theirs.prev();
            ours.prev();
          }
        }
        assertWithMessage("%s seed=%s ops:%s", ctx, TestSeed.masterHex(), trail)
            .that(describe(ours))
            .isEqualTo(describe(theirs));
      }
    }
  }

  private static final List<String> TARGETS =
      List.of("", "a", "a1", "b", "b0", "bb", "c", "d", "e", "m", "r", "s", "t", "z", "zz");

  @Spec({"ITER-MERGE-1", "ITER-RT-1", "ITER-DIR-1", "ITER-VERSION-1"})
  @Test
  void fixedScenario_mergesAndTombstonesAcrossImmutableMemtables_matchRocksJava()
      throws Exception {
    open(false);
    write(ValueType.VALUE, "a", "a1");
    write(ValueType.VALUE, "b", "b1");
    write(ValueType.VALUE, "m", "base");
    write(ValueType.VALUE, "r", "r1");
    write(ValueType.VALUE, "s", "s1");
    write(ValueType.MERGE, "e", "e1");
    switchMemtable();
    write(ValueType.VALUE, "a", "a2");
    write(ValueType.MERGE, "m", "x");
    write(ValueType.RANGE_DELETION, "r", "t");
    write(ValueType.VALUE, "s", "s2");
    write(ValueType.MERGE, "e", "e2");
    long snapSeq = seq;
    Snapshot snap = db.getSnapshot();
    switchMemtable();
    write(ValueType.DELETION, "b", "");
    write(ValueType.MERGE, "m", "y");
    write(ValueType.VALUE, "a", "a3");
    write(ValueType.MERGE, "b", "b-after-delete");
    write(ValueType.RANGE_DELETION, "d", "f");
    write(ValueType.MERGE, "e", "e3");
    write(ValueType.SINGLE_DELETION, "s", "");
    write(ValueType.MERGE, "z", "z1");
    assertWithMessage("RocksDB holds two immutable memtables")
        .that(db.getProperty("rocksdb.num-immutable-mem-table"))
        .isEqualTo("2");
    String id =
        TestSeed.testId(
            getClass(), "fixedScenario_mergesAndTombstonesAcrossImmutableMemtables_matchRocksJava");
    SplittableRandom r = TestSeed.random(id);
    try (ReadOptions ro = new ReadOptions()) {
      compare("latest", ro, view(seq), ReadSettings.DEFAULT, r, TARGETS);
    }
    try (ReadOptions ro = new ReadOptions().setSnapshot(snap)) {
      compare("snapshot", ro, view(snapSeq), ReadSettings.DEFAULT, r, TARGETS);
    }
    try (Slice lo = new Slice(b("b"));
        Slice hi = new Slice(b("s"));
        ReadOptions ro = new ReadOptions().setIterateLowerBound(lo).setIterateUpperBound(hi)) {
      compare("bounds [b,s)", ro, view(seq), ReadSettings.DEFAULT.withBounds(b("b"), b("s")), r,
          TARGETS);
    }
    db.releaseSnapshot(snap);
  }

  private void randomHistory(SplittableRandom r, int ops, List<Long> snapshotSeqs,
      List<Snapshot> snapshots) throws RocksDBException {
    randomHistory(r, ops, snapshotSeqs, snapshots, true);
  }

  private void randomHistory(SplittableRandom r, int ops, List<Long> snapshotSeqs,
      List<Snapshot> snapshots, boolean rangeDeletions) throws RocksDBException {
    String alphabet = "abcde";
    int switches = 0;
    for (int i = 0; i < ops; i++) {
      if (switches < 4 && r.nextInt(ops) < 5) {
        switchMemtable();
        switches++;
      }
      if (r.nextInt(ops) < 3) {
        snapshotSeqs.add(seq);
        snapshots.add(db.getSnapshot());
      }
      String key = "" + alphabet.charAt(r.nextInt(5));
      if (r.nextBoolean()) {
        key += alphabet.charAt(r.nextInt(5));
      }
      int dice = r.nextInt(100);
      if (dice < 35) {
        write(ValueType.VALUE, key, "v" + (seq + 1));
      } else if (dice < 65) {
        write(ValueType.MERGE, key, "m" + (seq + 1));
      } else if (dice < 80) {
        write(ValueType.DELETION, key, "");
      } else if (dice < 88 || !rangeDeletions) {
        write(ValueType.SINGLE_DELETION, key, "");
      } else {
        String end = "" + alphabet.charAt(r.nextInt(5)) + alphabet.charAt(r.nextInt(5));
        if (cmp.compare(b(key), b(end)) < 0) {
          write(ValueType.RANGE_DELETION, key, end);
        } else if (cmp.compare(b(key), b(end)) > 0) {
          write(ValueType.RANGE_DELETION, end, key);
        }
      }
    }
  }

  private void randomScenario(String testName, boolean reverse) throws Exception {
    open(reverse);
    SplittableRandom r = TestSeed.random(TestSeed.testId(getClass(), testName));
    List<Long> snapshotSeqs = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    randomHistory(r, 40 + r.nextInt(120), snapshotSeqs, snapshots);
    List<String> targets = new ArrayList<>(TARGETS);
    targets.addAll(List.of("aa", "ab", "cd", "ee", "ed"));
    try (ReadOptions ro = new ReadOptions()) {
      compare("latest", ro, view(seq), ReadSettings.DEFAULT, r, targets);
    }
    for (int i = 0; i < snapshots.size(); i++) {
      try (ReadOptions ro = new ReadOptions().setSnapshot(snapshots.get(i))) {
        compare("snapshot@" + snapshotSeqs.get(i), ro, view(snapshotSeqs.get(i)),
            ReadSettings.DEFAULT, r, targets);
      }
    }
    for (int i = 0; i < 4; i++) {
      String lo = targets.get(r.nextInt(targets.size()));
      String hi = targets.get(r.nextInt(targets.size()));
      try (Slice l = new Slice(b(lo));
          Slice h = new Slice(b(hi));
          ReadOptions ro = new ReadOptions().setIterateLowerBound(l).setIterateUpperBound(h)) {
        compare("bounds [" + lo + "," + hi + ")", ro, view(seq),
            ReadSettings.DEFAULT.withBounds(b(lo), b(hi)), r, targets);
      }
    }
    for (Snapshot s : snapshots) {
      db.releaseSnapshot(s);
    }
  }

  @Spec({"ITER-MERGE-1", "ITER-RT-1", "ITER-DIR-1", "ITER-BOUNDS-1", "ITER-VERSION-2"})
  @Test
  void randomHistory_acrossImmutableMemtables_matchesRocksJava() throws Exception {
    randomScenario("randomHistory_acrossImmutableMemtables_matchesRocksJava", false);
  }

  /**
   * Prefix mode over hash representations across immutable memtables: prefix_same_as_start (and
   * the default options, whose results past the prefix RocksDB leaves undefined but which are
   * deterministic for distinct buckets), with direction switches through seek-for-prev.
   */
  @Spec({"ITER-PREFIX-2", "ITER-PREFIX-3", "ITER-DIR-1"})
  @Test
  void hashRepresentations_prefixMode_acrossImmutableMemtables_matchRocksJava() throws Exception {
    for (String rep : List.of("hash_skiplist", "hash_linkedlist")) {
      for (boolean rangeDeletions : new boolean[] {false, true}) {
        tearDown();
        closeables.clear();
        mems.clear();
        seq = 0;
        db = null;
        options = null;
        writeOptions = null;
        openHash(rep);
        SplittableRandom r =
            TestSeed.random(
                TestSeed.testId(
                    getClass(), "hashRepresentations_prefixMode_" + rep + rangeDeletions));
        List<Long> snapshotSeqs = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        randomHistory(r, 30 + r.nextInt(60), snapshotSeqs, snapshots, rangeDeletions);
        List<String> targets =
            List.of("a", "a1", "ab", "b", "bc", "c", "cz", "d", "de", "e", "ee");
        String ctx = rep + (rangeDeletions ? " with range deletions" : "");
        try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true)) {
          compare(ctx + " prefix_same_as_start", ro, view(seq),
              ReadSettings.DEFAULT.withPrefixSameAsStart(true), r, targets);
        }
        if (!rangeDeletions) {
          // Past the target's prefix, default prefix mode is undefined; with range tombstones
          // RocksDB's cascading seeks move older memtables to other buckets (DIFF, see report).
          try (ReadOptions ro = new ReadOptions()) {
            compare(ctx + " default", ro, view(seq), ReadSettings.DEFAULT, r, targets);
          }
        }
        try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true)) {
          compare(ctx + " total_order_seek", ro, view(seq),
              ReadSettings.DEFAULT.withTotalOrderSeek(true), r, targets);
        }
        for (Snapshot sn : snapshots) {
          db.releaseSnapshot(sn);
        }
      }
    }
  }

  /**
   * Default prefix mode over a hash representation, a seek whose target a newer memtable's range
   * tombstone covers: RocksDB's merging iterator seeks the older memtables to the tombstone's end
   * key, which lands in another bucket, so RocksDB returns a key of another prefix; PureRocks skips
   * the covered entries inside the target's bucket and finds nothing. Both lie in the region
   * RocksDB documents as undefined (results past the seek target's prefix); with
   * prefix_same_as_start both are empty.
   */
  @Spec("ITER-PREFIX-3")
  @Test
  void hashPrefixSeek_coveredByANewerTombstone_rocksDbJumpsBuckets_oursStaysInTheBucket()
      throws Exception {
    openHash("hash_skiplist");
    write(ValueType.VALUE, "ab", "v-ab");
    write(ValueType.VALUE, "dc", "v-dc");
    switchMemtable();
    write(ValueType.RANGE_DELETION, "a", "d");
    try (ReadOptions ro = new ReadOptions(); RocksIterator theirs = db.newIterator(ro)) {
      theirs.seek(b("a1"));
      assertWithMessage("RocksDB").that(describe(theirs)).isEqualTo("dc=v-dc");
    }
    DbIterator ours = new DbIterator(view(seq), ReadSettings.DEFAULT);
    ours.seek(b("a1"));
    assertWithMessage("PureRocks").that(describe(ours)).isEqualTo("<invalid>");
    try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true);
        RocksIterator theirs = db.newIterator(ro)) {
      theirs.seek(b("a1"));
      DbIterator psas =
          new DbIterator(view(seq), ReadSettings.DEFAULT.withPrefixSameAsStart(true));
      psas.seek(b("a1"));
      assertWithMessage("prefix_same_as_start").that(describe(psas)).isEqualTo(describe(theirs));
    }
  }

  /** ExpI: forward scans agree; any backward positioning fails with RocksDB's NotSupported text. */
  @Spec("ITER-INPLACE-1")
  @Test
  void inPlaceUpdates_forwardAgrees_backwardFailsWithTheSameStatus() throws Exception {
    dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dbiter-inplace");
    options =
        new Options()
            .setCreateIfMissing(true)
            .setInplaceUpdateSupport(true)
            .setAllowConcurrentMemtableWrite(false);
    cmp = BytewiseComparators.BYTEWISE;
    db = RocksDB.open(options, dir.toString());
    MemTable m =
        IterFixtures.memTable(IterFixtures.options(cmp, null).inplaceUpdateSupport(true));
    String[][] puts = {{"a", "2"}, {"it", "11111"}, {"it", "222"}, {"z", "22"}, {"k", "x"}};
    for (String[] p : puts) {
      db.put(b(p[0]), b(p[1]));
      seq++;
      if (m.update(seq, b(p[0]), 0, p[0].length(), b(p[1]), 0, p[1].length())
          == MemTable.UpdateOutcome.DUPLICATE) {
        throw new AssertionError("duplicate");
      }
    }
    assertWithMessage("entries").that(m.numEntries())
        .isEqualTo(db.getLongProperty("rocksdb.num-entries-active-mem-table"));
    try (ReadOptions ro = new ReadOptions(); RocksIterator theirs = db.newIterator(ro)) {
      DbIterator ours = new DbIterator(
          new IteratorView(cmp, null, null, List.of(m), seq), ReadSettings.DEFAULT);
      List<String> a = new ArrayList<>();
      List<String> o = new ArrayList<>();
      for (theirs.seekToFirst(); theirs.isValid(); theirs.next()) {
        a.add(describe(theirs));
      }
      for (ours.seekToFirst(); ours.isValid(); ours.next()) {
        o.add(describe(ours));
      }
      assertWithMessage("forward").that(o).isEqualTo(a);
      theirs.seekToLast();
      ours.seekToLast();
      assertWithMessage("valid after seekToLast").that(ours.isValid()).isEqualTo(theirs.isValid());
      try {
        theirs.status();
        throw new AssertionError("RocksJava reported OK");
      } catch (RocksDBException e) {
        assertWithMessage("code").that(ours.status().code().name().replace("_", ""))
            .isEqualTo(e.getStatus().getCode().name().toUpperCase(java.util.Locale.ROOT));
        assertWithMessage("message").that(e.getMessage()).contains(ours.status().message());
      }
    }
  }

  @Spec({"ITER-CMP-1", "ITER-BOUNDS-1"})
  @Test
  void randomHistory_reverseBytewise_matchesRocksJava() throws Exception {
    randomScenario("randomHistory_reverseBytewise_matchesRocksJava", true);
  }
}
