package dev.purerocks;

/** Mirrors RocksJava's {@code MutableOptionKey}. */
public interface MutableOptionKey {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  MutableOptionKey.ValueType getValueType();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
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
