package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.RepTestSupport.Fixture;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers on one {@link VectorRep} at once. Every writer counts, after each
 * {@code batchPostProcess} (or each single-writer {@code insert}) returns, how many of its entries
 * are published; a reader reads those counts, then makes a cursor or gets, and must find every
 * counted entry, in order, each once.
 */
class VectorRepConcurrencyTest {
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(120);
  private static final int READERS = 2;
  /** Writers stop every this many entries until the readers have done as many rounds. */
  private static final int PACE = 400;

  /** Key of writer {@code w}'s {@code i}-th entry: a hash (so writers interleave) then (w, i). */
  static byte[] key(int w, int i) {
    byte[] k = new byte[12];
    Coding.putFixed64(k, 0, mix(((long) w << 32) | i));
    k[8] = (byte) w;
    k[9] = (byte) (i >>> 16);
    k[10] = (byte) (i >>> 8);
    k[11] = (byte) i;
    return k;
  }

  /** A bijective 64-bit mix (splitmix64's finalizer). */
  static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /** A shared run: writers, readers, the published counts and failures. */
  private static final class Harness {
    final Fixture f = new Fixture(VectorRep.factory(0), BytewiseComparators.BYTEWISE, 1 << 16);
    final int writers;
    final int perWriter;
    final AtomicIntegerArray published;
    final AtomicInteger readerRounds = new AtomicInteger();
    final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    final long start = System.nanoTime();
    final String seed = "seed " + Long.toHexString(TestSeed.master());
    volatile boolean writersDone;

    Harness(int writers, int perWriter) {
      this.writers = writers;
      this.perWriter = perWriter;
      this.published = new AtomicIntegerArray(writers);
    }

    boolean late() {
      return System.nanoTime() - start > DEADLINE_NANOS;
    }

    long put(int w, int i, boolean concurrent) {
      long addr = f.encode(key(w, i), (long) w * perWriter + i + 1, ValueType.CODE_VALUE, new byte[] {(byte) i});
      if (concurrent) {
        f.rep.insertConcurrently(addr);
      } else {
        f.rep.insert(addr);
      }
      return addr;
    }

    /** Waits (yielding, bounded) until readers have kept up with the writers' pace. */
    void pace(int written) {
      while (!late() && failures.isEmpty() && readerRounds.get() < written / PACE) {
        Thread.yield();
      }
    }

    /** One reader round: a full scan or a batch of gets, against the counts read first. */
    void readOnce(SplittableRandom rnd) {
      int[] before = new int[writers];
      for (int w = 0; w < writers; w++) {
        before[w] = published.get(w);
      }
      if (rnd.nextInt(3) == 0) {
        for (int g = 0; g < 50; g++) {
          int w = rnd.nextInt(writers);
          if (before[w] == 0) {
            continue;
          }
          int i = rnd.nextInt(before[w]);
          byte[] target = RepTestSupport.ikey(key(w, i), InternalKeys.MAX_SEQUENCE_NUMBER, ValueType.FOR_SEEK.code());
          long[] found = new long[1];
          f.rep.get(target, 0, target.length, e -> {
            found[0] = e;
            return false;
          });
          assertWithMessage("%s: get of writer %s entry %s", seed, w, i)
              .that(found[0] != 0 && Entries.sequence(f.arena, found[0]) == (long) w * perWriter + i + 1)
              .isTrue();
        }
        return;
      }
      MemTableRep.Cursor c = f.rep.iterator();
      BitSet[] seen = new BitSet[writers];
      for (int w = 0; w < writers; w++) {
        seen[w] = new BitSet(perWriter);
      }
      long prev = 0;
      boolean backward = rnd.nextBoolean();
      if (backward) {
        c.seekToLast();
      } else {
        c.seekToFirst();
      }
      for (; c.isValid(); ) {
        long e = c.entry();
        if (prev != 0) {
          int cmp = f.cmp.compare(prev, e);
          assertWithMessage("%s: scan order", seed).that(backward ? cmp > 0 : cmp < 0).isTrue();
        }
        long seq = Entries.sequence(f.arena, e) - 1;
        int w = (int) (seq / perWriter);
        int i = (int) (seq % perWriter);
        assertWithMessage("%s: entry seen twice", seed).that(seen[w].get(i)).isFalse();
        seen[w].set(i);
        prev = e;
        if (backward) {
          c.prev();
        } else {
          c.next();
        }
      }
      for (int w = 0; w < writers; w++) {
        assertWithMessage("%s: writer %s's published entries missing from a later cursor", seed, w)
            .that(seen[w].nextClearBit(0)).isAtLeast(before[w]);
      }
    }

    Thread reader(SplittableRandom rnd) {
      return new Thread(() -> {
        try {
          while (!writersDone && !late() && failures.isEmpty()) {
            readOnce(rnd);
            readerRounds.incrementAndGet();
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }, "reader");
    }

    void joinAll(List<Thread> threads) throws InterruptedException {
      for (Thread t : threads) {
        long left = DEADLINE_NANOS - (System.nanoTime() - start);
        TimeUnit.NANOSECONDS.timedJoin(t, Math.max(1, left));
      }
      for (Thread t : threads) {
        if (t.isAlive()) {
          failures.add(new AssertionError(seed + ": " + t.getName() + " did not finish within the deadline"));
          t.interrupt();
        }
      }
    }

    void checkFinal() {
      if (!failures.isEmpty()) {
        AssertionError e = new AssertionError(seed + ": " + failures.size() + " failure(s)", failures.peek());
        failures.stream().skip(1).forEach(e::addSuppressed);
        throw e;
      }
      f.rep.markReadOnly();
      List<Long> all = f.scanForward(f.rep.iterator());
      assertWithMessage("%s: entries after markReadOnly", seed).that(all).hasSize(writers * perWriter);
      for (int k = 1; k < all.size(); k++) {
        assertWithMessage("%s: final order", seed).that(f.cmp.compare(all.get(k - 1), all.get(k))).isLessThan(0);
      }
      assertWithMessage("%s: memory", seed)
          .that(f.rep.approximateMemoryUsage()).isEqualTo(8L * writers * perWriter);
    }
  }

  @Spec({"REP-VECTOR-8", "REP-CONTRACT-3"})
  @Test
  void concurrentWritersWithBatchPostProcess_readersSeeEveryPublishedEntryInOrder() throws Exception {
    Harness h = new Harness(3, 12_000);
    SplittableRandom root = TestSeed.random("VectorRepConcurrencyTest.concurrent");
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      threads.add(h.reader(root.split()));
    }
    List<Thread> writerThreads = new ArrayList<>();
    for (int w = 0; w < h.writers; w++) {
      int id = w;
      SplittableRandom rnd = root.split();
      writerThreads.add(new Thread(() -> {
        try {
          int i = 0;
          while (i < h.perWriter && !h.late() && h.failures.isEmpty()) {
            int batch = Math.min(h.perWriter - i, 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 200));
            for (int b = 0; b < batch; b++, i++) {
              h.put(id, i, true);
            }
            h.f.rep.batchPostProcess();
            h.published.set(id, i);
            h.pace(i);
          }
        } catch (Throwable t) {
          h.failures.add(t);
        }
      }, "writer-" + w));
    }
    threads.forEach(Thread::start);
    writerThreads.forEach(Thread::start);
    h.joinAll(writerThreads);
    h.writersDone = true;
    h.joinAll(threads);
    h.checkFinal();
  }

  /** Many writer threads, each registering once: every one keeps finding its own log. */
  @Spec("REP-VECTOR-8")
  @Test
  void manyWriterThreads_eachPublishesItsOwnEntries() throws Exception {
    Harness h = new Harness(24, 300);
    List<Thread> writerThreads = new ArrayList<>();
    for (int w = 0; w < h.writers; w++) {
      int id = w;
      writerThreads.add(new Thread(() -> {
        try {
          for (int i = 0; i < h.perWriter; i++) {
            h.put(id, i, true);
            if (i % 7 == 6) {
              h.f.rep.batchPostProcess();
              h.published.set(id, i + 1);
            }
          }
          h.f.rep.batchPostProcess();
          h.published.set(id, h.perWriter);
        } catch (Throwable t) {
          h.failures.add(t);
        }
      }, "writer-" + w));
    }
    Thread reader = h.reader(TestSeed.random("VectorRepConcurrencyTest.many"));
    reader.start();
    writerThreads.forEach(Thread::start);
    h.joinAll(writerThreads);
    h.writersDone = true;
    h.joinAll(List.of(reader));
    h.readOnce(TestSeed.random("VectorRepConcurrencyTest.many.final")); // everything, before markReadOnly
    h.checkFinal();
  }

  @Spec({"REP-VECTOR-7", "REP-CONTRACT-3"})
  @Test
  void singleWriterInsert_readersSeeEachEntryOnceInsertReturns() throws Exception {
    Harness h = new Harness(1, 30_000);
    SplittableRandom root = TestSeed.random("VectorRepConcurrencyTest.single");
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      readers.add(h.reader(root.split()));
    }
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; i < h.perWriter && !h.late() && h.failures.isEmpty(); i++) {
          h.put(0, i, false);
          h.published.set(0, i + 1);
          h.pace(i + 1);
        }
      } catch (Throwable t) {
        h.failures.add(t);
      }
    }, "writer");
    readers.forEach(Thread::start);
    writer.start();
    h.joinAll(List.of(writer));
    h.writersDone = true;
    h.joinAll(readers);
    h.checkFinal();
  }
}
