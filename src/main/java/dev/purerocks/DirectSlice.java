package dev.purerocks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A slice over a direct {@link ByteBuffer}: no copy is made, and {@link #data()} returns a view of
 * the bytes. Mirrors {@code org.rocksdb.DirectSlice}, whose constructors reject heap buffers with
 * {@code IllegalArgumentException("The ByteBuffer must be direct")}.
 */
public class DirectSlice extends AbstractSlice<ByteBuffer> {
  /** An empty slice, as RocksJava's {@code NONE}. */
  public static final DirectSlice NONE = new DirectSlice();

  private ByteBuffer buffer; // bytes at absolute indices [offset, offset + length)
  private int offset;
  private int length;

  /** The empty slice. */
  DirectSlice() {
    super();
    this.buffer = ByteBuffer.allocateDirect(0);
  }

  /**
   * Creates a slice of the string's UTF-8 bytes, copied into a new direct buffer.
   *
   * @param str the string
   */
  public DirectSlice(final String str) {
    super(createNewSliceFromString(str));
    final byte[] b = str.getBytes(StandardCharsets.UTF_8);
    this.buffer = ByteBuffer.allocateDirect(b.length).put(b);
    this.length = b.length;
  }

  /**
   * Creates a slice of the first {@code length} bytes of a direct buffer (from index 0).
   *
   * @param data a direct buffer
   * @param length how many bytes to include
   */
  public DirectSlice(final ByteBuffer data, final int length) {
    super(NativeHandles.next());
    requireDirect(data);
    this.buffer = data;
    this.length = length;
  }

  /**
   * Creates a slice of a whole direct buffer (its capacity, from index 0).
   *
   * @param data a direct buffer
   */
  public DirectSlice(final ByteBuffer data) {
    super(NativeHandles.next());
    requireDirect(data);
    this.buffer = data;
    this.length = data.capacity();
  }

  private static void requireDirect(final ByteBuffer data) {
    Objects.requireNonNull(data, "data");
    if (!data.isDirect()) {
      throw new IllegalArgumentException("The ByteBuffer must be direct");
    }
  }

  /**
   * Returns the byte at {@code offset}.
   *
   * @param offset an index in the slice
   * @return the byte
   */
  public byte get(final int offset) {
    return byteAt(offset);
  }

  @Override
  public void clear() {
    offset = 0;
    length = 0;
  }

  @Override
  public void removePrefix(final int n) {
    if (n < 0 || n > length) {
      throw new IndexOutOfBoundsException("removePrefix(" + n + ") of a slice of " + length);
    }
    offset += n;
    length -= n;
  }

  /**
   * Sets the slice's length (the bytes after it are kept by the buffer, not the slice).
   *
   * @param n the new length
   */
  public void setLength(final int n) {
    this.length = n;
  }

  @Override
  protected final ByteBuffer data0(final long handle) {
    return buffer.duplicate().position(offset).limit(offset + length).slice();
  }

  /** Nothing native to free. */
  @Override
  protected void disposeInternal() {
    super.disposeInternal();
  }

  @Override
  int length() {
    return length;
  }

  @Override
  byte byteAt(final int i) {
    return buffer.get(offset + i);
  }

  @Override
  byte[] bytes() {
    final byte[] b = new byte[length];
    buffer.duplicate().position(offset).get(b, 0, length);
    return b;
  }
}
