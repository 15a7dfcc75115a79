package dev.purerocks;

/** Mirrors RocksJava's {@code TimedEnv}. */
public class TimedEnv extends Env {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TimedEnv(final Env value) {
    super();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
