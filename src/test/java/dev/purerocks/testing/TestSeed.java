package dev.purerocks.testing;

import java.util.SplittableRandom;

/**
 * Minimal stand-in for the project's master-seed class (the real one replaces it at merge): one
 * master seed per JVM, from {@code -Dtests.seed=HEX} or derived from the clock and printed, and a
 * per-test stream derived from it and the test id.
 */
public final class TestSeed {
  private static final long MASTER = pickMaster();

  private TestSeed() {}

  private static long pickMaster() {
    String s = System.getProperty("tests.seed", "").trim();
    if (!s.isEmpty()) {
      return Long.parseUnsignedLong(s, 16);
    }
    long seed = System.nanoTime() * 0x9E3779B97F4A7C15L;
    System.out.println(
        "tests.seed="
            + Long.toHexString(seed)
            + " (reproduce with -Dtests.seed="
            + Long.toHexString(seed)
            + ")");
    return seed;
  }

  /** The master seed of this run. */
  public static long master() {
    return MASTER;
  }

  /** A random stream for one test, reproducible from the master seed and the test id. */
  public static SplittableRandom random(String testId) {
    long h = MASTER;
    for (int i = 0; i < testId.length(); i++) {
      h = (h ^ testId.charAt(i)) * 0x100000001B3L;
    }
    return new SplittableRandom(h);
  }
}
