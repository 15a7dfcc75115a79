package dev.purerocks;

import java.nio.charset.StandardCharsets;

/**
 * A sequence of bytes used as a key bound (e.g. {@code ReadOptions.setIterateUpperBound}).
 * Mirrors {@code org.rocksdb.AbstractSlice}: {@link Slice} holds a private copy in a byte array,
 * {@link DirectSlice} views a direct buffer. Ordering is unsigned bytewise, as RocksDB's {@code
 * Slice::compare}.
 *
 * <p>Not thread-safe, like RocksJava's slices.
 *
 * @param <T> how {@link #data()} exposes the bytes: {@code byte[]} or {@code ByteBuffer}
 */
public abstract class AbstractSlice<T> extends RocksMutableObject {
  /** Creates a slice without content; the subclass sets a handle. */
  protected AbstractSlice() {
    super();
  }

  /**
   * Creates a slice with a handle.
   *
   * @param nativeHandle the handle
   */
  protected AbstractSlice(final long nativeHandle) {
    super(nativeHandle);
  }

  /** Returns the slice's bytes, as a copy ({@link Slice}) or a view ({@link DirectSlice}). */
  public T data() {
    return data0(getNativeHandle());
  }

  /**
   * Returns the slice's bytes in the subclass's form.
   *
   * @param handle the current handle
   * @return the bytes
   */
  protected abstract T data0(long handle);

  /**
   * Drops the first {@code n} bytes.
   *
   * @param n how many bytes to drop
   */
  public abstract void removePrefix(int n);

  /** Makes the slice empty. */
  public abstract void clear();

  /** Returns the number of bytes in the slice. */
  public int size() {
    return length();
  }

  /** Returns whether the slice has no bytes. */
  public boolean empty() {
    return length() == 0;
  }

  /**
   * Renders the bytes as text, or as upper-case hexadecimal when {@code hex}.
   *
   * @param hex whether to render hexadecimal digits
   * @return the text
   */
  public String toString(final boolean hex) {
    final byte[] b = bytes();
    if (!hex) {
      return new String(b, StandardCharsets.UTF_8);
    }
    final StringBuilder sb = new StringBuilder(b.length * 2);
    for (final byte x : b) {
      sb.append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
          .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
    }
    return sb.toString();
  }

  /** Renders the bytes as text. */
  @Override
  public String toString() {
    return toString(false);
  }

  /**
   * Compares bytewise (unsigned); a proper prefix orders first.
   *
   * @param other the slice to compare with
   * @return negative, zero or positive as this slice orders before, with or after {@code other}
   */
  public int compare(final AbstractSlice<?> other) {
    assert other != null;
    final int n = length();
    final int m = other.length();
    final int common = Math.min(n, m);
    for (int i = 0; i < common; i++) {
      final int d = (byteAt(i) & 0xff) - (other.byteAt(i) & 0xff);
      if (d != 0) {
        return d;
      }
    }
    return Integer.compare(n, m);
  }

  /** Hashes the text form, as RocksJava does. */
  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Equal to any slice with the same bytes. */
  @Override
  public boolean equals(final Object other) {
    if (other instanceof AbstractSlice) {
      return compare((AbstractSlice<?>) other) == 0;
    }
    return false;
  }

  /**
   * Returns whether this slice begins with the bytes of {@code prefix}.
   *
   * @param prefix the candidate prefix
   * @return true if it is a prefix
   */
  public boolean startsWith(final AbstractSlice<?> prefix) {
    if (prefix == null) {
      return false;
    }
    final int m = prefix.length();
    if (m > length()) {
      return false;
    }
    for (int i = 0; i < m; i++) {
      if (byteAt(i) != prefix.byteAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Kept for RocksJava compatibility, where it copies a string into native memory. Here it only
   * returns a fresh handle; the subclasses keep the bytes.
   *
   * @param str the string; must not be null
   * @return a handle
   */
  protected static long createNewSliceFromString(final String str) {
    java.util.Objects.requireNonNull(str, "str");
    return NativeHandles.next();
  }

  /** Nothing native to free. */
  @Override
  protected final void disposeInternal(final long handle) {}

  /** For the engine: the number of bytes. */
  abstract int length();

  /** For the engine: the byte at {@code i}, {@code 0 <= i < length()}. */
  abstract byte byteAt(int i);

  /** For the engine: a copy of the bytes. */
  abstract byte[] bytes();
}
