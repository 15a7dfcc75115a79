package dev.purerocks.testing;

import java.util.SplittableRandom;

/**
 * Minimal stand-in for the project's master test seed (the real class is being written in
 * another branch and replaces this one at merge). Every randomized test draws from
 * {@link #random(String)}; rerun with {@code -Dtests.seed=HEX} to reproduce.
 */
public final class TestSeed {
  private static final long MASTER = initMaster();

  private TestSeed() {}

  private static long initMaster() {
    String s = System.getProperty("tests.seed", "").trim();
    long seed;
    if (s.isEmpty()) {
      seed = new SplittableRandom(System.nanoTime()).nextLong();
    } else {
      seed = Long.parseUnsignedLong(s.startsWith("0x") ? s.substring(2) : s, 16);
    }
    System.out.println("tests.seed=" + Long.toHexString(seed) + " (reproduce with -Dtests.seed=" + Long.toHexString(seed) + ")");
    return seed;
  }

  /** The master seed of this run. */
  public static long master() {
    return MASTER;
  }

  /** A generator for one test, derived from the master seed and the test's id. */
  public static SplittableRandom random(String testId) {
    return new SplittableRandom(MASTER ^ (testId.hashCode() * 0x9E3779B97F4A7C15L));
  }
}
