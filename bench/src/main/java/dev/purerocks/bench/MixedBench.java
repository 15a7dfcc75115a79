package dev.purerocks.bench;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Mixed reads and writes from 2 threads on a store filled once per fork with the {@link Data#N}
 * keys: each invocation runs N operations in total, N/2 per thread, 9 of every 10 a get of an
 * existing key and the 10th an overwrite of an existing key with another value. The keys come from
 * a per-thread random permutation. The score is wall time for all N operations (the report
 * divides it by N).
 *
 * <p>The memtable stays mutable and grows by N/10 entries per invocation (well inside the write
 * buffer). RocksDB's mutable Vector sorts the whole vector on every get, so RocksJava cannot run
 * this workload on Vector in any useful time; bench/run does not ask it to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MixedBench {
  static final int THREADS = 2;

  @Param({Db.PURE_ROCKS, Db.ROCKS_JAVA, Db.MAP})
  public String impl;

  @Param({Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST, Db.VECTOR})
  public String rep;

  private Db db;
  private final byte[][][] keys = new byte[THREADS][][];
  private ExecutorService pool;
  private long found;
  private final Probe probe = new Probe();

  @Setup(Level.Trial)
  public void fill() {
    db = Db.open(impl, rep);
    byte[][] fill = Data.shuffledKeys(1);
    for (int i = 0; i < fill.length; i++) {
      db.put(fill[i], Data.value(i));
    }
    Probe.filledOneMemTable(db, impl, Data.N);
    fill = null;
    for (int t = 0; t < THREADS; t++) {
      keys[t] = Data.keys(Arrays.copyOf(Data.permutation(Data.N, 10 + t), Data.N / THREADS), 0);
    }
    pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "bench-mixed");
      t.setDaemon(true);
      return t;
    });
  }

  @TearDown(Level.Trial)
  public void close() {
    pool.shutdownNow();
    db.close();
  }

  @Setup(Level.Iteration)
  public void start() {
    found = 0;
    probe.start();
  }

  @TearDown(Level.Iteration)
  public void check(BenchmarkParams params, IterationParams iteration) {
    probe.stop(params, iteration, Data.N);
    Probe.expectCount("keys found by the mixed gets", found, Data.N / 10 * 9);
    if (!Db.MAP.equals(impl)) {
      Probe.expect(db, "rocksdb.num-immutable-mem-table", 0);
    }
  }

  @Benchmark
  public long mixed() throws InterruptedException, ExecutionException {
    Db d = db;
    List<Future<Long>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      byte[][] k = keys[t];
      done.add(pool.submit(() -> {
        long n = 0;
        for (int i = 0; i < k.length; i++) {
          if (i % 10 == 9) {
            d.put(k[i], Data.otherValue(i));
          } else if (d.get(k[i]) != null) {
            n++;
          }
        }
        return n;
      }));
    }
    long n = 0;
    for (Future<Long> f : done) {
      n += f.get();
    }
    found += n;
    return n;
  }
}
