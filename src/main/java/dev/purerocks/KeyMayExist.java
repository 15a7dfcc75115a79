package dev.purerocks;

import java.util.Objects;

/**
 * The answer of the ByteBuffer form of {@code RocksDB.keyMayExist}: whether the key may exist,
 * and, when its value was found, the value's full length. Mirrors {@code org.rocksdb.KeyMayExist}.
 */
public class KeyMayExist {
  /** Whether the key may exist, and whether its value was retrieved. */
  public final KeyMayExistEnum exists;

  /** The full length of the value when {@link #exists} is {@code kExistsWithValue}, else 0. */
  public final int valueLength;

  /**
   * Creates an answer.
   *
   * @param exists whether the key may exist
   * @param valueLength the value's full length, when retrieved
   */
  public KeyMayExist(final KeyMayExistEnum exists, final int valueLength) {
    this.exists = exists;
    this.valueLength = valueLength;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KeyMayExist)) {
      return false;
    }
    final KeyMayExist that = (KeyMayExist) o;
    return valueLength == that.valueLength && exists == that.exists;
  }

  @Override
  public int hashCode() {
    return Objects.hash(exists, valueLength);
  }

  /** The three possible answers. */
  public enum KeyMayExistEnum {
    /** The key certainly does not exist. */
    kNotExist,
    /** The key may exist; its value was not retrieved. */
    kExistsWithoutValue,
    /** The key exists and its value was retrieved. */
    kExistsWithValue
  }
}
