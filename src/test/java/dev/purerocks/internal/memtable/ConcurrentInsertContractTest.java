package dev.purerocks.internal.memtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.MemTableRep.Cursor;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent inserts (RocksDB's {@code allow_concurrent_memtable_write}) against concurrent
 * readers, for representations whose factory supports {@code insertConcurrently}. Subclass once
 * per representation and implement {@link #factory()}.
 *
 * <p>Writers insert in small batches and call {@code batchPostProcess} after each, then publish
 * how far they got. A reader notes every writer's published count, then creates a cursor and
 * scans: the scan must be strictly ordered and contain every entry published before the cursor
 * was created (REP-CONTRACT-3: visible no later than {@code batchPostProcess} returns). Entries
 * published later may or may not appear. At the end the representation holds exactly every entry.
 *
 * <p>Keys end with the writer and its insert index, so a reader can tell every entry it sees
 * apart; their first bytes come from a two-symbol alphabet so that writers insert next to each
 * other.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MemTableRepContractTest.KeyOrder.class)
public abstract class ConcurrentInsertContractTest {
  private static final long TIMEOUT_MILLIS = 120_000;

  @Parameter MemTableRepContractTest.KeyOrder keyOrder;

  /** The factory of the representation under test; it must support concurrent inserts. */
  protected abstract MemTableRepFactory factory();

  protected UserComparator comparator() {
    return keyOrder.comparator;
  }

  /** Null, or an extractor whose domain holds every key here (5 to 8 bytes long). */
  protected PrefixExtractor prefixExtractor() {
    return null;
  }

  protected int writers() {
    return 4;
  }

  protected int readers() {
    return 3;
  }

  protected int entriesPerWriter() {
    return 2500;
  }

  @Spec("REP-CONTRACT-3")
  @Test
  void concurrentWriters_withReaders_everyPublishedEntryIsSeenInOrder_noneLost()
      throws Exception {
    String testId = getClass().getName() + "#concurrentWriters[" + keyOrder + "]";
    String where = " [" + testId + "; reproduce with -Dtests.seed=" + Long.toHexString(TestSeed.master()) + "]";
    SplittableRandom rnd = TestSeed.random(testId);
    MemTableRepFactory f = factory();
    assertTrue(f.isInsertConcurrentlySupported(), f + " does not support concurrent inserts");
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    KeyComparator cmp = new KeyComparator(arena, comparator());
    MemTableRep rep = f.create(cmp, prefixExtractor(), InfoLog.NONE);

    int w = writers();
    int n = entriesPerWriter();
    AtomicIntegerArray published = new AtomicIntegerArray(w);
    AtomicBoolean writersDone = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CyclicBarrier start = new CyclicBarrier(w + readers());
    List<Thread> writerThreads = new ArrayList<>();
    List<Thread> readerThreads = new ArrayList<>();
    long[] scans = new long[readers()];

    for (int t = 0; t < w; t++) {
      int writer = t;
      SplittableRandom r = rnd.split();
      writerThreads.add(
          worker(
              "writer-" + t,
              failure,
              () -> {
                start.await();
                int i = 0;
                while (i < n && failure.get() == null) {
                  int batch = Math.min(n - i, 1 + r.nextInt(16));
                  for (int b = 0; b < batch; b++, i++) {
                    long entry = encode(rep, arena, writer, i);
                    if (!rep.insertConcurrently(entry)) {
                      throw new AssertionError("insertConcurrently refused a unique entry " + writer + "/" + i + where);
                    }
                  }
                  rep.batchPostProcess();
                  published.set(writer, i);
                  // Read-your-own-write: a fresh cursor finds the batch's last entry.
                  byte[] last = internalKey(writer, i - 1);
                  Cursor c = rep.iterator();
                  c.seek(last, 0, last.length);
                  if (!c.isValid() || Entries.sequence(arena, c.entry()) != seq(writer, i - 1)) {
                    throw new AssertionError("writer " + writer + " cannot read its own entry " + (i - 1) + where);
                  }
                }
              }));
    }
    for (int t = 0; t < readers(); t++) {
      int reader = t;
      SplittableRandom r = rnd.split();
      readerThreads.add(
          worker(
              "reader-" + t,
              failure,
              () -> {
                start.await();
                boolean last = false;
                while (!last && failure.get() == null) {
                  last = writersDone.get(); // one more scan after the writers finished
                  int[] before = new int[w];
                  for (int k = 0; k < w; k++) {
                    before[k] = published.get(k);
                  }
                  scanAndCheck(rep, arena, cmp, before, r.nextBoolean(), where);
                  scans[reader]++;
                }
              }));
    }
    writerThreads.forEach(Thread::start);
    readerThreads.forEach(Thread::start);
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    joinAll(writerThreads, deadline, failure, where);
    writersDone.set(true);
    joinAll(readerThreads, deadline, failure, where);
    if (failure.get() != null) {
      throw new AssertionError("a worker failed" + where, failure.get());
    }
    int[] all = new int[w];
    Arrays.fill(all, n);
    List<Long> counts = new ArrayList<>();
    counts.add(scanAndCheck(rep, arena, cmp, all, true, where));
    counts.add(scanAndCheck(rep, arena, cmp, all, false, where));
    assertEquals(List.of((long) w * n, (long) w * n), counts, "exactly every entry, both ways" + where);
    if (rep instanceof SkipListRep s) {
      assertNull(s.checkLevels(), "skip-list levels" + where);
    }
    for (long s : scans) {
      assertTrue(s > 0, "every reader scanned at least once" + where);
    }
  }

  // ---- workers ------------------------------------------------------------------------------

  private interface Body {
    void run() throws Exception;
  }

  private static Thread worker(String name, AtomicReference<Throwable> failure, Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                failure.compareAndSet(null, e);
              }
            },
            name);
    t.setDaemon(true); // a hung worker must not keep the test JVM alive
    return t;
  }

  private static void joinAll(List<Thread> threads, long deadline, AtomicReference<Throwable> failure, String where)
      throws InterruptedException {
    for (Thread t : threads) {
      t.join(Math.max(1, deadline - System.currentTimeMillis()));
      if (t.isAlive()) {
        failure.compareAndSet(null, new AssertionError("timed out"));
        fail(t.getName() + " did not finish within " + TIMEOUT_MILLIS / 1000 + " s (hang or livelock?)" + where);
      }
    }
  }

  /**
   * Scans in one direction; checks strict order, that every entry is one the writers made, and
   * that entry {@code i} of writer {@code k} is present for every {@code i < required[k]}.
   * Returns the number of entries seen.
   */
  private long scanAndCheck(MemTableRep rep, Arena arena, KeyComparator cmp, int[] required, boolean forward, String where) {
    int w = required.length;
    int n = entriesPerWriter();
    BitSet[] seen = new BitSet[w];
    for (int k = 0; k < w; k++) {
      seen[k] = new BitSet(n);
    }
    Cursor c = rep.iterator();
    long count = 0;
    long previous = 0;
    for (position(c, forward); c.isValid(); step(c, forward)) {
      long e = c.entry();
      if (previous != 0 && cmp.compare(previous, e) * (forward ? 1 : -1) >= 0) {
        throw new AssertionError("not strictly ordered: " + RepModel.decode(arena, previous) + " then " + RepModel.decode(arena, e) + where);
      }
      previous = e;
      byte[] key = Entries.userKey(arena, e);
      int writer = key[key.length - 4] & 0xFF;
      int index = ((key[key.length - 3] & 0xFF) << 16) | ((key[key.length - 2] & 0xFF) << 8) | (key[key.length - 1] & 0xFF);
      if (writer >= w || index >= n || !Arrays.equals(key, userKey(writer, index))
          || Entries.sequence(arena, e) != seq(writer, index)
          || !Arrays.equals(Entries.value(arena, e), value(writer, index))) {
        throw new AssertionError("unknown or damaged entry " + RepModel.decode(arena, e) + where);
      }
      if (seen[writer].get(index)) {
        throw new AssertionError("entry seen twice: " + writer + "/" + index + where);
      }
      seen[writer].set(index);
      if (++count > (long) w * n) {
        throw new AssertionError("scan does not end" + where);
      }
    }
    for (int k = 0; k < w; k++) {
      int missing = seen[k].nextClearBit(0);
      if (missing < required[k]) {
        throw new AssertionError(
            (forward ? "forward" : "backward") + " scan lost entry " + k + "/" + missing + ", published before the cursor was created (writer " + k + " had published " + required[k] + ")" + where);
      }
    }
    return count;
  }

  private static void position(Cursor c, boolean forward) {
    if (forward) {
      c.seekToFirst();
    } else {
      c.seekToLast();
    }
  }

  private static void step(Cursor c, boolean forward) {
    if (forward) {
      c.next();
    } else {
      c.prev();
    }
  }

  // ---- entries ------------------------------------------------------------------------------

  /** Two leading bytes over {0x00, 0xFF} spread writers over the key space; then writer, index. */
  private static byte[] userKey(int writer, int index) {
    int spread = Integer.reverse(index * 0x9E3779B1 + writer) >>> 29; // 0..7
    int lead = 1 + (spread & 3); // 1..4 leading bytes, so keys have 5..8 bytes
    byte[] key = new byte[lead + 4];
    for (int i = 0; i < lead; i++) {
      key[i] = ((spread >> 2) + i) % 2 == 0 ? 0 : (byte) 0xFF;
    }
    key[lead] = (byte) writer;
    key[lead + 1] = (byte) (index >>> 16);
    key[lead + 2] = (byte) (index >>> 8);
    key[lead + 3] = (byte) index;
    return key;
  }

  private long seq(int writer, int index) {
    return (long) writer * entriesPerWriter() + index + 1;
  }

  private static byte[] value(int writer, int index) {
    byte[] v = new byte[(index + writer) % 20];
    Arrays.fill(v, (byte) (index ^ writer));
    return v;
  }

  private byte[] internalKey(int writer, int index) {
    return RepModel.internalKey(userKey(writer, index), seq(writer, index), ValueType.FOR_SEEK.code());
  }

  private long encode(MemTableRep rep, Arena arena, int writer, int index) {
    byte[] key = userKey(writer, index);
    byte[] value = value(writer, index);
    long entry = rep.allocate(Entries.encodedLength(key.length, value.length, 0));
    Entries.encode(
        arena, entry, key, 0, key.length,
        InternalKeys.packTrailer(seq(writer, index), ValueType.CODE_VALUE),
        value, 0, value.length);
    return entry;
  }
}
