package dev.purerocks.testing;

import java.util.SplittableRandom;

/**
 * Minimal stand-in for the project's master-seed class (the real one is being written in another
 * branch and replaces this file at merge). Reads the master seed from hexadecimal
 * {@code -Dtests.seed}, or derives one from {@link System#nanoTime()} and prints it.
 */
public final class TestSeed {
  private static final long MASTER = initMaster();

  private TestSeed() {}

  /** The master seed of this JVM. */
  public static long master() {
    return MASTER;
  }

  /** A random stream for one test, a function of the master seed and the test's id only. */
  public static SplittableRandom random(String testId) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < testId.length(); i++) {
      h ^= testId.charAt(i);
      h *= 0x100000001B3L;
    }
    return new SplittableRandom(MASTER ^ h);
  }

  private static long initMaster() {
    String s = System.getProperty("tests.seed", "").trim();
    long seed;
    if (s.isEmpty() || s.startsWith("${")) {
      seed = System.nanoTime() * 0x9E3779B97F4A7C15L;
    } else {
      seed = Long.parseUnsignedLong(s.startsWith("0x") ? s.substring(2) : s, 16);
    }
    System.err.println("tests.seed=" + String.format("%016X", seed));
    return seed;
  }
}
