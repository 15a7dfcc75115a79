package dev.purerocks.testing;

import org.rocksdb.RocksDB;

/**
 * Access to RocksJava 11.8.1, the reference implementation that compatibility and differential
 * tests compare PureRocks against.
 *
 * <p>{@link #load()} loads RocksJava's bundled native library and checks its version. When that
 * fails it throws {@link AssertionError} with the cause: a test that needs the oracle must fail
 * loudly, never skip and never fall back to comparing PureRocks with itself. Idempotent and
 * thread-safe.
 */
public final class RocksJavaOracle {
  /** The RocksDB version every reference fact in this project was measured with. */
  public static final String EXPECTED_VERSION = "11.8.1";

  private static volatile boolean loaded;

  private RocksJavaOracle() {}

  /**
   * Loads RocksJava's native library, once per JVM.
   *
   * @throws AssertionError if the library cannot be loaded, or reports a version other than {@value
   *     #EXPECTED_VERSION}
   */
  public static void load() {
    if (loaded) {
      return;
    }
    synchronized (RocksJavaOracle.class) {
      if (loaded) {
        return;
      }
      final String version;
      try {
        RocksDB.loadLibrary();
        version = RocksDB.rocksdbVersion().toString();
      } catch (RuntimeException | LinkageError e) {
        throw new AssertionError(
            "RocksJava's native library failed to load (java.io.tmpdir="
                + System.getProperty("java.io.tmpdir")
                + "); oracle tests require it and never skip",
            e);
      }
      if (!EXPECTED_VERSION.equals(version)) {
        throw new AssertionError(
            "RocksJava oracle is RocksDB " + version + ", expected " + EXPECTED_VERSION);
      }
      loaded = true;
    }
  }
}
