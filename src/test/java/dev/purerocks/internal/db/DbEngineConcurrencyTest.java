package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many writers at once, with and without parallel memtable inserts, small buffers so memtables
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
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < WRITERS; t++) {
      int writer = t;
      threads.add(new Thread(() -> {
        try {
          start.await();
          for (int i = 0; i < BATCHES; i++) {
            WriteBatchRep b = new WriteBatchRep();
            byte[] v = String.format("%06d", i).getBytes();
            for (char c : new char[] {'a', 'b', 'c'}) {
              byte[] k = (c + "-" + writer).getBytes();
              b.put(0, k, 0, k.length, v, 0, v.length);
            }
            engine.write(false, b);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    Thread reader = new Thread(() -> {
      while (!stop.get()) {
        MemTableView view = engine.view(0, -1);
        for (int w = 0; w < WRITERS; w++) {
          byte[] a = engine.get(view, ("a-" + w).getBytes());
          byte[] b = engine.get(view, ("b-" + w).getBytes());
          byte[] c = engine.get(view, ("c-" + w).getBytes());
          if (!(eq(a, b) && eq(b, c))) {
            failures.add(new AssertionError("torn batch of writer " + w + " at "
                + view.readSequence()));
            return;
          }
        }
      }
    });
    reader.start();
    threads.forEach(Thread::start);
    start.await(60, TimeUnit.SECONDS);
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(120));
      assertWithMessage("writer thread did not finish in time").that(t.isAlive()).isFalse();
    }
    stop.set(true);
    reader.join(TimeUnit.SECONDS.toMillis(60));
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
    System.out.printf("concurrentInserts=%s: %d groups for %d batches, %d inserted in parallel%n",
        concurrentInserts, engine.groups.get(), WRITERS * BATCHES, engine.parallelGroups.get());
    if (!concurrentInserts) {
      assertThat(engine.parallelGroups.get()).isEqualTo(0);
    }
  }

  private static boolean eq(byte[] x, byte[] y) {
    return x == null ? y == null : y != null && java.util.Arrays.equals(x, y);
  }
}
