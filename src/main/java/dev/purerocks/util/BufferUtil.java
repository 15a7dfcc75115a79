package dev.purerocks.util;

/** Bounds checks for offset/length arguments. Mirrors {@code org.rocksdb.util.BufferUtil}. */
public class BufferUtil {
  /** Creates an instance (the class has only static members). */
  public BufferUtil() {}

  /**
   * Throws {@link IndexOutOfBoundsException} unless {@code [offset, offset + len)} lies within
   * {@code [0, size)}, with RocksJava's message.
   *
   * @param offset the first index
   * @param len the number of elements
   * @param size the size of the array or buffer
   */
  public static void CheckBounds(final int offset, final int len, final int size) {
    if ((offset | len | (offset + len) | (size - (offset + len))) < 0) {
      throw new IndexOutOfBoundsException(
          String.format("offset(%d), len(%d), size(%d)", offset, len, size));
    }
  }
}
