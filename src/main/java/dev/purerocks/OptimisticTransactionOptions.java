package dev.purerocks;

/** Mirrors RocksJava's {@code OptimisticTransactionOptions}. */
public class OptimisticTransactionOptions extends RocksObject implements TransactionalOptions<OptimisticTransactionOptions> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public OptimisticTransactionOptions() {
    super(NativeHandles.next());
  }

  private AbstractComparator comparator;
  private boolean setSnapshot = false;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean isSetSnapshot() {
    return setSnapshot;
  }

  /** Stores the value for the engine. */
  public OptimisticTransactionOptions setComparator(final AbstractComparator value) {
    java.util.Objects.requireNonNull(value);
    this.comparator = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public OptimisticTransactionOptions setSetSnapshot(final boolean value) {
    this.setSnapshot = value;
    return this;
  }

}
