package dev.purerocks;

/** Mirrors RocksJava's {@code MutableOptionKey}. */
public interface MutableOptionKey {
  /** Implemented by the implementing classes. */
  MutableOptionKey.ValueType getValueType();

  /** Implemented by the implementing classes. */
  String name();

  /** Mirrors RocksJava's {@code ValueType}. */
  public enum ValueType {
    DOUBLE,
    LONG,
    INT,
    BOOLEAN,
    INT_ARRAY,
    ENUM,
    STRING;

  }
}
