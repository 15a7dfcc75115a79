package dev.purerocks;

import java.nio.ByteBuffer;

/**
 * Base class of user-defined key orders. Subclasses implement {@link #compare(ByteBuffer,
 * ByteBuffer)} over the buffers' remaining bytes and {@link #name()}; the engine calls them
 * directly (no JNI bridge), so a Java comparator costs what its Java code costs.
 *
 * <p>Mirrors {@code org.rocksdb.AbstractComparator}. The comparator remembers {@link
 * ComparatorOptions#useDirectBuffer()} as it was at construction ({@link #usingDirectBuffers()}).
 */
public abstract class AbstractComparator extends RocksCallbackObject {
  private final boolean usingDirectBuffers;

  /** For the package's built-in comparators, which have no options. */
  AbstractComparator() {
    super();
    this.usingDirectBuffers = true;
  }

  /**
   * Creates a comparator configured by {@code copt}.
   *
   * @param copt the options; must not be null
   */
  protected AbstractComparator(final ComparatorOptions copt) {
    super(copt.nativeHandle_);
    this.usingDirectBuffers = copt.useDirectBuffer();
  }

  @Override
  protected long initializeNative(final long... nativeParameterHandles) {
    return NativeHandles.next();
  }

  /**
   * Returns the comparator's name, recorded with the data it orders; names beginning with {@code
   * rocksdb.} are reserved.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Compares two keys, each given by the remaining bytes of its buffer.
   *
   * @param a the first key
   * @param b the second key
   * @return negative, zero or positive as {@code a} orders before, with or after {@code b}
   */
  public abstract int compare(ByteBuffer a, ByteBuffer b);

  /**
   * May shorten {@code start} (by changing its bytes and limit) to a key in {@code [start,
   * limit)}. The default leaves it unchanged, which is always correct.
   *
   * @param start the key to shorten in place
   * @param limit the exclusive upper bound
   */
  public void findShortestSeparator(final ByteBuffer start, final ByteBuffer limit) {}

  /**
   * May change {@code key} to a shorter key not below it. The default leaves it unchanged.
   *
   * @param key the key to shorten in place
   */
  public void findShortSuccessor(final ByteBuffer key) {}

  /** Returns whether the comparator was configured to receive direct buffers. */
  public final boolean usingDirectBuffers() {
    return usingDirectBuffers;
  }
}
