package dev.purerocks.util;

import dev.purerocks.AbstractComparator;
import dev.purerocks.ComparatorOptions;
import java.nio.ByteBuffer;

/**
 * Orders keys that are 4-byte big-endian signed integers, under the name {@code
 * rocksdb.java.IntComparator}. Mirrors {@code org.rocksdb.util.IntComparator}.
 */
public final class IntComparator extends AbstractComparator {
  /**
   * Creates the comparator.
   *
   * @param copt comparator options
   */
  public IntComparator(final ComparatorOptions copt) {
    super(copt);
  }

  @Override
  public String name() {
    return "rocksdb.java.IntComparator";
  }

  @Override
  public int compare(final ByteBuffer a, final ByteBuffer b) {
    return Integer.compare(a.getInt(), b.getInt());
  }
}
