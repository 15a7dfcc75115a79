package dev.purerocks.util;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Byte helpers. Mirrors {@code org.rocksdb.util.ByteUtil}. */
public class ByteUtil {
  /** Creates an instance (the class has only static members). */
  public ByteUtil() {}

  /**
   * Returns the UTF-8 encoding of {@code str}.
   *
   * @param str the string
   * @return its bytes
   */
  public static byte[] bytes(final String str) {
    return str.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares the first {@code count} bytes of {@code x} and {@code y} as unsigned values, reading
   * from index 0 (not the buffers' positions), as RocksJava's does.
   *
   * @param x the first buffer
   * @param y the second buffer
   * @param count how many bytes to compare
   * @return the difference of the first differing bytes, or 0
   */
  public static int memcmp(final ByteBuffer x, final ByteBuffer y, final int count) {
    for (int i = 0; i < count; i++) {
      final int d = (x.get(i) & 0xff) - (y.get(i) & 0xff);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }
}
