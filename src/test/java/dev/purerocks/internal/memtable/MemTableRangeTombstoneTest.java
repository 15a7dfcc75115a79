package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.get;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Range deletions in the memtable (M55-M59), reproducing ExpG. */
class MemTableRangeTombstoneTest {
  static Stream<MemTableRepFactory> factories() {
    return Stream.of(SkipListRep.factory(0), SortedCopyRep.factory());
  }

  private static MemTable mem(MemTableRepFactory f) {
    return new MemTable(MemTableOptions.builder().repFactory(f).build(), 0);
  }

  @Spec("RT-GET-1")
  @ParameterizedTest
  @MethodSource("factories")
  void deleteRange_reproducesExpG(MemTableRepFactory f) {
    MemTable m = mem(f);
    long seq = 0;
    for (char c = 'a'; c <= 'h'; c++) {
      put(m, ++seq, "" + c, "v" + c);
    }
    merge(m, ++seq, "e", "m1");
    long before = seq;
    deleteRange(m, ++seq, "c", "f");
    assertThat(m.numEntries()).isEqualTo(10);
    assertThat(m.numDeletes()).isEqualTo(0);
    assertThat(m.numRangeDeletes()).isEqualTo(1);
    long now = seq;
    assertThat(read(now, "a", m)).isEqualTo("va");
    assertThat(read(now, "b", m)).isEqualTo("vb");
    assertThat(read(now, "c", m)).isNull();
    assertThat(read(now, "d", m)).isNull();
    assertThat(read(now, "e", m)).isNull();
    assertThat(read(now, "f", m)).isEqualTo("vf");
    assertThat(read(now, "h", m)).isEqualTo("vh");
    // A snapshot taken before the tombstone still sees the data.
    assertThat(read(before, "d", m)).isEqualTo("vd");
    assertThat(read(before, "e", m)).isEqualTo("ve,m1");
    // Newer writes on top of the tombstone are visible; a merge on a covered base has no base.
    put(m, ++seq, "d", "d-new");
    merge(m, ++seq, "e", "m2");
    assertThat(read(seq, "d", m)).isEqualTo("d-new");
    assertThat(read(seq, "e", m)).isEqualTo("m2");
    deleteRange(m, ++seq, "b", "d");
    assertThat(m.add(++seq, ValueType.RANGE_DELETION, b("a"), b("a"))).isTrue();
    assertThat(m.numEntries()).isEqualTo(13);
    assertThat(m.numRangeDeletes()).isEqualTo(2);
    assertThat(read(seq, "a", m)).isEqualTo("va");
    assertThat(read(seq, "b", m)).isNull();
    assertThat(read(seq, "c", m)).isNull();
    assertThat(read(seq, "d", m)).isEqualTo("d-new");
    assertThat(read(seq, "e", m)).isEqualTo("m2");
    assertThat(read(seq, "f", m)).isEqualTo("vf");
  }

  @Spec("RT-GET-2")
  @ParameterizedTest
  @MethodSource("factories")
  void deleteRange_isHalfOpen_andCoversOnlyOlderEntries(MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 1, "b", "old");
    put(m, 2, "c", "old");
    put(m, 3, "ca", "old");
    put(m, 4, "d", "old");
    deleteRange(m, 5, "b", "d");
    put(m, 6, "c", "new");
    assertThat(read(6, "a", m)).isNull();
    assertThat(read(6, "b", m)).isNull();
    assertThat(read(6, "c", m)).isEqualTo("new");
    assertThat(read(6, "ca", m)).isNull();
    assertThat(read(6, "d", m)).isEqualTo("old");
    GetContext b = get(6, "b", m);
    assertThat(b.deletionType()).isEqualTo(ValueType.RANGE_DELETION);
    assertThat(b.sequence()).isEqualTo(5);
    // A key with no entry at all is recorded as covered, for the older memtables to honour.
    GetContext missing = get(6, "bz", m);
    assertThat(missing.state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(missing.maxCoveringTombstoneSeq()).isEqualTo(5);
    assertThat(get(4, "bz", m).maxCoveringTombstoneSeq()).isEqualTo(0);
  }

  @Spec("RT-GET-3")
  @ParameterizedTest
  @MethodSource("factories")
  void deleteRange_overlappingTombstones_compose(MemTableRepFactory f) {
    MemTable m = mem(f);
    for (char c = 'a'; c <= 'j'; c++) {
      put(m, c - 'a' + 1, "" + c, "v");
    }
    deleteRange(m, 20, "b", "e");
    deleteRange(m, 30, "d", "h");
    put(m, 25, "c", "between");
    put(m, 26, "f", "between");
    assertThat(read(40, "a", m)).isEqualTo("v");
    assertThat(read(40, "b", m)).isNull();
    assertThat(read(40, "c", m)).isEqualTo("between");
    assertThat(read(40, "d", m)).isNull();
    assertThat(read(40, "f", m)).isNull();
    assertThat(read(29, "f", m)).isEqualTo("between");
    assertThat(read(40, "h", m)).isEqualTo("v");
    assertThat(get(40, "d", m).maxCoveringTombstoneSeq()).isEqualTo(30);
    assertThat(get(25, "d", m).maxCoveringTombstoneSeq()).isEqualTo(20);
  }

  /** ExpG reverse comparator: [c, a) holds c and b. */
  @Spec("RT-ORDER-1")
  @Test
  void deleteRange_reverseBytewise_usesTheComparatorsOrder() {
    MemTable m =
        new MemTable(
            MemTableOptions.builder()
                .userComparator(BytewiseComparators.REVERSE_BYTEWISE)
                .build(),
            0);
    put(m, 1, "a", "v");
    put(m, 2, "b", "v");
    put(m, 3, "c", "v");
    put(m, 4, "d", "v");
    deleteRange(m, 5, "c", "a");
    assertThat(read(5, "a", m)).isEqualTo("v");
    assertThat(read(5, "b", m)).isNull();
    assertThat(read(5, "c", m)).isNull();
    assertThat(read(5, "d", m)).isEqualTo("v");
    assertThrows(
        IllegalArgumentException.class,
        () -> m.add(6, ValueType.RANGE_DELETION, b("a"), b("c")));
    FragmentedRangeTombstones t = m.rangeTombstones();
    assertThat(t.size()).isEqualTo(1);
    assertThat(s(t.start(0))).isEqualTo("c");
    assertThat(s(t.end(0))).isEqualTo("a");
  }

  /** ExpG imm test: a tombstone in the active memtable hides data in an immutable one. */
  @Spec("RT-GET-1")
  @ParameterizedTest
  @MethodSource("factories")
  void deleteRange_inActiveMemtable_hidesOlderDataInImmutableOne(MemTableRepFactory f) {
    MemTable imm = mem(f);
    for (char c = 'a'; c <= 'e'; c++) {
      put(imm, c - 'a' + 1, "" + c, "old" + c);
    }
    imm.markImmutable();
    MemTable active = mem(f);
    deleteRange(active, 6, "b", "d");
    put(active, 7, "c", "new-c");
    assertThat(read(7, "a", active, imm)).isEqualTo("olda");
    assertThat(read(7, "b", active, imm)).isNull();
    assertThat(read(7, "c", active, imm)).isEqualTo("new-c");
    assertThat(read(7, "d", active, imm)).isEqualTo("oldd");
    assertThat(read(5, "b", active, imm)).isEqualTo("oldb");
  }

  @Spec("RT-CACHE-1")
  @ParameterizedTest
  @MethodSource("factories")
  void tombstoneCache_isRebuiltAfterEveryNewTombstone_andFixedAtMarkImmutable(
      MemTableRepFactory f) {
    MemTable m = mem(f);
    assertThat(m.rangeTombstones()).isNull();
    assertThat(m.newRangeTombstoneIterator(10)).isNull();
    put(m, 1, "k", "v");
    deleteRange(m, 2, "a", "c");
    FragmentedRangeTombstones first = m.rangeTombstones();
    assertThat(first.size()).isEqualTo(1);
    assertThat(m.rangeTombstones()).isSameInstanceAs(first);
    assertThat(read(2, "k", m)).isEqualTo("v");
    deleteRange(m, 3, "j", "z");
    assertThat(read(3, "k", m)).isNull();
    FragmentedRangeTombstones second = m.rangeTombstones();
    assertThat(second).isNotSameInstanceAs(first);
    assertThat(second.size()).isEqualTo(2);
    m.markImmutable();
    FragmentedRangeTombstones frozen = m.rangeTombstones();
    assertThat(frozen.size()).isEqualTo(2);
    assertThat(m.rangeTombstones()).isSameInstanceAs(frozen);
    assertThat(read(3, "k", m)).isNull();
    RangeTombstoneIterator it = m.newRangeTombstoneIterator(2);
    it.seekToFirst();
    assertThat(s(it.startKey())).isEqualTo("a");
    assertThat(it.sequence()).isEqualTo(2);
    it.next();
    assertThat(it.isValid()).isFalse();
  }

  /**
   * Readers racing a writer that adds a tombstone per sequence number: a reader that sees sequence
   * number p published always finds the tombstone written at p (the view is never stale).
   */
  @Spec("RT-CACHE-1")
  @Test
  void tombstoneCache_concurrentReaders_neverMissAPublishedTombstone() throws Exception {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "k", "v");
    java.util.concurrent.atomic.AtomicLong published = new java.util.concurrent.atomic.AtomicLong(1);
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    int tombstones = 3_000;
    Runnable reader =
        () -> {
          try {
            long p;
            do {
              p = published.get();
              GetContext ctx = get(p, "k", m);
              long want = p == 1 ? 0 : p;
              if (ctx.maxCoveringTombstoneSeq() != want) {
                throw new AssertionError(
                    "at " + p + " covering seq " + ctx.maxCoveringTombstoneSeq());
              }
            } while (p < tombstones + 1 && failure.get() == null);
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        };
    java.util.List<Thread> readers = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t = new Thread(reader);
      readers.add(t);
      t.start();
    }
    for (long seq = 2; seq <= tombstones + 1 && failure.get() == null; seq++) {
      // Different begin keys so that every tombstone is a new entry covering "k".
      deleteRange(m, seq, "a" + seq, "z");
      published.set(seq);
    }
    published.set(tombstones + 1);
    for (Thread t : readers) {
      t.join(120_000);
      if (t.isAlive()) {
        org.junit.jupiter.api.Assertions.fail("reader did not finish within 120 s");
      }
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Spec("PROT-VERIFY-3")
  @Test
  void corruptedTombstone_isReportedByReads_beforeAndAfterMarkImmutable() {
    MemTable m = MemTableFixtures.memTable(MemTableOptions.builder().protectionBytesPerKey(8));
    put(m, 1, "k", "v");
    deleteRange(m, 2, "a", "c");
    // The tombstone table's only entry is the last allocation; its end key "c" ends the value.
    MemTableRep.Cursor c = rangeDelCursorOf(m);
    c.seekToFirst();
    long entry = c.entry();
    int valueOff = Entries.valueOffset(m.arena(), entry);
    m.arena().block(entry)[valueOff] ^= 1;
    assertThrows(CorruptionException.class, () -> read(2, "k", m));
    m.markImmutable();
    CorruptionException e = assertThrows(CorruptionException.class, () -> read(2, "k", m));
    assertThat(e).hasMessageThat().isEqualTo(CorruptionException.CHECKSUM_MISMATCH);
  }

  private static MemTableRep.Cursor rangeDelCursorOf(MemTable m) {
    return m.rangeDelTable().iterator();
  }
}
