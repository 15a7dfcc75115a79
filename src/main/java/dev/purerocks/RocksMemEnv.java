package dev.purerocks;

/** Mirrors RocksJava's {@code RocksMemEnv}. */
public class RocksMemEnv extends Env {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RocksMemEnv(final Env value) {
    super();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
