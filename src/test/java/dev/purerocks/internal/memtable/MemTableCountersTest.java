package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.delete;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.singleDelete;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Counters (M9), emptiness and sequence bounds (M10), duplicates (M5), the concurrent path. */
class MemTableCountersTest {

  @Spec({"MT-COUNT-1", "MT-ADD-1"})
  @Test
  void counters_countEveryRecord_deletesOnlyPointDeletions_rangeDeletesSeparately() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "a", "v");
    delete(m, 2, "a");
    singleDelete(m, 3, "b");
    merge(m, 4, "c", "m");
    deleteRange(m, 5, "x", "z");
    assertThat(m.numEntries()).isEqualTo(5);
    assertThat(m.numDeletes()).isEqualTo(2);
    assertThat(m.numRangeDeletes()).isEqualTo(1);
    long expected =
        Entries.encodedLength(1, 1, 0)
            + Entries.encodedLength(1, 0, 0)
            + Entries.encodedLength(1, 0, 0)
            + Entries.encodedLength(1, 1, 0)
            + Entries.encodedLength(1, 1, 0);
    assertThat(m.dataSize()).isEqualTo(expected);
  }

  @Spec({"MT-ADD-1", "MT-ADD-5"})
  @Test
  void add_pointRecordsGoToThePointTable_rangeDeletionsToTheirOwn() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "a", "v");
    delete(m, 2, "a");
    singleDelete(m, 3, "b");
    merge(m, 4, "c", "m");
    deleteRange(m, 5, "x", "z");
    List<String> points = new ArrayList<>();
    MemTableIterator it = m.newIterator(false);
    for (it.seekToFirst(); it.isValid(); it.next()) {
      points.add(new String(it.userKey(), java.nio.charset.StandardCharsets.UTF_8)
          + "@" + it.sequence() + ":" + it.type());
    }
    assertThat(points)
        .containsExactly("a@2:DELETION", "a@1:VALUE", "b@3:SINGLE_DELETION", "c@4:MERGE")
        .inOrder();
    FragmentedRangeTombstones tombstones = m.rangeTombstones();
    assertThat(tombstones.size()).isEqualTo(1);
    assertThat(tombstones.start(0)).isEqualTo(b("x"));
    assertThat(tombstones.end(0)).isEqualTo(b("z"));
    assertThat(tombstones.seq(0, 0)).isEqualTo(5);
  }

  /** ExpF's counter column: SingleDelete counts as a delete. */
  @Spec("MT-COUNT-1")
  @Test
  void counters_matchExpF_singleDeletePatterns() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "k", "v1");
    singleDelete(m, 2, "k");
    put(m, 3, "k", "v2");
    assertThat(m.numEntries()).isEqualTo(3);
    assertThat(m.numDeletes()).isEqualTo(1);
    assertThat(read(3, "k", m)).isEqualTo("v2");
    MemTable n = MemTableFixtures.memTable();
    singleDelete(n, 1, "k");
    singleDelete(n, 2, "k");
    assertThat(n.numEntries()).isEqualTo(2);
    assertThat(n.numDeletes()).isEqualTo(2);
  }

  @Spec("MT-COUNT-2")
  @Test
  void emptiness_andSequenceBounds_followInsertedRecords() {
    MemTable m = new MemTable(MemTableOptions.builder().build(), 41);
    assertThat(m.isEmpty()).isTrue();
    assertThat(m.firstSequenceNumber()).isEqualTo(0);
    assertThat(m.earliestSequenceNumber()).isEqualTo(41);
    assertThat(m.creationSequenceNumber()).isEqualTo(41);
    put(m, 45, "a", "v");
    assertThat(m.isEmpty()).isFalse();
    assertThat(m.firstSequenceNumber()).isEqualTo(45);
    assertThat(m.earliestSequenceNumber()).isEqualTo(41);
    put(m, 46, "b", "v");
    assertThat(m.firstSequenceNumber()).isEqualTo(45);
    // A smaller sequence (possible on the concurrent path, or recovery) lowers both.
    put(m, 30, "c", "v");
    assertThat(m.firstSequenceNumber()).isEqualTo(30);
    assertThat(m.earliestSequenceNumber()).isEqualTo(30);
  }

  /** RocksDB tests first_seqno == 0, so a record at sequence 0 would leave it "empty". */
  @Spec("MT-COUNT-2")
  @Test
  void emptiness_aRecordAtSequenceZeroCounts() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 0, "a", "v");
    assertThat(m.isEmpty()).isFalse();
    assertThat(m.firstSequenceNumber()).isEqualTo(0);
    assertThat(read(0, "a", m)).isEqualTo("v");
  }

  @Spec({"MT-COUNT-2", "RT-ADD-1"})
  @Test
  void emptiness_aRangeDeletionAloneMakesTheMemtableNonEmpty_butAnEmptyRangeDoesNot() {
    MemTable m = MemTableFixtures.memTable();
    assertThat(m.add(1, ValueType.RANGE_DELETION, b("a"), b("a"))).isTrue();
    assertThat(m.isEmpty()).isTrue();
    assertThat(m.numEntries()).isEqualTo(0);
    assertThat(m.rangeTombstones()).isNull();
    deleteRange(m, 2, "a", "b");
    assertThat(m.isEmpty()).isFalse();
    assertThat(m.numEntries()).isEqualTo(1);
    assertThat(m.numDeletes()).isEqualTo(0);
  }

  @Spec("MT-ADD-3")
  @Test
  void add_sameUserKeyAndSequence_isRefusedWhateverTheType_andChangesNothing() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 7, "k", "v");
    long size = m.dataSize();
    assertThat(m.add(7, ValueType.MERGE, b("k"), b("other"))).isFalse();
    assertThat(m.add(7, ValueType.DELETION, b("k"), new byte[0])).isFalse();
    assertThat(m.numEntries()).isEqualTo(1);
    assertThat(m.numDeletes()).isEqualTo(0);
    assertThat(m.dataSize()).isEqualTo(size);
    assertThat(read(7, "k", m)).isEqualTo("v");
    assertThat(MemTable.DUPLICATE_MESSAGE).isEqualTo("key+seq exists");
    // Same tombstone begin and sequence in the tombstone table: refused too.
    deleteRange(m, 9, "a", "b");
    assertThat(m.add(9, ValueType.RANGE_DELETION, b("a"), b("c"))).isFalse();
    assertThat(m.numRangeDeletes()).isEqualTo(1);
    // Another sequence for the same key is fine.
    assertThat(m.add(8, ValueType.VALUE, b("k"), b("v8"))).isTrue();
  }

  @Spec("MT-ADD-3")
  @Test
  void add_duplicateOnARepresentationThatDoesNotDetectThem_isInserted() {
    MemTable m =
        new MemTable(MemTableOptions.builder().repFactory(SortedCopyRep.factory()).build(), 0);
    put(m, 7, "k", "v");
    assertThat(m.add(7, ValueType.VALUE, b("k"), b("w"))).isTrue();
    assertThat(m.numEntries()).isEqualTo(2);
  }

  @Spec("RT-ADD-2")
  @Test
  void add_invertedRange_isRejectedAndChangesNothing() {
    MemTable m = MemTableFixtures.memTable();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.add(1, ValueType.RANGE_DELETION, b("z"), b("a")));
    assertThat(e).hasMessageThat().isEqualTo("end key comes before start key");
    assertThat(m.isEmpty()).isTrue();
  }

  @Spec("MT-ADD-2")
  @Test
  void addConcurrently_countersLagUntilBatchPostProcess() {
    MemTable m = MemTableFixtures.memTable();
    PostProcessInfo info = new PostProcessInfo();
    m.addConcurrently(3, ValueType.VALUE, b("a"), 0, 1, b("v"), 0, 1, info);
    m.addConcurrently(4, ValueType.DELETION, b("b"), 0, 1, new byte[0], 0, 0, info);
    m.addConcurrently(5, ValueType.RANGE_DELETION, b("c"), 0, 1, b("d"), 0, 1, info);
    assertThat(m.numEntries()).isEqualTo(0);
    assertThat(m.isEmpty()).isFalse();
    assertThat(read(5, "a", m)).isEqualTo("v");
    assertThat(read(5, "c", m)).isNull();
    assertThat(info.numEntries()).isEqualTo(3);
    assertThat(info.numDeletes()).isEqualTo(1);
    assertThat(info.numRangeDeletes()).isEqualTo(1);
    m.batchPostProcess(info);
    assertThat(m.numEntries()).isEqualTo(3);
    assertThat(m.numDeletes()).isEqualTo(1);
    assertThat(m.numRangeDeletes()).isEqualTo(1);
    assertThat(m.dataSize()).isEqualTo(info.dataSize());
    info.reset();
    assertThat(info.numEntries()).isEqualTo(0);
  }

  @Spec("MT-ADD-2")
  @Test
  void addConcurrently_onARepresentationWithoutConcurrentInsert_isRefused() {
    MemTable m =
        new MemTable(MemTableOptions.builder().repFactory(SortedCopyRep.factory()).build(), 0);
    assertThrows(
        IllegalStateException.class,
        () ->
            m.addConcurrently(
                1, ValueType.VALUE, b("a"), 0, 1, b("v"), 0, 1, new PostProcessInfo()));
  }

  @Spec("MT-ADD-2")
  @Test
  void addConcurrently_manyThreads_loseNoEntryNoCounterNoBloomBit() throws Exception {
    String testId = getClass().getName() + "#addConcurrently_manyThreads";
    SplittableRandom rnd = TestSeed.random(testId);
    int threads = 4;
    int perThread = 5_000;
    MemTable m =
        new MemTable(
            MemTableOptions.builder()
                .prefixExtractor(dev.purerocks.internal.dbformat.PrefixExtractor.capped(3))
                .wholeKeyFiltering(true)
                .prefixBloomSizeRatio(0.1)
                .writeBufferSize(4 << 20)
                .build(),
            0);
    long salt = rnd.nextLong();
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  PostProcessInfo info = new PostProcessInfo();
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    byte[] key = key(salt, id, i);
                    long seq = 1 + (long) i * threads + id;
                    ValueType type = i % 7 == 0 ? ValueType.DELETION : ValueType.VALUE;
                    if (!m.addConcurrently(seq, type, key, 0, key.length, key, 0, key.length,
                        info)) {
                      throw new AssertionError("duplicate reported for a unique key");
                    }
                    if (i % 100 == 99) {
                      m.batchPostProcess(info);
                      info.reset();
                    }
                  }
                  m.batchPostProcess(info);
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join(120_000);
      if (w.isAlive()) {
        fail("concurrent writer did not finish within 120 s; seed " + TestSeed.master());
      }
    }
    if (failure.get() != null) {
      throw new AssertionError("seed " + Long.toHexString(TestSeed.master()), failure.get());
    }
    long total = (long) threads * perThread;
    assertThat(m.numEntries()).isEqualTo(total);
    long deletes = (long) threads * ((perThread + 6) / 7);
    assertThat(m.numDeletes()).isEqualTo(deletes);
    assertThat(m.firstSequenceNumber()).isEqualTo(1);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        byte[] key = key(salt, t, i);
        assertThat(m.mayContain(key, 0, key.length)).isTrue();
        GetContext ctx = new GetContext();
        m.get(new dev.purerocks.internal.dbformat.LookupKey(key, InternalKeys.MAX_SEQUENCE_NUMBER),
            ctx);
        GetContext.State want = i % 7 == 0 ? GetContext.State.DELETED : GetContext.State.FOUND;
        assertThat(ctx.state()).isEqualTo(want);
      }
    }
    MemTableIterator it = m.newIterator(false);
    long n = 0;
    byte[] last = null;
    for (it.seekToFirst(); it.isValid(); it.next()) {
      byte[] k = it.internalKey();
      if (last != null) {
        assertThat(InternalKeys.compare(m.userComparator(), last, 0, last.length, k, 0, k.length))
            .isLessThan(0);
      }
      last = k;
      n++;
    }
    assertThat(n).isEqualTo(total);
  }

  private static byte[] key(long salt, int thread, int i) {
    long h = dev.purerocks.internal.util.Hashing.mix(salt ^ ((long) thread << 32) ^ i);
    return b(Long.toHexString(h) + "-" + thread + "-" + i);
  }
}
