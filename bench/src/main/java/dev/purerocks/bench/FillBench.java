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
 * fillrandom and fillseq: one invocation puts all {@link Data#N} keys into a fresh store, in a
 * random order or in ascending order, on one thread. The JMH score is the time of one invocation;
 * the report divides it by N.
 *
 * <p>SingleShotTime, because a fill is not repeatable on the same store: each iteration opens a
 * fresh one (not timed) and the teardown checks that the fill stayed in one active memtable with
 * all N entries, so that a switch or a lost write can never pass for speed. GC during the fill is
 * part of the Java numbers, as it would be for an application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FillBench {
  @Param({Db.PURE_ROCKS, Db.ROCKS_JAVA, Db.MAP})
  public String impl;

  @Param({Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST, Db.VECTOR})
  public String rep;

  private byte[][] keys;
  private Db db;
  private final Probe probe = new Probe();

  @Setup(Level.Trial)
  public void makeKeys(BenchmarkParams params) {
    keys = params.getBenchmark().endsWith("fillseq") ? Data.sortedKeys() : Data.shuffledKeys(1);
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
  public void fillrandom() {
    fill();
  }

  @Benchmark
  public void fillseq() {
    fill();
  }

  private void fill() {
    Db d = db;
    byte[][] k = keys;
    for (int i = 0; i < k.length; i++) {
      d.put(k[i], Data.value(i));
    }
  }
}
