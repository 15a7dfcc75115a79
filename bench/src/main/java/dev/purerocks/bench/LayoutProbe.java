package dev.purerocks.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much of a skip-list get's time is the memory layout: the same single-threaded skip list
 * (RocksDB's height distribution and search, the same keys and heights) built in two layouts and
 * timed on random gets and inserts.
 *
 * <ul>
 *   <li>{@code interleaved}: RocksDB's and PureRocks' layout. A node is its next pointers, the
 *       internal key and the 100-byte value, allocated one after another in insertion order, so
 *       the keys a search compares against lie about 140 bytes apart.
 *   <li>{@code split}: the node holds its pointers, the internal key and the address of its value,
 *       which lives in a second array; the nodes a search walks are 2.7 times denser (51 bytes
 *       per entry against 139).
 * </ul>
 *
 * Both copy the value out on a hit, as a get does. The probe answers one question for issue 6:
 * whether a different layout, with the same algorithm and comparisons, would make random access
 * twice as fast. Usage, after {@code bench/run} built the project once:
 * {@code java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)"
 * dev.purerocks.bench.LayoutProbe}.
 */
public final class LayoutProbe {
  private static final long SEED = 0x5EED_1A_7007L;
  private static final int MAX_HEIGHT = 12;
  private static final int ROUNDS = 5;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Length byte, 16-byte user key, 8-byte trailer. */
  private static final int KEY_PART = 1 + Data.KEY_BYTES + 8;

  private LayoutProbe() {}

  public static void main(String[] args) {
    for (int n : new int[] {200_000, 1_000_000}) {
      SplittableRandom rnd = new SplittableRandom(SEED);
      byte[][] keys = new byte[n][Data.KEY_BYTES];
      for (byte[] k : keys) {
        rnd.nextBytes(k);
      }
      int[] heights = new int[n];
      for (int i = 0; i < n; i++) {
        int h = 1;
        while (h < MAX_HEIGHT && rnd.nextInt(4) == 0) {
          h++;
        }
        heights[i] = h;
      }
      byte[][] lookups = keys.clone();
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        byte[] t = lookups[i];
        lookups[i] = lookups[j];
        lookups[j] = t;
      }
      byte[] value = new byte[Data.VALUE_BYTES];
      for (int round = 0; round < 2; round++) {
        for (boolean split : new boolean[] {false, true}) {
          measure(n, split, keys, heights, lookups, value);
        }
      }
    }
  }

  private static void measure(
      int n, boolean split, byte[][] keys, int[] heights, byte[][] lookups, byte[] value) {
    double[] insertNs = new double[ROUNDS];
    double[] getNs = new double[ROUNDS];
    SkipList list = null;
    long sink = 0;
    for (int r = 0; r < ROUNDS; r++) {
      list = new SkipList(split, heights);
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        list.insert(keys[i], heights[i], value);
      }
      insertNs[r] = (System.nanoTime() - start) / (double) n;
      start = System.nanoTime();
      for (byte[] k : lookups) {
        byte[] v = list.get(k);
        sink += v == null ? -1 : v.length;
      }
      getNs[r] = (System.nanoTime() - start) / (double) n;
    }
    if (sink != (long) ROUNDS * n * Data.VALUE_BYTES) {
      throw new AssertionError("a get missed: " + sink);
    }
    Arrays.sort(insertNs);
    Arrays.sort(getNs);
    list.compares = 0;
    for (byte[] k : lookups) {
      list.get(k);
    }
    System.out.printf(
        "layout %-11s n=%,9d: get %6.0f ns, insert %6.0f ns (medians of %d), %.1f compares per get,"
            + " %.1f B/entry searched, %.1f B/entry in all%n",
        split ? "split" : "interleaved", n, getNs[ROUNDS / 2], insertNs[ROUNDS / 2], ROUNDS,
        list.compares / (double) n, list.nodeEnd / (double) n,
        (list.nodeEnd + list.valueEnd) / (double) n);
  }

  /**
   * A skip list of distinct 16-byte keys in one node array, RocksDB-style: a node's address is
   * its level-0 pointer, higher levels' pointers precede it, the key follows it. Address 0 is null
   * (the head node sits above it).
   */
  private static final class SkipList {
    final boolean split;
    final byte[] nodes;
    final byte[] values;
    final int head;
    int nodeEnd;
    int valueEnd;
    int maxHeight = 1;
    long compares;
    private final int[] prev = new int[MAX_HEIGHT];

    SkipList(boolean split, int[] heights) {
      this.split = split;
      int n = heights.length;
      long pointers = 8L * (MAX_HEIGHT + Arrays.stream(heights).asLongStream().sum());
      long rest = (n + 1L) * (KEY_PART + (split ? 8 : 1 + Data.VALUE_BYTES) + 7);
      nodes = new byte[Math.toIntExact(pointers + rest)];
      values = split ? new byte[n * (1 + Data.VALUE_BYTES)] : null;
      head = allocate(MAX_HEIGHT, 0);
    }

    /** Returns the address of a new node of {@code height} levels and {@code tail} more bytes. */
    private int allocate(int height, int tail) {
      int start = nodeEnd;
      nodeEnd = (start + 8 * height + KEY_PART + tail + 7) & ~7;
      return start + 8 * (height - 1);
    }

    private int next(int node, int level) {
      return (int) (long) LONGS.get(nodes, node - 8 * level);
    }

    private void setNext(int node, int level, int next) {
      LONGS.set(nodes, node - 8 * level, (long) next);
    }

    /** The node's user key against {@code key}. */
    private int compare(int node, byte[] key) {
      compares++;
      int from = node + 8 + 1;
      return Arrays.compareUnsigned(nodes, from, from + Data.KEY_BYTES, key, 0, Data.KEY_BYTES);
    }

    /** The first node at or after {@code key}, or 0; RocksDB's FindGreaterOrEqual. */
    private int findGreaterOrEqual(byte[] key) {
      int x = head;
      int level = maxHeight - 1;
      int lastBigger = 0;
      while (true) {
        int next = next(x, level);
        int cmp = next == 0 || next == lastBigger ? 1 : compare(next, key);
        if (cmp == 0 || (cmp > 0 && level == 0)) {
          return next;
        } else if (cmp < 0) {
          x = next;
        } else {
          lastBigger = next;
          level--;
        }
      }
    }

    byte[] get(byte[] key) {
      int node = findGreaterOrEqual(key);
      if (node == 0 || compare(node, key) != 0) {
        return null;
      }
      int at = node + 8 + KEY_PART;
      if (split) {
        int v = (int) (long) LONGS.get(nodes, at);
        return Arrays.copyOfRange(values, v + 1, v + 1 + Data.VALUE_BYTES);
      }
      return Arrays.copyOfRange(nodes, at + 1, at + 1 + Data.VALUE_BYTES);
    }

    void insert(byte[] key, int height, byte[] value) {
      int x = head;
      for (int level = maxHeight - 1; level >= 0; level--) {
        for (int next = next(x, level); next != 0 && compare(next, key) < 0; next = next(x, level)) {
          x = next;
        }
        prev[level] = x;
      }
      for (int level = maxHeight; level < height; level++) {
        prev[level] = head;
      }
      maxHeight = Math.max(maxHeight, height);
      int node = allocate(height, split ? 8 : 1 + Data.VALUE_BYTES);
      int at = node + 8;
      nodes[at] = (byte) (Data.KEY_BYTES + 8);
      System.arraycopy(key, 0, nodes, at + 1, Data.KEY_BYTES);
      at += KEY_PART;
      if (split) {
        LONGS.set(nodes, at, (long) valueEnd);
        values[valueEnd] = (byte) Data.VALUE_BYTES;
        System.arraycopy(value, 0, values, valueEnd + 1, Data.VALUE_BYTES);
        valueEnd += 1 + Data.VALUE_BYTES;
      } else {
        nodes[at] = (byte) Data.VALUE_BYTES;
        System.arraycopy(value, 0, nodes, at + 1, Data.VALUE_BYTES);
      }
      for (int level = 0; level < height; level++) {
        setNext(node, level, next(prev[level], level));
        setNext(prev[level], level, node);
      }
    }
  }
}
