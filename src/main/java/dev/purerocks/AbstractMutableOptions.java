package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractMutableOptions}. */
public class AbstractMutableOptions {
  /** Same value as RocksJava's. */
  protected static final String KEY_VALUE_PAIR_SEPARATOR = ";";

  /** Same value as RocksJava's. */
  protected static final char KEY_VALUE_SEPARATOR = (char) 61;

  /** Same value as RocksJava's. */
  protected final String[] keys = null;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractMutableOptions(final String[] p0, final String[] p1) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String toString() {
    return super.toString();
  }

  /** Mirrors RocksJava's {@code AbstractMutableOptionsBuilder}. */
  public abstract static class AbstractMutableOptionsBuilder<T extends AbstractMutableOptions, U extends AbstractMutableOptions.AbstractMutableOptionsBuilder<T, U, K>, K extends MutableOptionKey> {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public AbstractMutableOptionsBuilder() {
      
    }

    /** Implemented by subclasses. */
    protected abstract java.util.Map<String, K> allKeys();

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public T build() {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.build");
    }

    /** Implemented by subclasses. */
    protected abstract T build(final String[] p0, final String[] p1);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U fromParsed(final java.util.List<OptionString.Entry> p0, final boolean p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.fromParsed");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected boolean getBoolean(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getBoolean");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected double getDouble(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getDouble");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected <N extends Enum<N>> N getEnum(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getEnum");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected int getInt(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getInt");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected int[] getIntArray(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getIntArray");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected long getLong(final K value) throws java.util.NoSuchElementException, NumberFormatException {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getLong");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected String getString(final K value) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getString");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public java.util.List<OptionString.Entry> getUnknown() {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.getUnknown");
    }

    /** Implemented by subclasses. */
    protected abstract U self();

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setBoolean(final K p0, final boolean p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setBoolean");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setDouble(final K p0, final double p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setDouble");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected <N extends Enum<N>> U setEnum(final K p0, final N p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setEnum");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setInt(final K p0, final int p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setInt");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setIntArray(final K p0, final int[] p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setIntArray");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setLong(final K p0, final long p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setLong");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected U setString(final K p0, final String p1) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.setString");
    }

  }
}
