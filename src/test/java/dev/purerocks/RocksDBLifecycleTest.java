package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.testing.Spec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API's behaviour where RocksJava cannot serve as the oracle: no durability yet, what
 * the directory holds, and the misuse that crashes RocksJava's JVM (here a clear exception).
 */
class RocksDBLifecycleTest {
  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String dir(final String name) throws Exception {
    final Path p = Paths.get(System.getProperty("java.io.tmpdir"), "lifecycle",
        name + "-" + System.nanoTime());
    Files.createDirectories(p.getParent());
    return p.toString();
  }

  @Spec("API-DIR-1")
  @Test
  void dataDoesNotSurviveClose_butColumnFamiliesDo() throws Exception {
    final String path = dir("durability");
    try (Options o = new Options().setCreateIfMissing(true)) {
      try (RocksDB db = RocksDB.open(o, path)) {
        db.put(b("k"), b("v"));
        db.createColumnFamily(new ColumnFamilyDescriptor(b("cf1")));
      }
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (DBOptions dbo = new DBOptions();
          RocksDB db = RocksDB.open(dbo, path, Arrays.asList(
              new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("cf1"))), handles)) {
        assertThat(db.get(b("k"))).isNull();
        assertThat(db.getLatestSequenceNumber()).isEqualTo(0);
        assertThat(handles.get(1).getID()).isEqualTo(1);
      }
    }
  }

  @Spec("API-DIR-1")
  @Test
  void directory_holdsOnlyTheCurrentMarkerAndTheLockFile() throws Exception {
    final String path = dir("contents");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      db.put(b("k"), b("v"));
      try (Stream<Path> files = Files.list(Paths.get(path))) {
        assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
            .containsExactly("CURRENT", "LOCK");
      }
    }
  }

  @Spec("API-LOCK-1")
  @Test
  void lock_isReleasedByClose_andByAFailedOpen() throws Exception {
    final String path = dir("lock");
    try (Options o = new Options()) {
      assertThrows(RocksDBException.class, () -> RocksDB.open(o, path)); // no createIfMissing
      o.setCreateIfMissing(true);
      RocksDB.open(o, path).close();
      try (RocksDB db = RocksDB.open(o, path)) {
        final RocksDBException e = assertThrows(RocksDBException.class,
            () -> RocksDB.open(o, path));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.IOError);
        assertThat(e.getMessage()).startsWith("lock hold by current process, acquire time ");
        assertThat(e.getMessage()).endsWith(path + "/LOCK: No locks available");
      }
    }
  }

  @Spec("API-CLOSE-1")
  @Test
  void useAfterClose_throwsIllegalStateException_insteadOfCrashing() throws Exception {
    final String path = dir("closed");
    final RocksDB db;
    try (Options o = new Options().setCreateIfMissing(true)) {
      db = RocksDB.open(o, path);
    }
    final ColumnFamilyHandle dflt = db.getDefaultColumnFamily();
    db.close();
    assertThrows(IllegalStateException.class, () -> db.get(b("k")));
    assertThrows(IllegalStateException.class, () -> db.put(b("k"), b("v")));
    assertThrows(IllegalStateException.class, db::getSnapshot);
    assertThrows(IllegalStateException.class, db::newIterator);
    assertThrows(IllegalStateException.class, () -> db.getProperty("rocksdb.estimate-num-keys"));
    assertThrows(IllegalStateException.class, () -> db.get(dflt, b("k")));
    assertThat(db.isClosed()).isTrue();
  }

  @Spec("API-CLOSE-1")
  @Test
  void closedHandlesIteratorsAndBatches_throwIllegalStateException() throws Exception {
    final String path = dir("handles");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      cf.close();
      assertThrows(IllegalStateException.class, () -> db.put(cf, b("k"), b("v")));
      final ColumnFamilyHandle dflt = db.getDefaultColumnFamily();
      dflt.close(); // non-owning: a no-op, the handle keeps working
      db.put(dflt, b("k"), b("v"));
      final RocksIterator it = db.newIterator();
      it.close();
      assertThrows(IllegalStateException.class, it::seekToFirst);
      final WriteBatch batch = new WriteBatch();
      batch.close();
      assertThrows(IllegalStateException.class, () -> batch.put(b("k"), b("v")));
      assertThrows(IllegalStateException.class, () -> db.write(new WriteOptions(), batch));
      try (Options o2 = new Options().setCreateIfMissing(true);
          RocksDB other = RocksDB.open(o2, dir("other"))) {
        assertThrows(IllegalArgumentException.class,
            () -> db.put(other.getDefaultColumnFamily(), b("k"), b("v")));
      }
    }
  }

  @Spec("API-ITER-1")
  @Test
  void iteratorMisuse_nextOnInvalidThrows_andIteratorOutlivesItsDatabase() throws Exception {
    final String path = dir("iter");
    final RocksIterator it;
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      db.put(b("a"), b("1"));
      it = db.newIterator();
      assertThat(it.isValid()).isFalse();
      assertThrows(IllegalStateException.class, it::next);
      it.status();
    }
    // As in RocksJava: an open iterator keeps reading its pinned memtables after db.close().
    it.seekToFirst();
    assertThat(it.isValid()).isTrue();
    assertThat(it.key()).isEqualTo(b("a"));
    it.close();
  }

  @Spec("API-CMP-1")
  @Test
  void javaComparatorClosedWhileInUse_failsTheOperationClearly() throws Exception {
    final String path = dir("cmp");
    final ComparatorOptions copt = new ComparatorOptions();
    final dev.purerocks.util.BytewiseComparator cmp = new dev.purerocks.util.BytewiseComparator(copt);
    try (Options o = new Options().setCreateIfMissing(true).setComparator(cmp);
        RocksDB db = RocksDB.open(o, path)) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("2"));
      cmp.close();
      final Exception e = assertThrows(Exception.class, () -> db.put(b("c"), b("3")));
      System.out.println("closed comparator: " + e);
      assertThat(String.valueOf(e.getMessage()) + e.getCause()).contains("was closed");
    }
  }

  @Spec("API-WRITE-1")
  @Test
  void concurrentWriters_allBatchesBecomeVisible() throws Exception {
    final String path = dir("concurrent");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      final int threads = 8;
      final int perThread = 500;
      final List<Throwable> errors = new CopyOnWriteArrayList<>();
      final List<Thread> ts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        final int id = t;
        final Thread th = new Thread(() -> {
          try (WriteOptions wo = new WriteOptions()) {
            for (int i = 0; i < perThread; i++) {
              try (WriteBatch batch = new WriteBatch()) {
                batch.put(b("k" + id + "-" + i), b("v" + i));
                batch.put(b("j" + id + "-" + i), b("w" + i));
                db.write(wo, batch);
              }
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        });
        ts.add(th);
        th.start();
      }
      for (final Thread th : ts) {
        th.join(60_000);
        assertWithMessage("writer thread still running after 60 s").that(th.isAlive()).isFalse();
      }
      assertThat(errors).isEmpty();
      assertThat(db.getLatestSequenceNumber()).isEqualTo(2L * threads * perThread);
      for (int t = 0; t < threads; t++) {
        for (int i = 0; i < perThread; i++) {
          assertThat(db.get(b("k" + t + "-" + i))).isEqualTo(b("v" + i));
          assertThat(db.get(b("j" + t + "-" + i))).isEqualTo(b("w" + i));
        }
      }
    }
  }

  @Spec("API-LOG-1")
  @Test
  void logger_receivesTheEnginesMessages() throws Exception {
    final String path = dir("logger");
    final List<String> messages = new CopyOnWriteArrayList<>();
    try (Options o = new Options().setCreateIfMissing(true)
            .setAllowConcurrentMemtableWrite(false)
            .useFixedLengthPrefixExtractor(1)
            .setMemTableConfig(new HashLinkedListMemTableConfig()
                .setBucketEntriesLoggingThreshold(2).setThresholdUseSkiplist(1000));
        Logger logger = new Logger(InfoLogLevel.DEBUG_LEVEL) {
          @Override
          protected void log(final InfoLogLevel level, final String msg) {
            messages.add(level + " " + msg);
          }
        }) {
      o.setLogger(logger);
      try (RocksDB db = RocksDB.open(o, path)) {
        for (int i = 0; i < 10; i++) {
          db.put(b("a" + i), b("v"));
        }
        db.flush(new FlushOptions());
        try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true);
            RocksIterator it = db.newIterator(ro)) {
          it.seekToFirst();
        }
      }
    }
    assertThat(messages).isNotEmpty();
  }

  @Spec("API-BUF-1")
  @Test
  void byteBufferGet_heapBuffers_fillFromPositionAndLimitToCopiedBytes() throws Exception {
    final String path = dir("buffers");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path);
        ReadOptions ro = new ReadOptions()) {
      db.put(b("key"), b("value"));
      final ByteBuffer key = ByteBuffer.wrap(b("xkey")).position(1);
      final ByteBuffer value = ByteBuffer.allocate(10).position(2);
      assertThat(db.get(ro, key, value)).isEqualTo(5);
      assertThat(key.position()).isEqualTo(4);
      assertThat(value.position()).isEqualTo(2);
      assertThat(value.limit()).isEqualTo(7);
      final byte[] got = new byte[5];
      value.get(got);
      assertThat(got).isEqualTo(b("value"));
    }
  }

  @Spec("API-DIR-1")
  @Test
  void readOnlyOpen_seesNoDataOfAWriterOpenInTheSameJvm() throws Exception {
    final String path = dir("readonly");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB writer = RocksDB.open(o, path)) {
      writer.put(b("k"), b("v"));
      try (RocksDB ro = RocksDB.openReadOnly(o, path)) {
        assertThat(ro.get(b("k"))).isNull();
        assertThat(ro.getLatestSequenceNumber()).isEqualTo(0);
      }
    }
  }

  @Spec("API-OPT-SET-1")
  @Test
  void setOptions_changesTheFamilysMutableMemtableOptions() throws Exception {
    final String path = dir("setoptions");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.setOptions(cf, MutableColumnFamilyOptions.builder()
          .setWriteBufferSize(1 << 20).setMaxSuccessiveMerges(7).setMaxWriteBufferNumber(5).build());
      final dev.purerocks.internal.db.ColumnFamilyConfig c =
          db.engineForTests().columnFamilyConfig(cf.getID());
      assertThat(c.writeBufferSize()).isEqualTo(1 << 20);
      assertThat(c.maxSuccessiveMerges()).isEqualTo(7);
      assertThat(c.maxWriteBufferNumber()).isEqualTo(5);
      assertThat(db.engineForTests().columnFamilyConfig(0).writeBufferSize())
          .isEqualTo(67108864L);
    }
  }

  @Spec("API-WBM-1")
  @Test
  void writeBufferManager_switchesMemtablesWhenItsBudgetIsReached() throws Exception {
    for (final boolean viaManager : new boolean[] {true, false}) {
      final String path = dir("wbm-" + viaManager);
      try (LRUCache cache = new LRUCache(1 << 20);
          WriteBufferManager wbm = new WriteBufferManager(1 << 20, cache);
          Options o = new Options().setCreateIfMissing(true).setMaxWriteBufferNumber(100)) {
        if (viaManager) {
          o.setWriteBufferManager(wbm);
        } else {
          o.setDbWriteBufferSize(1 << 20);
        }
        try (RocksDB db = RocksDB.open(o, path)) {
          db.pauseBackgroundWork();
          final byte[] value = new byte[1000];
          for (int i = 0; i < 4000; i++) {
            db.put(b("key" + i), value);
          }
          assertWithMessage("immutable memtables, viaManager=%s", viaManager)
              .that(db.getLongProperty("rocksdb.num-immutable-mem-table"))
              .isAtLeast(1L);
          db.continueBackgroundWork();
          assertThat(db.get(b("key0"))).isEqualTo(value);
          assertThat(db.get(b("key3999"))).isEqualTo(value);
        }
      }
    }
  }

  @Spec("API-STATUS-1")
  @Test
  void statisticsTextAndMapProperties_answerNotFound() throws Exception {
    final String path = dir("stats");
    try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, path)) {
      for (final String name : new String[] {"rocksdb.stats", "rocksdb.cfstats"}) {
        final RocksDBException e = assertThrows(RocksDBException.class,
            () -> db.getProperty(name));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotFound);
        assertThat(assertThrows(RocksDBException.class, () -> db.getMapProperty(name))
            .getStatus().getCode()).isEqualTo(Status.Code.NotFound);
      }
    }
  }

  @Spec("API-DIR-1")
  @Test
  void rocksDbDirectory_isRefusedAndLeftUntouched() throws Exception {
    final Path d = Paths.get(dir("real-rocksdb"));
    Files.createDirectories(d);
    Files.write(d.resolve("CURRENT"), b("MANIFEST-000005\n"));
    try (Options o = new Options().setCreateIfMissing(true)) {
      final RocksDBException e = assertThrows(RocksDBException.class,
          () -> RocksDB.open(o, d.toString()));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
      assertThat(Files.readAllBytes(d.resolve("CURRENT"))).isEqualTo(b("MANIFEST-000005\n"));
      // The lock was released: the failure is repeatable, not a lock error.
      assertThat(assertThrows(RocksDBException.class, () -> RocksDB.open(o, d.toString()))
          .getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
    }
  }
}
