package dev.purerocks.oracle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The text form of keys and values in op logs and rendered results. A token of letters, digits and
 * {@code _.-,} is itself; {@code tok#N} is {@code tok} padded with {@code '.'} to N bytes (long
 * values stay readable); anything else is {@code x:} followed by hex ({@code x:} alone is empty).
 */
final class Codec {
  private Codec() {}

  static String token(final byte[] data) {
    if (data == null) {
      return "null";
    }
    boolean plain = data.length > 0;
    for (final byte b : data) {
      plain &= (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || b == '_' || b == '.' || b == '-' || b == ',';
    }
    if (plain) {
      final String s = new String(data, StandardCharsets.ISO_8859_1);
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == '.') {
        end--;
      }
      if (s.length() - end > 8 && end > 0) {
        return s.substring(0, end) + "#" + s.length();
      }
      return s;
    }
    final StringBuilder sb = new StringBuilder("x:");
    for (final byte b : data) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  static byte[] bytes(final String token) {
    if (token.startsWith("x:")) {
      final String hex = token.substring(2);
      final byte[] out = new byte[hex.length() / 2];
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
      }
      return out;
    }
    final int hash = token.lastIndexOf('#');
    if (hash > 0) {
      final StringBuilder sb = new StringBuilder(token.substring(0, hash));
      final int len = Integer.parseInt(token.substring(hash + 1));
      while (sb.length() < len) {
        sb.append('.');
      }
      return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
    return token.getBytes(StandardCharsets.ISO_8859_1);
  }

  // ByteBuffer and byte[] helpers of the adapters' buffer forms (RocksJavaEngine#getForm).

  /** Bytes {@code '-'} of the given length: a buffer whose untouched part shows. */
  static byte[] filler(final int length) {
    final byte[] b = new byte[length];
    java.util.Arrays.fill(b, (byte) '-');
    return b;
  }

  static ByteBuffer buffer(final boolean direct, final int capacity) {
    final ByteBuffer b =
        direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
    b.put(filler(capacity)).clear();
    return b;
  }

  static String contents(final ByteBuffer b) {
    final byte[] all = new byte[b.capacity()];
    b.duplicate().clear().get(all);
    return "pos=" + b.position() + " lim=" + b.limit() + " buf=" + Codec.token(all);
  }
}
