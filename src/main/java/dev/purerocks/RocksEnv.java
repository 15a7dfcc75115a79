package dev.purerocks;

/** Mirrors RocksJava's {@code RocksEnv}. */
public class RocksEnv extends Env {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  RocksEnv() {
    super();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
