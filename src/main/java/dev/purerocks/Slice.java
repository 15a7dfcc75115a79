package dev.purerocks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A slice holding a private copy of its bytes; {@link #data()} returns a fresh copy. Mirrors
 * {@code org.rocksdb.Slice}. Null arguments throw {@link NullPointerException} (RocksJava crashes
 * the JVM).
 */
public class Slice extends AbstractSlice<byte[]> {
  private byte[] data;
  private int start;

  /** For the package: an empty slice (the wrapper RocksJava builds around native slices). */
  Slice() {
    super(NativeHandles.next());
    this.data = new byte[0];
  }

  /**
   * Creates a slice of the string's UTF-8 bytes.
   *
   * @param str the string
   */
  public Slice(final String str) {
    super(createNewSliceFromString(str));
    this.data = str.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Creates a slice of {@code data} from {@code offset} to its end (copied).
   *
   * @param data the bytes
   * @param offset the first byte to include
   */
  public Slice(final byte[] data, final int offset) {
    super(NativeHandles.next());
    Objects.requireNonNull(data, "data");
    this.data = Arrays.copyOfRange(data, offset, data.length);
  }

  /**
   * Creates a slice of a copy of {@code data}.
   *
   * @param data the bytes
   */
  public Slice(final byte[] data) {
    this(data, 0);
  }

  /** For the package: a new slice with a copy of {@code other}'s bytes. */
  static Slice copyOf(final AbstractSlice<?> other) {
    final Slice s = new Slice();
    s.data = other.bytes();
    return s;
  }

  @Override
  protected final byte[] data0(final long handle) {
    return bytes();
  }

  @Override
  public void removePrefix(final int n) {
    if (n < 0 || n > length()) {
      throw new IndexOutOfBoundsException("removePrefix(" + n + ") of a slice of " + length());
    }
    start += n;
  }

  @Override
  public void clear() {
    data = new byte[0];
    start = 0;
  }

  /** Does what RocksJava's does: releases the bytes. */
  @Override
  protected void disposeInternal() {
    super.disposeInternal();
  }

  @Override
  int length() {
    return data.length - start;
  }

  @Override
  byte byteAt(final int i) {
    return data[start + i];
  }

  @Override
  byte[] bytes() {
    return Arrays.copyOfRange(data, start, data.length);
  }
}
