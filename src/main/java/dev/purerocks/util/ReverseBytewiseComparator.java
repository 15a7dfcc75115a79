package dev.purerocks.util;

import dev.purerocks.AbstractComparator;
import dev.purerocks.ComparatorOptions;
import java.nio.ByteBuffer;

/**
 * The reverse of {@link BytewiseComparator}'s order, under the name {@code
 * rocksdb.java.ReverseBytewiseComparator}. Reads buffers from index 0, as RocksJava's does.
 */
public final class ReverseBytewiseComparator extends AbstractComparator {
  /**
   * Creates the comparator.
   *
   * @param copt comparator options
   */
  public ReverseBytewiseComparator(final ComparatorOptions copt) {
    super(copt);
  }

  @Override
  public String name() {
    return "rocksdb.java.ReverseBytewiseComparator";
  }

  @Override
  public int compare(final ByteBuffer a, final ByteBuffer b) {
    return -BytewiseComparator.compareBytewise(a, b);
  }

  @Override
  public void findShortestSeparator(final ByteBuffer start, final ByteBuffer limit) {
    final int common = Math.min(start.remaining(), limit.remaining());
    int i = 0;
    while (i < common && start.get(i) == limit.get(i)) {
      i++;
    }
    if (i == common) {
      return;
    }
    // In reverse order a larger byte sorts first: truncating start after a larger differing
    // byte keeps it above limit (i.e. before it in this order) and shorter.
    if ((start.get(i) & 0xff) > (limit.get(i) & 0xff) && i < start.remaining() - 1) {
      start.limit(i + 1);
    }
  }
}
