package dev.purerocks.testing;

import java.util.SplittableRandom;

/**
 * Minimal stand-in for the master-seed utility (the real one is being written on another branch
 * and replaces this file at merge): one master seed per JVM, from {@code -Dtests.seed=HEX} or
 * derived from the clock and printed, and one independent stream per test id.
 */
public final class TestSeed {
  private static final long MASTER = initMaster();

  private TestSeed() {}

  /** The master seed of this run. */
  public static long master() {
    return MASTER;
  }

  /** A random stream for one test, determined by the master seed and {@code testId}. */
  public static SplittableRandom random(String testId) {
    return new SplittableRandom(MASTER ^ mix(testId.hashCode()));
  }

  private static long initMaster() {
    String prop = System.getProperty("tests.seed", "").trim();
    if (!prop.isEmpty()) {
      return Long.parseUnsignedLong(prop, 16);
    }
    long seed = mix(System.nanoTime() ^ System.identityHashCode(TestSeed.class));
    System.out.println("TestSeed: -Dtests.seed=" + Long.toHexString(seed));
    return seed;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
