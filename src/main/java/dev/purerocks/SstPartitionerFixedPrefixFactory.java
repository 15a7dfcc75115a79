package dev.purerocks;

/** Mirrors RocksJava's {@code SstPartitionerFixedPrefixFactory}. */
public class SstPartitionerFixedPrefixFactory extends SstPartitionerFactory {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstPartitionerFixedPrefixFactory(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
