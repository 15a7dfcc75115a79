package dev.purerocks;

/** Mirrors RocksJava's {@code CassandraCompactionFilter}. */
public class CassandraCompactionFilter extends AbstractCompactionFilter<Slice> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CassandraCompactionFilter(final boolean p0, final int p1) {
    super(NativeHandles.next());
  }

}
