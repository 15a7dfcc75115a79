package dev.purerocks.testing;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes of Java heap the current thread allocates, for tests that pin "no Java
 * object per entry" on an insert path. Uses HotSpot's {@code com.sun.management.ThreadMXBean},
 * which every JDK this project supports provides; a JVM without it fails the test loudly.
 *
 * <p>These are counts, not timings: deterministic up to JIT warm-up, which tests absorb by
 * measuring a steady-state run after a warm-up run.
 */
public final class Allocations {
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private Allocations() {}

  /** Bytes this thread has allocated since it started. */
  public static long currentThreadAllocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static com.sun.management.ThreadMXBean threads() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean)) {
      throw new AssertionError("this JVM cannot count allocated bytes per thread");
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }
}
