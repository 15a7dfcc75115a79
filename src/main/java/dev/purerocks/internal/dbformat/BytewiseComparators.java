package dev.purerocks.internal.dbformat;

import java.util.Arrays;

/**
 * The two built-in orders: unsigned lexicographic ({@code leveldb.BytewiseComparator}, RocksDB's
 * default) and its reverse ({@code rocksdb.ReverseBytewiseComparator}).
 *
 * <p>Both delegate to {@link Arrays#compareUnsigned(byte[], int, int, byte[], int, int)}, which the
 * JIT compiles to a vectorized mismatch search. A shorter key that is a prefix of a longer one sorts
 * first in bytewise order and last in reverse order.
 *
 * <p>Spec: {@code IK-CMP-1}, {@code IK-CMP-2}.
 */
public final class BytewiseComparators {
  private BytewiseComparators() {}

  /** Unsigned lexicographic order. */
  public static final UserComparator BYTEWISE =
      new UserComparator() {
        @Override
        public String name() {
          return "leveldb.BytewiseComparator";
        }

        @Override
        public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
          return Arrays.compareUnsigned(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
        }

        @Override
        public boolean equal(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
          return Arrays.equals(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
        }

        @Override
        public String toString() {
          return name();
        }
      };

  /** The reverse of {@link #BYTEWISE}. */
  public static final UserComparator REVERSE_BYTEWISE =
      new UserComparator() {
        @Override
        public String name() {
          return "rocksdb.ReverseBytewiseComparator";
        }

        @Override
        public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
          return Arrays.compareUnsigned(b, bOff, bOff + bLen, a, aOff, aOff + aLen);
        }

        @Override
        public boolean equal(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
          return Arrays.equals(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
        }

        @Override
        public String toString() {
          return name();
        }
      };
}
