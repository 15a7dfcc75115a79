package dev.purerocks;

/** Mirrors RocksJava's {@code MutableOptionValue}. */
public abstract class MutableOptionValue<T> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public MutableOptionValue() {
    
  }

  /** Mirrors RocksJava's {@code MutableOptionEnumValue}. */
  static class MutableOptionEnumValue<T extends Enum<T>> extends MutableOptionValue.MutableOptionValueObject<T> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionEnumValue() {
      super(null);
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionIntArrayValue}. */
  static class MutableOptionIntArrayValue extends MutableOptionValue.MutableOptionValueObject<int[]> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionIntArrayValue() {
      super(null);
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionBooleanValue}. */
  static class MutableOptionBooleanValue extends MutableOptionValue<Boolean> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionBooleanValue() {
      super();
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionIntValue}. */
  static class MutableOptionIntValue extends MutableOptionValue<Integer> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionIntValue() {
      super();
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionLongValue}. */
  static class MutableOptionLongValue extends MutableOptionValue<Long> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionLongValue() {
      super();
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionDoubleValue}. */
  static class MutableOptionDoubleValue extends MutableOptionValue<Double> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionDoubleValue() {
      super();
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionStringValue}. */
  static class MutableOptionStringValue extends MutableOptionValue.MutableOptionValueObject<String> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableOptionStringValue() {
      super(null);
    }

  }
  /** Mirrors RocksJava's {@code MutableOptionValueObject}. */
  private abstract static class MutableOptionValueObject<T> extends MutableOptionValue<T> {
    /** Same value as RocksJava's. */
    protected final T value = null;

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    protected MutableOptionValueObject(final T value) {
      super();
    }

  }
}
