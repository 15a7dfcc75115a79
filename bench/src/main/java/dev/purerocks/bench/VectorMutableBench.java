package dev.purerocks.bench;

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
 * A get on a mutable one-million-entry Vector memtable, amortized: one operation is a get of an
 * existing key, and every 10th operation first overwrites another existing key, so the memtable
 * keeps changing between reads. RocksDB copies and sorts the whole vector on every such get
 * (about 0.76 s at 1M entries); the target is microseconds. AverageTime: time per get, the
 * puts included. The teardown checks that the memtable never stopped being mutable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VectorMutableBench {
  @Param({Db.PURE_ROCKS, Db.ROCKS_JAVA})
  public String impl;

  @Param({Db.VECTOR})
  public String rep;

  private Db db;
  private byte[][] gets;
  private byte[][] puts;
  private int next;
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
    gets = Data.shuffledKeys(2);
    puts = Data.shuffledKeys(5);
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  @Setup(Level.Iteration)
  public void start() {
    probe.start();
  }

  @TearDown(Level.Iteration)
  public void check(BenchmarkParams params, IterationParams iteration) {
    probe.stop(params, iteration, 0);
    Probe.expect(db, "rocksdb.num-immutable-mem-table", 0);
  }

  @Benchmark
  public byte[] getOnMutable() {
    int i = next++;
    int k = Math.floorMod(i, Data.N);
    if (i % 10 == 0) {
      db.put(puts[k], Data.otherValue(i));
    }
    byte[] v = db.get(gets[k]);
    if (v == null) {
      throw new IllegalStateException("existing key not found");
    }
    return v;
  }
}
