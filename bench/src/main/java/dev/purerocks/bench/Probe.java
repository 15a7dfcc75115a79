package dev.purerocks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Per-iteration side measurements that JMH does not take, appended by each fork to the file named
 * by {@code -Dbench.probe=FILE} as one line per measured or warm-up iteration:
 * {@code benchmark|k=v,k=v|WARMUP or MEASUREMENT|load1|threadCpuNs|processCpuNs|ops}.
 *
 * <p>Why: the machine is shared, and a wall-clock figure is only trustworthy when the benchmark
 * thread's CPU time agrees with it (baseline.md, "Noise"). The load average says how contended a
 * sample was; process CPU includes GC and the other worker threads (the concurrent benchmarks).
 * Call {@link #start} last in the iteration setup and {@link #stop} first in the teardown, on the
 * benchmark thread.
 *
 * <p>The static checks run outside the timed code too: a benchmark whose store switched
 * memtables, lost a write or answered a read wrongly would measure something else, so it fails
 * instead.
 */
final class Probe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long threadCpu;
  private long processCpu;

  void start() {
    threadCpu = THREADS.getCurrentThreadCpuTime();
    processCpu = OS.getProcessCpuTime();
  }

  void stop(BenchmarkParams params, IterationParams iteration, long ops) {
    long thread = THREADS.getCurrentThreadCpuTime() - threadCpu;
    long process = OS.getProcessCpuTime() - processCpu;
    String file = System.getProperty("bench.probe");
    if (file == null) {
      return;
    }
    StringJoiner p = new StringJoiner(",");
    for (String key : new TreeSet<>(params.getParamsKeys())) {
      p.add(key + "=" + params.getParam(key));
    }
    String line = String.join("|", params.getBenchmark(), p.toString(),
        iteration.getType().toString(),
        String.valueOf(OS.getSystemLoadAverage()), String.valueOf(thread),
        String.valueOf(process), String.valueOf(ops)) + "\n";
    try {
      Files.write(Path.of(file), line.getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- sanity checks ---------------------------------------------------------------------------

  /** Requires: {@code db} was filled with {@code entries} distinct keys by puts. */
  static void filledOneMemTable(Db db, String impl, long entries) {
    if (Db.MAP.equals(impl)) {
      return;
    }
    expect(db, "rocksdb.num-immutable-mem-table", 0);
    expect(db, "rocksdb.num-entries-active-mem-table", entries);
  }

  static void expect(Db db, String property, long expected) {
    long actual = Long.parseLong(db.property(property));
    if (actual != expected) {
      throw new IllegalStateException(property + " = " + actual + ", expected " + expected);
    }
  }

  static void expectCount(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " = " + actual + ", expected " + expected);
    }
  }
}
