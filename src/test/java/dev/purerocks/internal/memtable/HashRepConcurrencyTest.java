package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One writer inserts while readers use every read path; readers must always see sorted,
 * bucket-correct results that include every entry published before they started. Bucket lists are
 * created, and linked lists become skip lists, while readers are inside them.
 */
class HashRepConcurrencyTest {
  private static final int ENTRIES = 20_000;
  private static final int READERS = 2;
  private static final long JOIN_MILLIS = 120_000;

  static Stream<MemTableRepFactory> factories() {
    return Stream.of(
        HashSkipListRep.factory(13, 4, 4),
        HashSkipListRep.factory(1, 6, 2),
        HashLinkListRep.factory(13, 0, 0, false, 8),
        HashLinkListRep.factory(512, 0, 0, false, 3),
        // Long lists, indexed and re-indexed while readers walk them (REP-HLL-8); at 700 entries
        // the indexed lists become skip lists.
        HashLinkListRep.factory(7, 0, 0, false, -1),
        HashLinkListRep.factory(7, 0, 0, false, 700));
  }

  /** The i-th key: a 2-byte prefix from 40 choices, a scrambled suffix; short keys now and then. */
  private static byte[] key(int i) {
    if (i % 97 == 0) {
      return new byte[] {(byte) ('a' + i % 3)}; // outside the fixed(2) domain
    }
    int s = i * 0x9E3779B1;
    return new byte[] {
      (byte) ('a' + i % 5),
      (byte) ('a' + (i / 5) % 8),
      (byte) (s >>> 24),
      (byte) (s >>> 16),
      (byte) (s >>> 8),
      (byte) s
    };
  }

  private static byte[] ikey(Arena arena, long entry) {
    return Entries.internalKey(arena, entry);
  }

  @Spec("REP-HASH-CONC-1")
  @ParameterizedTest
  @MethodSource("factories")
  void readersDuringInserts_alwaysSeeSortedBucketCorrectResults(MemTableRepFactory factory)
      throws InterruptedException {
    String seedNote = " [seed " + Long.toHexString(TestSeed.master()) + ", " + factory + "]";
    Arena arena = new Arena(64 * 1024);
    KeyComparator cmp = new KeyComparator(arena, BytewiseComparators.BYTEWISE);
    PrefixExtractor extractor = PrefixExtractor.fixed(2);
    MemTableRep rep = factory.create(cmp, extractor, InfoLog.NONE);
    long bucketCount =
        Long.parseLong(factory.toString().replaceAll(".*bucket_count=(\\d+).*", "$1"));
    PrefixBuckets bucketFunction = new PrefixBuckets(new Arena(4096), extractor, bucketCount);
    AtomicInteger published = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();

    Thread writer =
        new Thread(
            () -> {
              byte[] value = new byte[16];
              for (int i = 0; i < ENTRIES && failure.get() == null; i++) {
                byte[] k = key(i);
                long e = rep.allocate(Entries.encodedLength(k.length, value.length, 0));
                Entries.encode(
                    arena,
                    e,
                    k,
                    0,
                    k.length,
                    InternalKeys.packTrailer(i + 1, ValueType.VALUE.code()),
                    value,
                    0,
                    value.length);
                if (!rep.insert(e)) {
                  failure.compareAndSet(null, new AssertionError("insert refused #" + i));
                }
                published.set(i + 1);
              }
            });

    Runnable reader =
        () -> {
          SplittableRandom rnd = TestSeed.random("HashRepConcurrencyTest." + factory);
          try {
            while (published.get() < ENTRIES && failure.get() == null) {
              int n = published.get();
              if (n == 0) {
                continue;
              }
              int i = rnd.nextInt(n);
              byte[] target =
                  InternalKeys.encode(key(i), 0, key(i).length, i + 1, ValueType.VALUE.code());
              int bucket = bucketFunction.bucketOfInternalKey(target, 0, target.length);
              // Prefix seek: the published entry itself comes first, then its bucket, sorted.
              MemTableRep.Cursor p = rep.prefixIterator();
              p.seek(target, 0, target.length);
              assertWithMessage("prefix seek lost a published entry" + seedNote)
                  .that(p.isValid() && cmp.compare(p.entry(), target, 0, target.length) == 0)
                  .isTrue();
              long prev = p.entry();
              for (p.next(); p.isValid(); p.next()) {
                long e = p.entry();
                assertWithMessage("prefix walk out of order" + seedNote)
                    .that(cmp.compare(prev, e))
                    .isLessThan(0);
                assertWithMessage("prefix walk left its bucket" + seedNote)
                    .that(
                        bucketFunction.bucketOfInternalKey(
                            ikey(arena, e), 0, ikey(arena, e).length))
                    .isEqualTo(bucket);
                prev = e;
              }
              // Get finds it.
              long[] found = {0};
              rep.get(
                  target,
                  0,
                  target.length,
                  e -> {
                    found[0] = e;
                    return false;
                  });
              assertWithMessage("get lost a published entry" + seedNote)
                  .that(found[0] != 0 && cmp.compare(found[0], target, 0, target.length) == 0)
                  .isTrue();
              // Now and then a total-order pass holding at least everything published before it.
              if (rnd.nextInt(64) == 0) {
                int before = published.get();
                MemTableRep.Cursor t = rep.iterator();
                int count = 0;
                long last = 0;
                for (t.seekToFirst(); t.isValid(); t.next()) {
                  if (last != 0) {
                    assertWithMessage("total order out of order" + seedNote)
                        .that(cmp.compare(last, t.entry()))
                        .isLessThan(0);
                  }
                  last = t.entry();
                  count++;
                }
                assertWithMessage("total order lost entries" + seedNote)
                    .that(count)
                    .isAtLeast(before);
              }
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          }
        };

    Thread[] readers = new Thread[READERS];
    for (int r = 0; r < READERS; r++) {
      readers[r] = new Thread(reader, "reader-" + r);
      readers[r].start();
    }
    writer.start();
    writer.join(JOIN_MILLIS);
    for (Thread t : readers) {
      t.join(JOIN_MILLIS);
    }
    boolean stuck = writer.isAlive();
    for (Thread t : readers) {
      stuck |= t.isAlive();
    }
    if (stuck) {
      failure.compareAndSet(null, new AssertionError("threads still running after the join limit"));
      writer.interrupt();
    }
    if (failure.get() != null) {
      throw new AssertionError("concurrent check failed" + seedNote, failure.get());
    }
    // Afterwards every entry is there, in order.
    MemTableRep.Cursor t = rep.iterator();
    int count = 0;
    for (t.seekToFirst(); t.isValid(); t.next()) {
      count++;
    }
    assertWithMessage("final count" + seedNote).that(count).isEqualTo(ENTRIES);
  }
}
