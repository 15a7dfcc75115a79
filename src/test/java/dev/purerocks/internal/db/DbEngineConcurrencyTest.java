package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.internal.memtable.MemTable.FlushState;
import dev.purerocks.internal.memtable.VectorRep;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many writers at once, with and without concurrent memtable inserts, small buffers so memtables
 * switch under load: every batch becomes visible atomically and completely, sequence numbers are
 * dense, and readers pinned to a view never see half a batch.
 */
class DbEngineConcurrencyTest {
  private static final int WRITERS = 8;
  private static final int BATCHES = 400;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  @Spec({"DB-WRITE-2", "DB-CONC-1", "DB-VIEW-1"})
  void concurrentWriters_batchesAreAtomicAndComplete(boolean concurrentInserts) throws Exception {
    DbEngine engine = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(concurrentInserts),
        new ColumnFamilyConfig().writeBufferSize(64 << 10));
    CyclicBarrier start = new CyclicBarrier(WRITERS + 1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = writers(WRITERS, start, failures, writer -> {
      for (int i = 0; i < BATCHES; i++) {
        WriteBatchRep b = new WriteBatchRep();
        byte[] v = String.format("%06d", i).getBytes();
        for (char c : new char[] {'a', 'b', 'c'}) {
          byte[] k = (c + "-" + writer).getBytes();
          b.put(0, k, 0, k.length, v, 0, v.length);
        }
        engine.write(false, b);
      }
    });
    readWhileWriting(threads, start, () -> {
      MemTableView view = engine.view(0, -1);
      for (int w = 0; w < WRITERS; w++) {
        byte[] a = engine.get(view, ("a-" + w).getBytes());
        byte[] b = engine.get(view, ("b-" + w).getBytes());
        byte[] c = engine.get(view, ("c-" + w).getBytes());
        if (!(eq(a, b) && eq(b, c))) {
          failures.add(new AssertionError("torn batch of writer " + w + " at "
              + view.readSequence()));
          return false;
        }
      }
      return true;
    });
    assertThat(failures).isEmpty();
    assertThat(engine.latestSequenceNumber()).isEqualTo((long) WRITERS * BATCHES * 3);
    for (int w = 0; w < WRITERS; w++) {
      assertThat(new String(engine.get(0, ("a-" + w).getBytes(), -1)))
          .isEqualTo(String.format("%06d", BATCHES - 1));
    }
    long entries = 0;
    for (var m : engine.view(0, -1).memTables()) {
      entries += m.numEntries();
    }
    assertThat(entries).isEqualTo((long) WRITERS * BATCHES * 3);
    assertThat(engine.view(0, -1).memTables().size()).isGreaterThan(1);
    System.out.printf("concurrentInserts=%s: %d groups for %d batches, %d inserted concurrently%n",
        concurrentInserts, engine.groups.sum(), WRITERS * BATCHES, engine.concurrentWrites.sum());
    // Batches of several records are committed in groups in both modes.
    assertThat(engine.concurrentWrites.sum()).isEqualTo(0);
  }

  /**
   * Single-record writes insert concurrently and publish in sequence order: a reader never sees a
   * writer's later put without its earlier ones, and everything is visible at the end.
   */
  @Spec({"DB-CONC-1", "DB-WRITE-2"})
  @ParameterizedTest
  @ValueSource(strings = {"skiplist", "vector"})
  void singleRecordWrites_insertConcurrently_andPublishInOrder(String rep) throws Exception {
    singleRecordWrites(rep, true);
  }

  /**
   * Without concurrent inserts, single-record writes from many threads commit one at a time, each
   * as a group of its own, and publish in sequence order.
   */
  @Spec({"DB-CONC-1", "DB-WRITE-2"})
  @ParameterizedTest
  @ValueSource(strings = {"skiplist", "vector", "hashskiplist"})
  void singleRecordWrites_withoutConcurrentInserts_commitAloneInOrder(String rep) throws Exception {
    singleRecordWrites(rep, false);
  }

  private static void singleRecordWrites(String rep, boolean concurrentInserts) throws Exception {
    DbEngine engine = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(concurrentInserts),
        family(rep).writeBufferSize(64 << 10));
    int writers = 4;
    int ops = 2000;
    CyclicBarrier start = new CyclicBarrier(writers + 1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = writers(writers, start, failures, writer -> {
      for (int i = 0; i < ops; i++) {
        WriteBatchRep b = new WriteBatchRep();
        byte[] k = String.format("k-%d-%05d", writer, i).getBytes();
        b.put(0, k, 0, k.length, k, 0, k.length);
        engine.write(false, b);
      }
    });
    readWhileWriting(threads, start, () -> {
      MemTableView view = engine.view(0, -1);
      for (int w = 0; w < writers; w++) {
        // The last visible put of this writer, found by bisection, must have all before it.
        int lo = -1;
        int hi = ops;
        while (hi - lo > 1) {
          int mid = (lo + hi) >>> 1;
          if (engine.get(view, String.format("k-%d-%05d", w, mid).getBytes()) != null) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        for (int i = 0; i <= lo; i += 97) {
          if (engine.get(view, String.format("k-%d-%05d", w, i).getBytes()) == null) {
            failures.add(new AssertionError("writer " + w + ": put " + lo + " visible, " + i
                + " not, at " + view.readSequence()));
            return false;
          }
        }
      }
      return true;
    });
    assertThat(failures).isEmpty();
    assertThat(engine.latestSequenceNumber()).isEqualTo((long) writers * ops);
    assertThat(engine.concurrentWrites.sum()).isEqualTo(concurrentInserts ? (long) writers * ops : 0);
    assertThat(engine.groups.sum()).isEqualTo(concurrentInserts ? 0 : (long) writers * ops);
    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < ops; i++) {
        assertThat(engine.get(0, String.format("k-%d-%05d", w, i).getBytes(), -1)).isNotNull();
      }
    }
  }

  /**
   * Concurrent puts and grouped merges at once, with switches: a merge group waits for the
   * concurrent inserts in flight, so every operand lands exactly once, in its writer's order.
   */
  @Spec({"DB-CONC-1", "DB-WRITE-1"})
  @org.junit.jupiter.api.Test
  void mergesGroupedAmongConcurrentPuts_everyOperandOnceInOrder() throws Exception {
    DbEngine engine = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(true),
        new ColumnFamilyConfig().writeBufferSize(64 << 10)
            .mergeOperator(StringAppendMergeOperator.withChar(',')));
    int writers = 4;
    int ops = 300;
    CyclicBarrier start = new CyclicBarrier(writers);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    joinAll(writers(writers, start, failures, writer -> {
      byte[] mk = ("m-" + writer).getBytes();
      for (int i = 0; i < ops; i++) {
        WriteBatchRep b = new WriteBatchRep();
        byte[] pk = ("p-" + writer + "-" + i).getBytes();
        byte[] v = Integer.toString(i).getBytes();
        if (i % 3 == 0) {
          b.merge(0, mk, 0, mk.length, v, 0, v.length);
        } else {
          b.put(0, pk, 0, pk.length, v, 0, v.length);
        }
        engine.write(false, b);
      }
    }));
    assertThat(failures).isEmpty();
    assertThat(engine.latestSequenceNumber()).isEqualTo((long) writers * ops);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < ops; i += 3) {
      expected.append(expected.length() == 0 ? "" : ",").append(i);
    }
    for (int w = 0; w < writers; w++) {
      assertThat(new String(engine.get(0, ("m-" + w).getBytes(), -1))).isEqualTo(expected.toString());
      for (int i = 0; i < ops; i++) {
        byte[] v = engine.get(0, ("p-" + w + "-" + i).getBytes(), -1);
        assertThat(v == null ? null : new String(v)).isEqualTo(i % 3 == 0 ? null : Integer.toString(i));
      }
    }
    // Puts went the concurrent way, merges through the write groups.
    assertThat(engine.concurrentWrites.sum()).isEqualTo((long) writers * (ops - (ops + 2) / 3));
  }

  /**
   * A concurrent write that fails (an inverted range deletion) poisons the engine: it publishes
   * nothing, every later write fails with its status, and nothing hangs.
   */
  @Spec({"DB-CONC-1", "DB-STICKY-1", "DB-RANGE-1"})
  @org.junit.jupiter.api.Test
  void failedConcurrentWrite_poisonsEveryLaterWrite_andPublishesNothing() throws Exception {
    DbEngine engine = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(true), new ColumnFamilyConfig());
    int writers = 4;
    CyclicBarrier start = new CyclicBarrier(writers + 1);
    ConcurrentLinkedQueue<Throwable> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> threads = writers(writers, start, outcomes, writer -> {
      for (int i = 0; ; i++) { // until the poison stops this writer
        WriteBatchRep b = new WriteBatchRep();
        byte[] k = ("k-" + writer + "-" + i).getBytes();
        b.put(0, k, 0, k.length, k, 0, k.length);
        engine.write(false, b);
      }
    });
    start.await(60, TimeUnit.SECONDS);
    WriteBatchRep bad = new WriteBatchRep();
    bad.deleteRange(0, "z".getBytes(), 0, 1, "a".getBytes(), 0, 1);
    DbStatusException failure =
        org.junit.jupiter.api.Assertions.assertThrows(DbStatusException.class, () -> engine.write(false, bad));
    assertThat(failure.getMessage()).contains(MemTableInserter.INVERTED_RANGE_MESSAGE);
    joinAll(threads);
    assertThat(outcomes).hasSize(writers);
    for (Throwable o : outcomes) {
      assertThat(o).isInstanceOf(DbStatusException.class);
      assertThat(o).hasMessageThat().isEqualTo(failure.getMessage());
    }
    // Published writes are exactly the puts below the failed one's sequence, and all visible.
    long published = engine.latestSequenceNumber();
    long visible = 0;
    for (int w = 0; w < writers; w++) {
      for (int i = 0; engine.get(0, ("k-" + w + "-" + i).getBytes(), -1) != null; i++) {
        visible++;
      }
    }
    assertThat(visible).isEqualTo(published);
  }

  /**
   * A lone writer's single-record puts to a vector take the concurrent way, and leave exactly the
   * memory figures of serial inserts after every put, through memtable switches: RocksDB inserts a
   * lone writer serially. (A skip list's figures depend on its random node heights, so two skip
   * lists given the same puts differ anyway, in RocksDB too, M54.)
   */
  @Spec("DB-CONC-1")
  @org.junit.jupiter.api.Test
  void loneWriter_concurrentWay_leavesTheMemoryFiguresOfSerialInserts() {
    DbEngine concurrent = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(true),
        family("vector").writeBufferSize(64 << 10));
    DbEngine serial = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(false),
        family("vector").writeBufferSize(64 << 10));
    long switches = 0;
    long lastActive = 0;
    for (int i = 0; i < 3000; i++) {
      // Lengths vary, so that where an entry lands in the arena depends on every earlier one.
      byte[] k = ("key-" + (i * 7919 % 3000) + "-" + "x".repeat(i % 13)).getBytes();
      byte[] v = "v".repeat(i % 97).getBytes();
      for (DbEngine e : List.of(concurrent, serial)) {
        WriteBatchRep b = new WriteBatchRep();
        b.put(0, k, 0, k.length, v, 0, v.length);
        e.write(false, b);
      }
      for (String p : List.of("cur-size-active-mem-table", "cur-size-all-mem-tables",
          "size-all-mem-tables", "num-immutable-mem-table")) {
        assertWithMessage("%s after put %s", p, i)
            .that(concurrent.getProperty(0, "rocksdb." + p))
            .isEqualTo(serial.getProperty(0, "rocksdb." + p));
      }
      long active = Long.parseLong(concurrent.getProperty(0, "rocksdb.cur-size-active-mem-table"));
      switches += active < lastActive ? 1 : 0;
      lastActive = active;
    }
    assertThat(concurrent.concurrentWrites.sum()).isEqualTo(3000);
    assertThat(serial.concurrentWrites.sum()).isEqualTo(0);
    assertThat(switches).isAtLeast(2);
  }

  /**
   * A lone concurrent writer takes the mutex for its first write, which opens the gate; later
   * writes skip the mutex until one fills the memtable, which closes the gate, so that the next
   * write takes the mutex and switches; and anything else that takes the mutex closes it too.
   */
  @Spec("DB-CONC-1")
  @org.junit.jupiter.api.Test
  void concurrentWrites_skipTheMutex_untilAWriteFillsTheMemtable() {
    DbEngine engine = EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(true),
        new ColumnFamilyConfig().writeBufferSize(64 << 10));
    assertThat(engine.concurrentWritesSkipMutex()).isFalse();
    int switches = 0;
    boolean switchScheduled = false;
    for (int i = 0; i < 3000; i++) {
      var active = engine.view(0, -1).memTables().get(0);
      byte[] k = ("key-" + i).getBytes();
      byte[] v = "v".repeat(50).getBytes();
      WriteBatchRep b = new WriteBatchRep();
      b.put(0, k, 0, k.length, v, 0, v.length);
      engine.write(false, b);
      boolean switched = engine.view(0, -1).memTables().get(0) != active;
      assertWithMessage("put %s switched", i).that(switched).isEqualTo(switchScheduled);
      switches += switched ? 1 : 0;
      switchScheduled = engine.view(0, -1).memTables().get(0).flushState() == FlushState.SCHEDULED;
      assertWithMessage("gate after put %s", i)
          .that(engine.concurrentWritesSkipMutex()).isEqualTo(!switchScheduled);
    }
    assertThat(switches).isAtLeast(2);
    assertThat(engine.concurrentWrites.sum()).isEqualTo(3000);
    engine.getProperty(0, "rocksdb.num-entries-active-mem-table"); // takes the mutex
    assertThat(engine.concurrentWritesSkipMutex()).isFalse();
  }

  /**
   * With flushes paused, a lone writer's no-slowdown puts stall at exactly the same put whether
   * they insert concurrently (past the gate while nothing stalls) or serially, and go on alike
   * once flushes resume.
   */
  @Spec({"DB-CONC-1", "DB-STALL-1"})
  @org.junit.jupiter.api.Test
  void concurrentWrites_stallAtTheSamePutAsSerialOnes() {
    List<DbEngine> engines = new ArrayList<>();
    for (boolean concurrent : new boolean[] {true, false}) {
      DbEngine e = EngineOracleTest.engine(
          new DbConfig().allowConcurrentMemtableWrite(concurrent),
          family("vector").writeBufferSize(64 << 10).maxWriteBufferNumber(3));
      e.pauseBackgroundWork();
      engines.add(e);
    }
    List<String> outcomes = new ArrayList<>();
    for (DbEngine e : engines) {
      StringBuilder outcome = new StringBuilder();
      for (int i = 0; i < 6000; i++) {
        if (i == 4000) {
          e.continueBackgroundWork();
        }
        byte[] k = ("key-" + i).getBytes();
        byte[] v = "v".repeat(i % 97).getBytes();
        WriteBatchRep b = new WriteBatchRep();
        b.put(0, k, 0, k.length, v, 0, v.length);
        try {
          e.write(true, b);
        } catch (DbStatusException x) {
          assertThat(x.getMessage()).isEqualTo(DbEngine.WRITE_STALL_MESSAGE);
          outcome.append(i).append(' ');
        }
      }
      outcome.append("| ").append(e.latestSequenceNumber());
      outcomes.add(outcome.toString());
    }
    assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
    assertThat(outcomes.get(0)).matches("\\d+ .*"); // stalled at least once
    assertThat(engines.get(0).concurrentWrites.sum()).isGreaterThan(0L);
  }

  private static ColumnFamilyConfig family(String rep) {
    return switch (rep) {
      case "vector" -> new ColumnFamilyConfig().repFactory(VectorRep.factory(0));
      case "hashskiplist" -> new ColumnFamilyConfig()
          .repFactory(HashSkipListRep.factory(1000, 4, 4))
          .prefixExtractor(PrefixExtractor.fixed(3));
      default -> new ColumnFamilyConfig();
    };
  }

  /** One writer thread's work; {@code writer} numbers the threads from 0. */
  private interface WriterWork {
    void run(int writer) throws Exception;
  }

  /**
   * Starts {@code n} threads that wait at {@code start}, then do {@code work}; whatever a thread
   * throws goes to {@code failures}.
   */
  private static List<Thread> writers(
      int n, CyclicBarrier start, Queue<Throwable> failures, WriterWork work) {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int writer = t;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          work.run(writer);
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    return threads;
  }

  /**
   * Releases the writers waiting at {@code start} and, until they are done, runs {@code check} on
   * a reader thread over and over; a check that finds a problem records it and returns false.
   */
  private static void readWhileWriting(
      List<Thread> writers, CyclicBarrier start, BooleanSupplier check) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    Thread reader = new Thread(() -> {
      while (!stop.get() && check.getAsBoolean()) {
        // check does the work
      }
    });
    reader.start();
    start.await(60, TimeUnit.SECONDS);
    joinAll(writers);
    stop.set(true);
    reader.join(TimeUnit.SECONDS.toMillis(60));
  }

  private static void joinAll(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(120));
      assertWithMessage("writer thread did not finish in time").that(t.isAlive()).isFalse();
    }
  }

  private static boolean eq(byte[] x, byte[] y) {
    return x == null ? y == null : y != null && java.util.Arrays.equals(x, y);
  }
}
