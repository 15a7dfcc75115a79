package dev.purerocks.bench;

import java.util.Arrays;
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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Reads on a store filled once per fork with the {@link Data#N} keys in random order, on one
 * thread: readrandom gets every key once in another random order, readmissing gets N absent keys
 * (under existing prefixes), seekrandom does {@link Data#SEEKS} seeks to existing keys, each
 * reading key and value of the target and 10 next entries (within the prefix for the hash
 * representations, so about 10.45 entries on average there).
 *
 * <p>Vector: RocksDB's mutable Vector memtable copies and sorts the whole vector on every read
 * (about 0.76 s at 1M entries), so both engines read an immutable Vector memtable here, made
 * without a flush by {@link Db#freezeMemTable}; the first, sorting get happens in the setup and
 * is printed. Reads on a mutable Vector are {@link VectorMutableBench}'s subject. The JMH score is
 * the time of one invocation; the report divides it by N (by {@link Data#SEEKS} for seekrandom).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadBench {
  @Param({Db.PURE_ROCKS, Db.ROCKS_JAVA, Db.MAP})
  public String impl;

  @Param({Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST, Db.VECTOR})
  public String rep;

  private Db db;
  private byte[][] keys;
  private Db.Cursor cursor;
  private long found;
  private long ops;
  private final Probe probe = new Probe();

  @Setup(Level.Trial)
  public void fill(BenchmarkParams params) {
    db = Db.open(impl, rep);
    byte[][] fill = Data.shuffledKeys(1);
    for (int i = 0; i < fill.length; i++) {
      db.put(fill[i], Data.value(i));
    }
    Probe.filledOneMemTable(db, impl, Data.N);
    fill = null;
    if (Db.VECTOR.equals(rep)) {
      db.freezeMemTable();
      Probe.expect(db, "rocksdb.num-immutable-mem-table", 1);
      long start = System.nanoTime();
      db.get(Data.key(0, 0));
      System.out.printf("%s vector: first get on the immutable memtable: %.3f ms%n", impl,
          (System.nanoTime() - start) / 1e6);
    }
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith("readmissing")) {
      keys = Data.missingKeys(3);
    } else if (benchmark.endsWith("seekrandom")) {
      keys = Data.keys(Arrays.copyOf(Data.permutation(Data.N, 4), Data.SEEKS), 0);
    } else {
      keys = Data.shuffledKeys(2);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  @Setup(Level.Iteration)
  public void start() {
    cursor = db.cursor();
    found = 0;
    ops = 0;
    probe.start();
  }

  @TearDown(Level.Iteration)
  public void check(BenchmarkParams params, IterationParams iteration) {
    probe.stop(params, iteration, ops);
    cursor.close();
    String benchmark = params.getBenchmark();
    if (benchmark.endsWith("readrandom")) {
      Probe.expectCount("keys found by readrandom", found, Data.N);
    } else if (benchmark.endsWith("readmissing")) {
      Probe.expectCount("keys found by readmissing", found, 0);
    } else {
      // Every seek targets an existing key, so it reads at least that one.
      Probe.expectCount("seeks that found their target", found, Data.SEEKS);
    }
  }

  @Benchmark
  public void readrandom(Blackhole bh) {
    get(bh);
  }

  @Benchmark
  public void readmissing(Blackhole bh) {
    get(bh);
  }

  private void get(Blackhole bh) {
    Db d = db;
    byte[][] k = keys;
    long n = 0;
    for (byte[] key : k) {
      byte[] v = d.get(key);
      if (v != null) {
        n++;
      }
      bh.consume(v);
    }
    found += n;
    ops += k.length;
  }

  @Benchmark
  public void seekrandom(Blackhole bh) {
    Db.Cursor c = cursor;
    byte[][] k = keys;
    long n = 0;
    for (byte[] key : k) {
      long sum = c.seekAndRead(key, Data.SEEK_ENTRIES);
      if (sum >>> 32 != 0) {
        n++;
      }
      bh.consume(sum);
    }
    found += n;
    ops += k.length;
  }
}
