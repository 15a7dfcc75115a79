package dev.purerocks;

/** Mirrors RocksJava's {@code Holder}. */
public class Holder<T> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Holder() {
    
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Holder(final T value) {
    
  }

  private T value = null;

  /** Returns the stored value (RocksJava's default until set). */
  public T getValue() {
    return value;
  }

  /** Stores the value; see the matching getter. */
  public void setValue(final T value) {
    this.value = value;
  }

}
