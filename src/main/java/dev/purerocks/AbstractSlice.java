package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractSlice}. */
public abstract class AbstractSlice<T> extends RocksMutableObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractSlice() {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractSlice(final long value) {
    super();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract void clear();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int compare(final AbstractSlice<?> value) {
    throw Unsupported.unchecked("AbstractSlice.compare");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected static long createNewSliceFromString(final String value) {
    throw Unsupported.unchecked("AbstractSlice.createNewSliceFromString");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public T data() {
    throw Unsupported.unchecked("AbstractSlice.data");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected abstract T data0(final long value);

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean empty() {
    throw Unsupported.unchecked("AbstractSlice.empty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    throw Unsupported.unchecked("AbstractSlice.equals");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    throw Unsupported.unchecked("AbstractSlice.hashCode");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract void removePrefix(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int size() {
    throw Unsupported.unchecked("AbstractSlice.size");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean startsWith(final AbstractSlice<?> value) {
    throw Unsupported.unchecked("AbstractSlice.startsWith");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String toString() {
    throw Unsupported.unchecked("AbstractSlice.toString");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String toString(final boolean value) {
    throw Unsupported.unchecked("AbstractSlice.toString");
  }

}
