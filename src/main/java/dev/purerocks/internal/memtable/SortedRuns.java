package dev.purerocks.internal.memtable;

/**
 * The sorted side of a {@link VectorRep}: a stack of sorted runs of entry addresses, and the
 * algorithms that build, merge and search them. Stateless; a run set is a {@code long[][]} that is
 * never modified once published (cursors keep it as their snapshot), so every operation here
 * returns new arrays.
 *
 * <h2>Order and ties</h2>
 * Runs are sorted by {@link KeyComparator}. Two entries can compare equal (same user key and
 * sequence; a vector does not detect duplicates), so the set defines a total order: an entry of
 * an older run (lower index) precedes an equal entry of a newer run, and inside a run equal
 * entries keep the order in which they were absorbed. The sort and every merge are stable with
 * the older side first, which keeps that order forever: once two equal entries are both visible,
 * their relative order never changes.
 *
 * <h2>Merge policy (invariants)</h2>
 * <ol>
 *   <li>Runs are ordered oldest first: every entry of run {@code i} was absorbed before every
 *       entry of run {@code i + 1}. Only adjacent runs at the top of the stack are merged.
 *   <li>Levels strictly decrease: {@code level(runs[i]) > level(runs[i + 1])}, where
 *       {@code level(n) = floor(log2(n))}. Hence at most {@code log2(n) + 1} runs, e.g. 21 at one
 *       million entries; absorbing one entry at a time gives exactly {@code popcount(n)} runs,
 *       like a binary counter.
 *   <li>No run is empty.
 * </ol>
 * A new run merges with the top runs while the top's level does not exceed the level of the
 * merged size. Every merge an entry takes part in, except the first merge of its new run, raises
 * the level of the run holding it, so the total merge work over a memtable's life is
 * {@code O(n log n)}: the cost of one sort, spread over the reads.
 */
final class SortedRuns {
  private SortedRuns() {}

  /** The empty run set. */
  static final long[][] EMPTY = new long[0][];

  /**
   * A published run set and, per run, its {@link RunFence} or null. Immutable: a reader that
   * holds a view holds a consistent snapshot.
   */
  static final class View {
    static final View EMPTY = new View(SortedRuns.EMPTY, SortedRuns.EMPTY);

    final long[][] runs;
    final long[][] fences;

    private View(long[][] runs, long[][] fences) {
      this.runs = runs;
      this.fences = fences;
    }

    /**
     * The view of {@code runs}, reusing this view's fence for every run array it already had
     * (most runs survive a push unchanged) and building fences for new ones.
     */
    View next(long[][] runs, KeyComparator cmp) {
      long[][] fences = new long[runs.length][];
      for (int i = 0; i < runs.length; i++) {
        fences[i] = i < this.runs.length && this.runs[i] == runs[i] ? this.fences[i] : RunFence.build(runs[i], cmp);
      }
      return new View(runs, fences);
    }
  }

  /** Below this many entries a range is sorted by insertion. */
  private static final int INSERTION_SORT_THRESHOLD = 24;

  /** Largest run: a Java array limit, far above any memtable in practice. */
  static final int MAX_RUN_LENGTH = Integer.MAX_VALUE - 16;

  // ---- policy ----------------------------------------------------------------------------------

  /** {@code floor(log2(n))} for {@code n >= 1}. */
  static int level(long n) {
    assert n >= 1 : "a run is never empty";
    return 63 - Long.numberOfLeadingZeros(n);
  }

  /**
   * Adds a freshly sorted run of the newest entries to a run set, merging as the policy says.
   *
   * <p>Requires: {@code runs} satisfies the invariants; {@code fresh} is sorted and non-empty and
   * holds entries absorbed after every entry of {@code runs}.
   *
   * @return a new run set; {@code runs} and its arrays are unchanged
   */
  static long[][] push(long[][] runs, long[] fresh, KeyComparator cmp) {
    assert fresh.length > 0 : "an empty run is never pushed";
    int k = runs.length;
    long size = fresh.length;
    int j = k;
    while (j > 0 && level(runs[j - 1].length) <= level(size)) {
      size += runs[j - 1].length;
      j--;
    }
    long[] merged = fresh;
    if (j < k) {
      // Smallest first: the runs being merged have strictly decreasing sizes, so this costs about
      // twice their total, and the fresh run is touched once.
      long[] older = runs[k - 1];
      for (int i = k - 2; i >= j; i--) {
        older = merge(runs[i], older, cmp);
      }
      merged = merge(older, fresh, cmp);
    }
    long[][] next = java.util.Arrays.copyOf(runs, j + 1);
    next[j] = merged;
    return next;
  }

  /** Merges every run into one (the read-only state). Returns a set of at most one run. */
  static long[][] collapse(long[][] runs, KeyComparator cmp) {
    if (runs.length <= 1) {
      return runs;
    }
    long[] acc = runs[runs.length - 1];
    for (int i = runs.length - 2; i >= 0; i--) {
      acc = merge(runs[i], acc, cmp);
    }
    return new long[][] {acc};
  }

  /** Total number of entries in a run set. */
  static long size(long[][] runs) {
    long n = 0;
    for (long[] r : runs) {
      n += r.length;
    }
    return n;
  }

  // ---- sorting and merging ---------------------------------------------------------------------

  /**
   * Sorts {@code a} in place, stably. Large tails under the built-in comparators compare key
   * abbreviations ({@link BytewiseTailSort}); others are merge sorted with a temporary array of
   * the same length, where already ordered input (ascending inserts) costs {@code n - 1}
   * comparisons.
   */
  static void sort(long[] a, KeyComparator cmp) {
    if (a.length >= BytewiseTailSort.MIN_LENGTH && BytewiseTailSort.supports(cmp)) {
      BytewiseTailSort.sort(a, cmp);
    } else {
      sortRange(a, 0, a.length, cmp);
    }
  }

  /** Sorts {@code a[lo, hi)} in place, stably, with the full comparator. */
  static void sortRange(long[] a, int lo, int hi, KeyComparator cmp) {
    if (hi - lo <= INSERTION_SORT_THRESHOLD) {
      insertionSort(a, lo, hi, cmp);
      return;
    }
    long[] src = java.util.Arrays.copyOfRange(a, lo, hi);
    long[] dst = src.clone();
    mergeSort(src, dst, 0, dst.length, cmp);
    System.arraycopy(dst, 0, a, lo, dst.length);
  }

  /**
   * Sorts {@code src[lo, hi)} into {@code dst[lo, hi)}.
   *
   * <p>Requires: {@code src} and {@code dst} hold the same elements in {@code [lo, hi)}; the
   * recursion swaps their roles, so {@code src} is scrambled afterwards.
   */
  private static void mergeSort(long[] src, long[] dst, int lo, int hi, KeyComparator cmp) {
    if (hi - lo <= INSERTION_SORT_THRESHOLD) {
      insertionSort(dst, lo, hi, cmp);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(dst, src, lo, mid, cmp);
    mergeSort(dst, src, mid, hi, cmp);
    if (cmp.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, lo, dst, lo, hi - lo);
      return;
    }
    mergeInto(src, lo, mid, src, mid, hi, dst, lo, cmp);
  }

  private static void insertionSort(long[] a, int lo, int hi, KeyComparator cmp) {
    for (int i = lo + 1; i < hi; i++) {
      long x = a[i];
      int j = i - 1;
      // Strictly greater only: an equal element stays after its predecessor (stability).
      while (j >= lo && cmp.compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /**
   * Merges two sorted runs into a new one; on ties the entry of {@code older} comes first.
   *
   * <p>Requires: both sorted; every entry of {@code older} was absorbed before those of
   * {@code newer}.
   */
  static long[] merge(long[] older, long[] newer, KeyComparator cmp) {
    long total = (long) older.length + newer.length;
    if (total > MAX_RUN_LENGTH) {
      throw new IllegalStateException("vector memtable holds more than " + MAX_RUN_LENGTH + " entries");
    }
    long[] out = new long[(int) total];
    if (older.length == 0 || newer.length == 0) {
      System.arraycopy(older, 0, out, 0, older.length);
      System.arraycopy(newer, 0, out, older.length, newer.length);
    } else if (cmp.compare(older[older.length - 1], newer[0]) <= 0) {
      // Disjoint and in order (ascending inserts): no per-entry comparison.
      System.arraycopy(older, 0, out, 0, older.length);
      System.arraycopy(newer, 0, out, older.length, newer.length);
    } else if (cmp.compare(newer[newer.length - 1], older[0]) < 0) {
      // Disjoint the other way (descending inserts); strict, since a tie must keep older first.
      System.arraycopy(newer, 0, out, 0, newer.length);
      System.arraycopy(older, 0, out, newer.length, older.length);
    } else {
      mergeInto(older, 0, older.length, newer, 0, newer.length, out, 0, cmp);
    }
    return out;
  }

  /** Stable merge of {@code a[aLo, aHi)} and {@code b[bLo, bHi)} into {@code out} at {@code o}. */
  private static void mergeInto(
      long[] a, int aLo, int aHi, long[] b, int bLo, int bHi, long[] out, int o, KeyComparator cmp) {
    int i = aLo;
    int j = bLo;
    if (i < aHi && j < bHi) {
      long x = a[i];
      long y = b[j];
      while (true) {
        if (cmp.compare(x, y) <= 0) {
          out[o++] = x;
          if (++i == aHi) {
            break;
          }
          x = a[i];
        } else {
          out[o++] = y;
          if (++j == bHi) {
            break;
          }
          y = b[j];
        }
      }
    }
    System.arraycopy(a, i, out, o, aHi - i);
    System.arraycopy(b, j, out, o + (aHi - i), bHi - j);
  }

  // ---- searching -------------------------------------------------------------------------------

  /**
   * Index of the first entry at or after the internal key {@code key[off, off+len)}; narrowed
   * first by the run's fence, if it has one (else {@code fence} is null).
   */
  static int lowerBound(long[] run, long[] fence, byte[] key, int off, int len, KeyComparator cmp) {
    int lo = 0;
    int hi = run.length;
    if (fence != null) {
      long range = RunFence.range(fence, run.length, key, off, len, cmp);
      lo = (int) (range >>> 32);
      hi = (int) range;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cmp.compare(run[mid], key, off, len) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first entry strictly after the internal key {@code key[off, off+len)}. */
  static int upperBound(long[] run, long[] fence, byte[] key, int off, int len, KeyComparator cmp) {
    int lo = 0;
    int hi = run.length;
    if (fence != null) {
      long range = RunFence.range(fence, run.length, key, off, len, cmp);
      lo = (int) (range >>> 32);
      hi = (int) range;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cmp.compare(run[mid], key, off, len) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
