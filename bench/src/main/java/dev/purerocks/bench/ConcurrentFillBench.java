package dev.purerocks.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Concurrent fill: the {@link Data#N} keys in random order, split into {@code threads} disjoint
 * slices that a fixed pool puts into one fresh store at the same time. The score is wall time for
 * all N puts (the report divides it by N), so 2 threads scale when their score is below 1 thread's.
 *
 * <p>SkipList runs with {@code allow_concurrent_memtable_write=true} (the default); Vector runs with
 * it false, as baseline.md measured it (RocksDB would accept true), and the write path serializes
 * the two writers. The 1-thread case goes through the same pool, so that the
 * hand-off cost is in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConcurrentFillBench {
  @Param({Db.PURE_ROCKS, Db.ROCKS_JAVA, Db.MAP})
  public String impl;

  @Param({Db.SKIPLIST, Db.VECTOR})
  public String rep;

  @Param({"1", "2"})
  public int threads;

  private byte[][] keys;
  private ExecutorService pool;
  private Db db;
  private final Probe probe = new Probe();

  @Setup(Level.Trial)
  public void makeKeys() {
    keys = Data.shuffledKeys(1);
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-writer");
      t.setDaemon(true);
      return t;
    });
  }

  @TearDown(Level.Trial)
  public void stopPool() {
    pool.shutdownNow();
  }

  @Setup(Level.Iteration)
  public void open() {
    db = Db.open(impl, rep);
    probe.start();
  }

  @TearDown(Level.Iteration)
  public void check(BenchmarkParams params, IterationParams iteration) {
    probe.stop(params, iteration, Data.N);
    Probe.filledOneMemTable(db, impl, Data.N);
    db.close();
    db = null;
  }

  @Benchmark
  public void fillrandom() throws InterruptedException, ExecutionException {
    Db d = db;
    List<Future<?>> done = new ArrayList<>();
    int slice = (keys.length + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * slice;
      int to = Math.min(keys.length, from + slice);
      done.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          d.put(keys[i], Data.value(i));
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
  }
}
