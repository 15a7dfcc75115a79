package dev.purerocks.util;

import dev.purerocks.AbstractComparator;
import dev.purerocks.ComparatorOptions;
import java.nio.ByteBuffer;

/**
 * The bytewise (unsigned lexicographic) order written in Java, under the name {@code
 * rocksdb.java.BytewiseComparator}. In PureRocks it runs as fast as the built-in order.
 *
 * <p>Like RocksJava's, it reads each buffer by absolute index from 0 up to {@code remaining()}:
 * buffers are expected to have position 0, as the engine passes them.
 */
public final class BytewiseComparator extends AbstractComparator {
  /**
   * Creates the comparator.
   *
   * @param copt comparator options
   */
  public BytewiseComparator(final ComparatorOptions copt) {
    super(copt);
  }

  @Override
  public String name() {
    return "rocksdb.java.BytewiseComparator";
  }

  @Override
  public int compare(final ByteBuffer a, final ByteBuffer b) {
    return compareBytewise(a, b);
  }

  /** Unsigned comparison of the first {@code remaining()} bytes at indices 0.., shorter first. */
  static int compareBytewise(final ByteBuffer a, final ByteBuffer b) {
    final int common = Math.min(a.remaining(), b.remaining());
    for (int i = 0; i < common; i++) {
      final int x = a.get(i) & 0xff;
      final int y = b.get(i) & 0xff;
      if (x != y) {
        return x - y;
      }
    }
    return Integer.signum(a.remaining() - b.remaining());
  }

  @Override
  public void findShortestSeparator(final ByteBuffer start, final ByteBuffer limit) {
    final int common = Math.min(start.remaining(), limit.remaining());
    int i = 0;
    while (i < common && start.get(i) == limit.get(i)) {
      i++;
    }
    if (i >= common) {
      return; // one is a prefix of the other: no shorter key fits between them
    }
    final int s = start.get(i) & 0xff;
    final int l = limit.get(i) & 0xff;
    if (s >= l) {
      return;
    }
    if (i < limit.remaining() - 1 || s + 1 < l) {
      start.put(i, (byte) (s + 1));
      start.limit(i + 1);
      return;
    }
    // Bumping byte i would reach limit itself: bump the first later byte of start that can be.
    for (int j = i + 1; j < start.remaining(); j++) {
      final int b = start.get(j) & 0xff;
      if (b < 0xff) {
        start.put(j, (byte) (b + 1));
        start.limit(j + 1);
        return;
      }
    }
  }

  @Override
  public void findShortSuccessor(final ByteBuffer key) {
    final int n = key.remaining();
    for (int i = 0; i < n; i++) {
      final int b = key.get(i) & 0xff;
      if (b != 0xff) {
        key.put(i, (byte) (b + 1));
        key.limit(i + 1);
        return;
      }
    }
  }
}
