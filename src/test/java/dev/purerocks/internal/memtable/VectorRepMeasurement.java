package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * A throwaway measurement of {@link VectorRep}, not a test and not a benchmark of record (the
 * project's benchmarks are JMH, in {@code bench/}): prints ns/op for the workloads of
 * {@code reference/baseline.md} at the representation level. Run:
 *
 * <pre>
 *   ./mvnw -o -q test-compile &amp;&amp; java -Xms4g -Xmx4g -XX:+AlwaysPreTouch \
 *       -cp target/classes:target/test-classes dev.purerocks.internal.memtable.VectorRepMeasurement \
 *       [concurrent]     # only the 1-vs-2-writer part; -Drounds=N (default 40), -Dcontention=true
 * </pre>
 *
 * Data as in the baseline: one million distinct 16-byte keys (10,000 8-byte prefixes with 100
 * keys each, suffix a 64-bit mix of the index), 100-byte values, inserted in a fixed random
 * permutation; the memtable's whole insert path (allocate, encode, insert) is timed.
 */
public final class VectorRepMeasurement {
  private static final int N = 1_000_000;
  private static final int VALUE_SIZE = 100;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private VectorRepMeasurement() {}

  static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  static byte[][] keys(int n) {
    byte[][] keys = new byte[n][16];
    for (int i = 0; i < n; i++) {
      long prefix = mix(0x1234_0000L + i / 100);
      long suffix = mix(i);
      for (int b = 0; b < 8; b++) {
        keys[i][b] = (byte) (prefix >>> (56 - 8 * b));
        keys[i][8 + b] = (byte) (suffix >>> (56 - 8 * b));
      }
    }
    return keys;
  }

  static byte[][] shuffled(byte[][] keys, long seed) {
    byte[][] out = keys.clone();
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = out.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      byte[] t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    // Copies allocated in visiting order, so that walking the array is sequential in memory (as in
    // the baseline): the measurement should not pay a cache miss per key that a real writer does
    // not pay.
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].clone();
    }
    return out;
  }

  static VectorRep newRep() {
    Arena arena = new Arena(Arena.optimizeBlockSize(Arena.defaultBlockSize(512L << 20)));
    KeyComparator cmp = new KeyComparator(arena, BytewiseComparators.BYTEWISE);
    return (VectorRep) VectorRep.factory(0).create(cmp, null, (level, msg) -> {});
  }

  static long put(VectorRep rep, Arena arena, byte[] key, long seq, byte[] value, boolean concurrent) {
    int len = Entries.encodedLength(key.length, value.length, 0);
    long addr = rep.allocate(len);
    Entries.encode(
        arena, addr, key, 0, key.length,
        InternalKeys.packTrailer(seq, ValueType.CODE_VALUE), value, 0, value.length);
    if (concurrent) {
      rep.insertConcurrently(addr);
    } else {
      rep.insert(addr);
    }
    return addr;
  }

  private static double cpuNs() {
    return THREADS.getCurrentThreadCpuTime();
  }

  public static void main(String[] args) throws Exception {
    byte[][] sorted = keys(N);
    byte[][] order = shuffled(sorted, 42);
    byte[] value = new byte[VALUE_SIZE];
    java.util.Arrays.fill(value, (byte) 'v');
    boolean onlyConcurrent = args.length > 0 && args[0].equals("concurrent");
    if (Boolean.getBoolean("contention")) {
      THREADS.setThreadContentionMonitoringEnabled(true);
    }
    if (!onlyConcurrent) {
      singleThreaded(sorted, order, value);
    }
    concurrentScaling(order, value, Integer.getInteger("rounds", 40));
  }

  /**
   * 1 versus 2 writer threads, interleaved with a control that writes the same bytes into
   * private fresh blocks without any representation. On a shared host the parallelism actually
   * available changes from one moment to the next; running all three configurations in each
   * round, within milliseconds, lets the control's scaling say how much two threads could gain
   * then. Reports medians over all rounds and over the rounds where the control scaled by 1.5
   * or more (both cores were ours).
   */
  private static void concurrentScaling(byte[][] order, byte[] value, int rounds) throws Exception {
    int[] batches = {0, 1, 64};
    String[] names = {"control (same bytes, no rep)", "rep, batchPostProcess every 1", "rep, batchPostProcess every 64"};
    double[][] one = new double[3][rounds];
    double[][] two = new double[3][rounds];
    double[][] cpu1 = new double[3][rounds];
    double[][] cpu2 = new double[3][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < 3; c++) {
        one[c][round] = concurrentFill(order, value, 1, batches[c]);
        cpu1[c][round] = lastCpuPerPut;
        two[c][round] = concurrentFill(order, value, 2, batches[c]);
        cpu2[c][round] = lastCpuPerPut;
      }
    }
    System.out.printf("== concurrent fill, %d interleaved rounds (first 3 dropped as warm-up); ns/put%n", rounds);
    boolean[] quiet = new boolean[rounds];
    int quietCount = 0;
    for (int r = 3; r < rounds; r++) {
      quiet[r] = one[0][r] / two[0][r] >= 1.5;
      quietCount += quiet[r] ? 1 : 0;
    }
    for (int c = 0; c < 3; c++) {
      double[] all = new double[rounds - 3];
      double[] q = new double[quietCount];
      int qi = 0;
      for (int r = 3; r < rounds; r++) {
        all[r - 3] = one[c][r] / two[c][r];
        if (quiet[r]) {
          q[qi++] = all[r - 3];
        }
      }
      System.out.printf(
          "  %-32s 1 thread %.1f (cpu %.1f), 2 threads %.1f (cpu %.1f); scaling median %.2f over all"
              + " rounds, %.2f over the %d rounds where the control scaled >= 1.5%n",
          names[c], median(java.util.Arrays.copyOfRange(one[c], 3, rounds)),
          median(java.util.Arrays.copyOfRange(cpu1[c], 3, rounds)),
          median(java.util.Arrays.copyOfRange(two[c], 3, rounds)),
          median(java.util.Arrays.copyOfRange(cpu2[c], 3, rounds)),
          median(all), quietCount == 0 ? Double.NaN : median(q), quietCount);
    }
    System.out.printf("  load average at the end: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void singleThreaded(byte[][] sorted, byte[][] order, byte[] value) throws Exception {
    System.out.println("== fillrandom (1M puts, single writer): ns/put wall / cpu");
    VectorRep rep = null;
    for (int round = 0; round < 5; round++) {
      rep = newRep();
      Arena arena = comparatorArena(rep);
      double c0 = cpuNs();
      long t0 = System.nanoTime();
      for (int i = 0; i < N; i++) {
        put(rep, arena, order[i], i + 1, value, false);
      }
      long t1 = System.nanoTime();
      System.out.printf("  round %d: %.1f / %.1f%n", round, (t1 - t0) / (double) N, (cpuNs() - c0) / N);
    }

    System.out.println("== fillseq (1M puts, ascending): ns/put");
    for (int round = 0; round < 3; round++) {
      VectorRep r = newRep();
      Arena arena = comparatorArena(r);
      long t0 = System.nanoTime();
      for (int i = 0; i < N; i++) {
        put(r, arena, sorted[i], i + 1, value, false);
      }
      System.out.printf("  round %d: %.1f%n", round, (System.nanoTime() - t0) / (double) N);
    }

    System.out.println("== mutable reads on the 1M rep: each get right after one more put");
    Arena arena = comparatorArena(rep);
    byte[][] probes = shuffled(sorted, 7);
    long[] hits = new long[1];
    MemTableRep.EntryVisitor visitor = e -> { hits[0]++; return false; };
    double cf = cpuNs();
    long t0 = System.nanoTime();
    LookupKey first = new LookupKey(probes[0], InternalKeys.MAX_SEQUENCE_NUMBER);
    rep.get(first.buffer(), 0, first.internalKeyLength(), visitor);
    System.out.printf("  first get (sorts the 1M tail): %.1f ms wall, %.1f ms cpu%n", (System.nanoTime() - t0) / 1e6, (cpuNs() - cf) / 1e6);
    int gets = 100_000;
    byte[] extra = new byte[16];
    SplittableRandom rnd = new SplittableRandom(99);
    double c0 = cpuNs();
    t0 = System.nanoTime();
    for (int i = 0; i < gets; i++) {
      rnd.nextBytes(extra);
      put(rep, arena, extra.clone(), N + 1 + i, value, false);
      LookupKey lk = new LookupKey(probes[i + 1], InternalKeys.MAX_SEQUENCE_NUMBER);
      rep.get(lk.buffer(), 0, lk.internalKeyLength(), visitor);
    }
    long t1 = System.nanoTime();
    System.out.printf(
        "  %d x (put + get): %.1f ns per put+get wall, %.1f cpu; runs now %d; hits %d%n",
        gets, (t1 - t0) / (double) gets, (cpuNs() - c0) / gets, rep.runCount(), hits[0]);

    c0 = cpuNs();
    t0 = System.nanoTime();
    for (int i = 0; i < gets; i++) {
      LookupKey lk = new LookupKey(probes[i + 1], InternalKeys.MAX_SEQUENCE_NUMBER);
      rep.get(lk.buffer(), 0, lk.internalKeyLength(), visitor);
    }
    System.out.printf("  breakdown: get alone over %d runs: %.1f ns wall, %.1f cpu%n", rep.runCount(), (System.nanoTime() - t0) / (double) gets, (cpuNs() - c0) / gets);
    c0 = cpuNs();
    t0 = System.nanoTime();
    for (int i = 0; i < gets; i++) {
      rnd.nextBytes(extra);
      put(rep, arena, extra.clone(), 2 * N + 1 + i, value, false);
      rep.readableView();
    }
    System.out.printf("  breakdown: put + absorb (sort 1, merge policy): %.1f ns wall, %.1f cpu, runs now %d%n", (System.nanoTime() - t0) / (double) gets, (cpuNs() - c0) / gets, rep.runCount());

    System.out.println("== immutable reads: markReadOnly, first get collapses, then 1M gets");
    rep.markReadOnly();
    cf = cpuNs();
    t0 = System.nanoTime();
    rep.get(first.buffer(), 0, first.internalKeyLength(), visitor);
    System.out.printf("  first get after markReadOnly (collapse): %.1f ms wall, %.1f ms cpu%n", (System.nanoTime() - t0) / 1e6, (cpuNs() - cf) / 1e6);
    for (int round = 0; round < 3; round++) {
      c0 = cpuNs();
      t0 = System.nanoTime();
      for (int i = 0; i < N; i++) {
        LookupKey lk = new LookupKey(probes[i], InternalKeys.MAX_SEQUENCE_NUMBER);
        rep.get(lk.buffer(), 0, lk.internalKeyLength(), visitor);
      }
      System.out.printf("  round %d: %.1f ns/get wall, %.1f cpu%n", round, (System.nanoTime() - t0) / (double) N, (cpuNs() - c0) / N);
    }

    System.out.println("== sort of a fresh 1M tail (first read after a 1M fill): ms");
    for (int round = 0; round < 3; round++) {
      VectorRep r = newRep();
      Arena a = comparatorArena(r);
      for (int i = 0; i < N; i++) {
        put(r, a, order[i], i + 1, value, false);
      }
      cf = cpuNs();
      t0 = System.nanoTime();
      r.iterator();
      System.out.printf("  round %d: %.1f ms wall, %.1f ms cpu%n", round, (System.nanoTime() - t0) / 1e6, (cpuNs() - cf) / 1e6);
    }

  }

  static double median(double[] xs) {
    double[] c = xs.clone();
    java.util.Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }

  static double min(double[] xs) {
    return java.util.Arrays.stream(xs).min().orElse(Double.NaN);
  }

  static double[] round1(double[] xs) {
    return java.util.Arrays.stream(xs).map(x -> Math.round(x * 10) / 10.0).toArray();
  }

  static Arena comparatorArena(VectorRep rep) throws ReflectiveOperationException {
    java.lang.reflect.Field f = VectorRep.class.getDeclaredField("arena");
    f.setAccessible(true);
    return (Arena) f.get(rep);
  }

  static double concurrentFill(byte[][] order, byte[] value, int threads, int batch) throws Exception {
    VectorRep rep = newRep();
    Arena arena = comparatorArena(rep);
    CountDownLatch start = new CountDownLatch(1);
    Thread[] ts = new Thread[threads];
    long[] cpu = new long[threads];
    int per = order.length / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * per;
      int to = t == threads - 1 ? order.length : from + per;
      int slot = t;
      ts[t] = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          throw new RuntimeException(e);
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        if (batch == 0) {
          writeWithoutRep(order, from, to, value);
        } else {
          for (int i = from; i < to; i++) {
            put(rep, arena, order[i], i + 1, value, true);
            if ((i - from + 1) % batch == 0) {
              rep.batchPostProcess();
            }
          }
          rep.batchPostProcess();
        }
        cpu[slot] = THREADS.getCurrentThreadCpuTime() - c0;
        if (Boolean.getBoolean("contention")) {
          java.lang.management.ThreadInfo ti = THREADS.getThreadInfo(Thread.currentThread().getId());
          System.out.printf("    [worker %d: blocked %d times / %d ms, waited %d times / %d ms]%n", slot,
              ti.getBlockedCount(), ti.getBlockedTime(), ti.getWaitedCount(), ti.getWaitedTime());
        }
      });
      ts[t].start();
    }
    long t0 = System.nanoTime();
    start.countDown();
    for (Thread t : ts) {
      t.join();
    }
    long t1 = System.nanoTime();
    if (batch != 0 && rep.approximateMemoryUsage() != 8L * order.length) {
      throw new AssertionError("lost entries");
    }
    lastCpuPerPut = java.util.Arrays.stream(cpu).sum() / (double) order.length;
    return (t1 - t0) / (double) order.length;
  }

  static double lastCpuPerPut;

  static volatile long sink;

  /** The control: encodes entries like the memtable does, into this thread's own fresh blocks. */
  private static void writeWithoutRep(byte[][] order, int from, int to, byte[] value) {
    byte[] block = new byte[1 << 20];
    int p = 0;
    for (int i = from; i < to; i++) {
      byte[] k = order[i];
      int len = Entries.encodedLength(k.length, value.length, 0);
      if (p + len > block.length) {
        block = new byte[1 << 20];
        p = 0;
      }
      block[p] = (byte) (k.length + 8);
      System.arraycopy(k, 0, block, p + 1, k.length);
      dev.purerocks.internal.util.Coding.putFixed64(block, p + 1 + k.length, i + 1);
      block[p + 9 + k.length] = (byte) value.length;
      System.arraycopy(value, 0, block, p + 10 + k.length, value.length);
      p += len;
    }
    sink += p;
  }
}
