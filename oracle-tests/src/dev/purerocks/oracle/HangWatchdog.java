package dev.purerocks.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Turns a hung operation into a loud failure. RocksDB blocks forever in a few states (a blocking
 * write while writes are stopped, a waited flush while background work is paused: avoid-list item
 * 17), and a native call cannot be interrupted; a campaign that met one would otherwise sit until
 * CI's time limit. When one operation has run for {@code oracle.hangSeconds} (default 120), the
 * watchdog prints the operation, the configuration, the log so far and every thread's stack (as
 * comments: the report is itself a replayable op log), and halts the JVM with status 3: the run
 * fails, with what is needed to replay it and to see which engine hung.
 *
 * <p>Thread-safety: {@link #begin} and {@link #end} are called by the replaying thread; the
 * check runs on one daemon thread and reads the volatile in-flight record.
 */
final class HangWatchdog {
  /** What is running now; null between operations. */
  private record InFlight(long startNanos, Supplier<String> description) {}

  private static final long LIMIT_NANOS =
      TimeUnit.SECONDS.toNanos(Long.getLong("oracle.hangSeconds", 120));

  private volatile InFlight inFlight;

  HangWatchdog() {
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      final Thread t = new Thread(r, "oracle-hang-watchdog");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  /** Marks the start of one operation; {@code description} (rendered only on a hang) replays it. */
  void begin(final Supplier<String> description) {
    inFlight = new InFlight(System.nanoTime(), description);
  }

  void end() {
    inFlight = null;
  }

  private void check() {
    final InFlight f = inFlight;
    if (f != null && System.nanoTime() - f.startNanos() > LIMIT_NANOS) {
      final String report = report(f.description().get());
      // Also to a file: a halted test JVM loses what Surefire had not yet copied from its streams.
      final Path file = Paths.get(System.getProperty("java.io.tmpdir"),
          "oracle-hang-" + ProcessHandle.current().pid() + ".txt");
      try {
        Files.writeString(file, report);
      } catch (IOException | RuntimeException e) {
        // The report still goes to stderr below.
      }
      System.err.printf("%n%s(also in %s)%n", report, file.toAbsolutePath());
      System.err.flush();
      Runtime.getRuntime().halt(3);
    }
  }

  /**
   * The hang report around an op log: every line but the log's is a comment, so the report
   * replays as it is ({@code --replay FILE}).
   */
  static String report(final String log) {
    return String.format("# HANG: one operation has run for over %d s; the log so far:%n%s%s",
        TimeUnit.NANOSECONDS.toSeconds(LIMIT_NANOS), log, threadDump());
  }

  /**
   * Every thread's stack, as comment lines: the replaying thread's frames tell which engine hung
   * (RocksJava's show a native method of {@code org.rocksdb}), which the log alone cannot when
   * the hang does not come back on replay (a race with RocksDB's background threads).
   */
  static String threadDump() {
    final StringBuilder sb = new StringBuilder("# threads at the hang:\n");
    for (final Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      final Thread t = e.getKey();
      sb.append("#   \"").append(t.getName()).append("\" ").append(t.getState()).append('\n');
      for (final StackTraceElement frame : e.getValue()) {
        sb.append("#       at ").append(frame).append('\n');
      }
    }
    return sb.toString();
  }
}
