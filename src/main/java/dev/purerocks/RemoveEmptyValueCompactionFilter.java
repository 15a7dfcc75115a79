package dev.purerocks;

/** Mirrors RocksJava's {@code RemoveEmptyValueCompactionFilter}. */
public class RemoveEmptyValueCompactionFilter extends AbstractCompactionFilter<Slice> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RemoveEmptyValueCompactionFilter() {
    super(NativeHandles.next());
  }

}
