package dev.purerocks;

/** Mirrors RocksJava's {@code SstPartitionerFactory}. */
public abstract class SstPartitionerFactory extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected SstPartitionerFactory(final long value) {
    super(NativeHandles.next());
  }

}
