package dev.purerocks;

/**
 * A mutable box through which a method returns a second result, e.g. the value found by {@code
 * RocksDB.keyMayExist}. Mirrors {@code org.rocksdb.Holder}.
 *
 * @param <T> the type of the held value
 */
public class Holder<T> {
  private T value;

  /** Creates an empty holder. */
  public Holder() {}

  /**
   * Creates a holder containing {@code value}.
   *
   * @param value the initial value
   */
  public Holder(final T value) {
    this.value = value;
  }

  /** Returns the held value, or null. */
  public T getValue() {
    return value;
  }

  /**
   * Replaces the held value.
   *
   * @param value the new value
   */
  public void setValue(final T value) {
    this.value = value;
  }
}
