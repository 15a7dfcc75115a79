package dev.purerocks.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The one master seed of a test JVM, and the per-test seeds derived from it.
 *
 * <p>All randomness in tests flows from here. The master seed is read once from the system property
 * {@value #PROPERTY} (hexadecimal, up to 16 digits, optional {@code 0x}); when the property is
 * absent, blank or an unresolved Maven placeholder such as {@code ${tests.seed}}, a seed is chosen
 * from {@link System#nanoTime()} and the identity of this class. Either way it is printed once to
 * stderr as {@code tests.seed=XXXXXXXXXXXXXXXX}. A malformed value fails every test that asks for
 * randomness rather than being silently replaced.
 *
 * <p>Each test draws from its own stream, {@link #random(String)}, seeded by mixing the master seed
 * with a stable 64-bit hash of the test's id (by convention {@code
 * fully.qualified.ClassName#method}, see {@link #testId(Class, String)}). A test's stream depends
 * only on the master seed and its id, never on which other tests ran before it, so a single test
 * re-run with the same {@code -Dtests.seed} sees the same values.
 *
 * <p>Thread-safe: the master seed is computed once under class initialization.
 */
public final class TestSeed {
  /** The system property holding the master seed in hexadecimal. */
  public static final String PROPERTY = "tests.seed";

  private static final long MASTER = initMaster();

  private TestSeed() {}

  /** Returns the master seed of this JVM. */
  public static long master() {
    return MASTER;
  }

  /** Returns the master seed as 16 upper-case hex digits, the form {@code -Dtests.seed} takes. */
  public static String masterHex() {
    return toHex(MASTER);
  }

  /** Returns the conventional id of a test method: {@code fully.qualified.ClassName#method}. */
  public static String testId(final Class<?> testClass, final String methodName) {
    return testClass.getName() + '#' + methodName;
  }

  /**
   * Returns the seed of the test {@code testId}: a deterministic function of the master seed and
   * the id.
   */
  public static long seedFor(final String testId) {
    return mix64(MASTER ^ mix64(fnv1a64(testId)));
  }

  /** Returns a fresh random stream for the test {@code testId}, seeded by {@link #seedFor}. */
  public static SplittableRandom random(final String testId) {
    return new SplittableRandom(seedFor(testId));
  }

  /** Returns a fresh random stream for one test method; see {@link #testId(Class, String)}. */
  public static SplittableRandom random(final Class<?> testClass, final String methodName) {
    return random(testId(testClass, methodName));
  }

  /**
   * Parses a master seed as given on the command line. Returns {@code null} when the value means
   * "no seed given": {@code null}, blank, or an unresolved {@code ${...}} placeholder.
   *
   * @throws IllegalArgumentException if the value is neither of those nor 1 to 16 hex digits
   */
  static Long parse(final String value) {
    if (value == null) {
      return null;
    }
    String s = value.trim();
    if (s.isEmpty() || (s.startsWith("${") && s.endsWith("}"))) {
      return null;
    }
    if (s.startsWith("0x") || s.startsWith("0X")) {
      s = s.substring(2);
    }
    if (s.isEmpty() || s.length() > 16 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be 1 to 16 hex digits, got \"" + value + "\"");
    }
    return Long.parseUnsignedLong(s, 16);
  }

  static String toHex(final long seed) {
    return String.format(Locale.ROOT, "%016X", seed);
  }

  private static long initMaster() {
    final Long given = parse(System.getProperty(PROPERTY));
    final long master =
        given != null
            ? given
            : mix64(System.nanoTime() ^ ((long) System.identityHashCode(TestSeed.class) << 32));
    System.err.println(PROPERTY + "=" + toHex(master));
    System.err.flush();
    return master;
  }

  /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike {@link Object#hashCode()}. */
  private static long fnv1a64(final String s) {
    long h = 0xCBF29CE484222325L;
    for (final byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }

  /** The SplitMix64 finalizer: a bijection that spreads every input bit over the output. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
