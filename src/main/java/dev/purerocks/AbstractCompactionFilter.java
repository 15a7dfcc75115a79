package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractCompactionFilter}. */
public abstract class AbstractCompactionFilter<T extends AbstractSlice<?>> extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractCompactionFilter(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Mirrors RocksJava's {@code Context}. */
  public static class Context {
    private final boolean fullCompaction;
    private final boolean manualCompaction;

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Context(final boolean p0, final boolean p1) {
      this.fullCompaction = p0;
      this.manualCompaction = p1;
    }

    /** Behaves as RocksJava's member of the same name. */
    public boolean isFullCompaction() {
      return fullCompaction;
    }

    /** Behaves as RocksJava's member of the same name. */
    public boolean isManualCompaction() {
      return manualCompaction;
    }

  }
}
