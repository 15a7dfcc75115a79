package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.memory.Arena;

/**
 * Sorts a tail of entries under the bytewise or reverse-bytewise comparator by comparing 64-bit
 * abbreviations of their user keys instead of the keys themselves. A comparison of two entries
 * costs two cache misses in a large arena, and a sort makes {@code n log n} of them; this sort
 * reads each entry's key about once per seven bytes of common prefix and otherwise compares longs
 * held in an array. The result is exactly {@link SortedRuns#sort}'s: same order, same (stable)
 * order of equal entries.
 *
 * <h2>Abbreviation</h2>
 * The word of a user key at depth {@code d} holds key bytes {@code [7d, 7d + 7)} (zero padded)
 * in its high 56 bits and {@code min(remaining, 8)} in its low byte, where {@code remaining} is
 * the number of key bytes from {@code 7d} on:
 *
 * <pre>
 *   | byte 7d | byte 7d+1 | ... | byte 7d+6 | min(len - 7d, 8) |
 * </pre>
 *
 * For keys that agree on their first {@code 7d} bytes, unsigned word order is bytewise order
 * whenever the words differ (a zero pad can tie a real zero byte only for a shorter key, and the
 * length byte then puts it first). Equal words mean either that both keys have at least 8 more
 * bytes and the next 7 agree (the group is refined at depth {@code d + 1}), or that both keys end
 * here and are equal (the group is ordered by the full comparator, i.e. by sequence). For the
 * reverse order the words are complemented.
 *
 * <p>Memory: five temporary arrays of the tail's length (40 bytes per entry, transient): the
 * words at depths 0 and 1 are computed in one sequential pass over the entries and carried
 * through the sort, so that keys differing in their first 14 bytes are read once.
 *
 * <p>Thread-safety: stateless; the entries must not change while sorted (they never do).
 */
final class BytewiseTailSort {
  private BytewiseTailSort() {}

  /** Below this many entries the plain sort is as fast. */
  static final int MIN_LENGTH = 64;
  /** Groups that agree on more than this many words (448 bytes) use the plain sort. */
  private static final int MAX_DEPTH = 64;
  private static final int WORD_BYTES = 7;
  private static final int INSERTION_SORT_THRESHOLD = 16;
  /** From this many entries on, words are radix sorted (eight linear passes at most). */
  private static final int RADIX_SORT_THRESHOLD = 2048;

  /** Whether this sort applies to {@code cmp}'s order. */
  static boolean supports(KeyComparator cmp) {
    return cmp.userComparator() == BytewiseComparators.BYTEWISE
        || cmp.userComparator() == BytewiseComparators.REVERSE_BYTEWISE;
  }

  /** Sorts {@code a} in place, stably. Requires: {@link #supports}{@code (cmp)}. */
  static void sort(long[] a, KeyComparator cmp) {
    assert supports(cmp);
    Job job = new Job(a, cmp);
    job.firstPass();
    job.refine(0, a.length, 0, true);
  }

  /**
   * The word of the user key {@code b[keyOff, keyOff + keyLen)} at {@code depth} (see the class
   * comment), complemented for the reverse order and biased by {@code Long.MIN_VALUE} so that
   * signed comparison of words is the key order. Words never decrease along a sorted run.
   */
  static long word(byte[] b, int keyOff, int keyLen, int depth, boolean reverse) {
    int from = depth * WORD_BYTES;
    int remaining = Math.max(0, keyLen - from);
    int n = Math.min(WORD_BYTES, remaining);
    int p = keyOff + from;
    long v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 8) | (b[p + i] & 0xFF);
    }
    v <<= 8 * (WORD_BYTES - n);
    v = (v << 8) | Math.min(remaining, 8);
    if (reverse) {
      v = ~v;
    }
    return v ^ Long.MIN_VALUE;
  }

  /** Whether the comparator's order is the reverse one. Requires: {@link #supports}. */
  static boolean isReverse(KeyComparator cmp) {
    return cmp.userComparator() == BytewiseComparators.REVERSE_BYTEWISE;
  }

  /** One sort's arrays. */
  private static final class Job {
    final long[] a;
    final KeyComparator cmp;
    final Arena arena;
    final boolean reverse;
    /** Words of {@code a[i]} at the depth being sorted, biased so that signed order is unsigned. */
    final long[] w;
    /** After the first pass, words of {@code a[i]} at depth 1, moved along with {@code a[i]}. */
    final long[] v;
    final long[] tmpA;
    final long[] tmpW;
    final long[] tmpV;

    Job(long[] a, KeyComparator cmp) {
      this.a = a;
      this.cmp = cmp;
      this.arena = cmp.arena();
      this.reverse = isReverse(cmp);
      this.w = new long[a.length];
      this.v = new long[a.length];
      this.tmpA = new long[a.length];
      this.tmpW = new long[a.length];
      this.tmpV = new long[a.length];
    }

    /**
     * Computes the words at depths 0 and 1 in entry order. A tail is in insertion order, which is
     * arena order, so this is the only pass over the entries that reads memory sequentially; keys
     * that differ within their first 14 bytes are never read again.
     */
    void firstPass() {
      for (int i = 0; i < a.length; i++) {
        w[i] = word(a[i], 0);
        v[i] = word(a[i], 1);
      }
    }

    /**
     * Sorts {@code a[lo, hi)}, whose user keys agree on their first {@code 7 * depth} bytes and
     * whose words at {@code depth} are in {@code w}; if {@code nextInV}, {@code v} holds their words
     * at {@code depth + 1}.
     */
    void refine(int lo, int hi, int depth, boolean nextInV) {
      sortByWord(lo, hi);
      int s = lo;
      while (s < hi) {
        int e = s + 1;
        while (e < hi && w[e] == w[s]) {
          e++;
        }
        if (e - s > 1) {
          if (!keysContinue(w[s])) {
            SortedRuns.sortRange(a, s, e, cmp); // equal user keys: by sequence, stably
          } else if (depth + 1 > MAX_DEPTH) {
            SortedRuns.sortRange(a, s, e, cmp);
          } else {
            // Overwrites w[s, e) only; w[e] is still this depth's.
            if (nextInV) {
              System.arraycopy(v, s, w, s, e - s);
            } else {
              for (int i = s; i < e; i++) {
                w[i] = word(a[i], depth + 1);
              }
            }
            refine(s, e, depth + 1, false);
          }
        }
        s = e;
      }
    }

    /** The biased word of an entry's user key at {@code depth}. */
    private long word(long entry, int depth) {
      return BytewiseTailSort.word(
          arena.block(entry), Entries.keyOffset(arena, entry), Entries.userKeyLength(arena, entry), depth, reverse);
    }

    /** Whether keys with this word all have 8 or more bytes left, so that they may still differ. */
    private boolean keysContinue(long biased) {
      long v = biased ^ Long.MIN_VALUE;
      if (reverse) {
        v = ~v;
      }
      return (v & 0xFF) == 8;
    }

    /** Stable sort of {@code (w, a)} pairs in {@code [lo, hi)} by {@code w}. */
    private void sortByWord(int lo, int hi) {
      if (hi - lo <= INSERTION_SORT_THRESHOLD) {
        insertionSort(lo, hi);
        return;
      }
      if (hi - lo >= RADIX_SORT_THRESHOLD) {
        radixSort(lo, hi);
        return;
      }
      System.arraycopy(a, lo, tmpA, lo, hi - lo);
      System.arraycopy(w, lo, tmpW, lo, hi - lo);
      System.arraycopy(v, lo, tmpV, lo, hi - lo);
      mergeSort(tmpW, tmpV, tmpA, w, v, a, lo, hi);
    }

    /**
     * Sorts {@code (sw, sv, sa)[lo, hi)} by {@code sw} into {@code (dw, dv, da)[lo, hi)}; source
     * and target swap roles in the recursion.
     */
    private void mergeSort(
        long[] sw, long[] sv, long[] sa, long[] dw, long[] dv, long[] da, int lo, int hi) {
      if (hi - lo <= INSERTION_SORT_THRESHOLD) {
        insertionSortInto(dw, dv, da, lo, hi);
        return;
      }
      int mid = (lo + hi) >>> 1;
      mergeSort(dw, dv, da, sw, sv, sa, lo, mid);
      mergeSort(dw, dv, da, sw, sv, sa, mid, hi);
      if (sw[mid - 1] <= sw[mid]) {
        System.arraycopy(sw, lo, dw, lo, hi - lo);
        System.arraycopy(sv, lo, dv, lo, hi - lo);
        System.arraycopy(sa, lo, da, lo, hi - lo);
        return;
      }
      int i = lo;
      int j = mid;
      for (int o = lo; o < hi; o++) {
        int from = (j >= hi || (i < mid && sw[i] <= sw[j])) ? i++ : j++;
        dw[o] = sw[from];
        dv[o] = sv[from];
        da[o] = sa[from];
      }
    }

    /**
     * Least-significant-digit radix sort, one byte per pass, stable; a pass whose byte is the
     * same for every word (often the length byte, and the top bytes of a group) is skipped.
     */
    private void radixSort(int lo, int hi) {
      int n = hi - lo;
      long[] sw = w;
      long[] sv = v;
      long[] sa = a;
      long[] dw = tmpW;
      long[] dv = tmpV;
      long[] da = tmpA;
      int[] count = new int[257];
      for (int shift = 0; shift < 64; shift += 8) {
        java.util.Arrays.fill(count, 0);
        for (int i = lo; i < hi; i++) {
          count[digit(sw[i], shift) + 1]++;
        }
        if (count[digit(sw[lo], shift) + 1] == n) {
          continue;
        }
        for (int d = 0; d < 256; d++) {
          count[d + 1] += count[d];
        }
        for (int i = lo; i < hi; i++) {
          int pos = lo + count[digit(sw[i], shift)]++;
          dw[pos] = sw[i];
          dv[pos] = sv[i];
          da[pos] = sa[i];
        }
        long[] t = sw;
        sw = dw;
        dw = t;
        t = sv;
        sv = dv;
        dv = t;
        t = sa;
        sa = da;
        da = t;
      }
      if (sw != w) {
        System.arraycopy(sw, lo, w, lo, n);
        System.arraycopy(sv, lo, v, lo, n);
        System.arraycopy(sa, lo, a, lo, n);
      }
    }

    /** Byte {@code shift / 8} of the unbiased word: radix order is unsigned order. */
    private static int digit(long biased, int shift) {
      return (int) ((biased ^ Long.MIN_VALUE) >>> shift) & 0xFF;
    }

    private void insertionSort(int lo, int hi) {
      insertionSortInto(w, v, a, lo, hi);
    }

    private static void insertionSortInto(long[] ws, long[] vs, long[] as, int lo, int hi) {
      for (int i = lo + 1; i < hi; i++) {
        long x = ws[i];
        long y = vs[i];
        long z = as[i];
        int j = i - 1;
        while (j >= lo && ws[j] > x) {
          ws[j + 1] = ws[j];
          vs[j + 1] = vs[j];
          as[j + 1] = as[j];
          j--;
        }
        ws[j + 1] = x;
        vs[j + 1] = y;
        as[j + 1] = z;
      }
    }
  }
}
