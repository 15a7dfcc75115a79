package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.delete;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.memtable.MemTable.UpdateOutcome;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** inplace_update_support (M17, M18), reproducing ExpI. */
class MemTableInplaceUpdateTest {
  static Stream<Arguments> configurations() {
    List<Arguments> out = new ArrayList<>();
    for (MemTableRepFactory f : List.of(SkipListRep.factory(0), SortedCopyRep.factory())) {
      for (int n : new int[] {0, 1, 2, 4, 8}) {
        out.add(Arguments.of(f, n));
      }
    }
    return out.stream();
  }

  private static MemTable inplace(MemTableRepFactory f, int protection) {
    return new MemTable(
        MemTableOptions.builder()
            .repFactory(f)
            .inplaceUpdateSupport(true)
            .protectionBytesPerKey(protection)
            .build(),
        0);
  }

  private static UpdateOutcome put(MemTable m, long seq, String key, String value) {
    byte[] k = b(key);
    byte[] v = b(value);
    return m.update(seq, k, 0, k.length, v, 0, v.length);
  }

  /** ExpI, line by line: which puts overwrite, which append, and the entries counter. */
  @Spec("MT-INPLACE-1")
  @ParameterizedTest
  @MethodSource("configurations")
  void update_reproducesExpI(MemTableRepFactory f, int protection) {
    MemTable m = inplace(f, protection);
    assertThat(put(m, 1, "k", "aaaa")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 1, "aaaa", 1, 0);
    assertThat(put(m, 2, "k", "bb")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    check(m, 2, "bb", 1, 0);
    assertThat(put(m, 3, "k", "cccc")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 3, "cccc", 2, 0);
    assertThat(put(m, 4, "k", "dddddd")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 4, "dddddd", 3, 0);
    assertThat(put(m, 5, "k", "e")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    check(m, 5, "e", 3, 0);
    delete(m, 6, "k");
    check(m, 6, null, 4, 1);
    assertThat(put(m, 7, "k", "ff")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 7, "ff", 5, 1);
    assertThat(put(m, 8, "k", "g")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    check(m, 8, "g", 5, 1);
    merge(m, 9, "k", "m");
    assertThat(read(9, "k", m)).isEqualTo("g,m");
    assertThat(m.numEntries()).isEqualTo(6);
    assertThat(put(m, 10, "k", "h")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 10, "h", 7, 1);
    assertThat(put(m, 11, "k", "ii")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 11, "ii", 8, 1);
    assertThat(put(m, 12, "other", "x")).isEqualTo(UpdateOutcome.APPENDED);
    check(m, 12, "ii", 9, 1);
    assertThat(put(m, 13, "k", "")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    check(m, 13, "", 9, 1);
    assertThat(read(13, "other", m)).isEqualTo("x");
    assertThat(m.isSnapshotSupported()).isFalse();
  }

  private static void check(MemTable m, long seq, String want, long entries, long deletes) {
    assertThat(read(seq, "k", m)).isEqualTo(want);
    assertThat(m.numEntries()).isEqualTo(entries);
    assertThat(m.numDeletes()).isEqualTo(deletes);
  }

  @Spec("MT-INPLACE-2")
  @ParameterizedTest
  @MethodSource("configurations")
  void update_inPlace_keepsTheOldSequenceNumber_andCounters(MemTableRepFactory f, int protection) {
    MemTable m = inplace(f, protection);
    put(m, 5, "k", "long-value");
    long dataSize = m.dataSize();
    assertThat(put(m, 9, "k", "short")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    assertThat(m.dataSize()).isEqualTo(dataSize);
    MemTableIterator it = m.newIterator(false);
    it.seekToFirst();
    assertThat(it.sequence()).isEqualTo(5);
    assertThat(s(it.value())).isEqualTo("short");
    it.next();
    assertThat(it.isValid()).isFalse();
    // The overwritten value is visible at the old sequence number, as in RocksDB.
    assertThat(read(5, "k", m)).isEqualTo("short");
    assertThat(m.firstSequenceNumber()).isEqualTo(5);
  }

  /**
   * A put over a value that a newer range tombstone covers appends: overwriting would keep the
   * covered sequence number and hide the new value (RocksDB loses the write, DIFF-INPLACE-3; found
   * by the conformance campaign).
   */
  @Spec("MT-INPLACE-4")
  @ParameterizedTest
  @MethodSource("configurations")
  void update_overAValueANewerRangeTombstoneCovers_appendsAndIsVisible(
      MemTableRepFactory f, int protection) {
    MemTable m = inplace(f, protection);
    put(m, 1, "k", "long-value");
    deleteRange(m, 2, "k", "l");
    assertThat(read(2, "k", m)).isNull();
    assertThat(put(m, 3, "k", "v")).isEqualTo(UpdateOutcome.APPENDED);
    assertThat(read(3, "k", m)).isEqualTo("v");
    assertThat(m.numEntries()).isEqualTo(3); // value, tombstone, appended value
    // A tombstone older than the newest value does not stop an overwrite.
    deleteRange(m, 4, "a", "b");
    assertThat(put(m, 5, "k", "w")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    assertThat(read(5, "k", m)).isEqualTo("w");
  }

  /** A value of 300 bytes has a 2-byte length varint; 5 bytes need one: the value moves left. */
  @Spec("MT-INPLACE-2")
  @ParameterizedTest
  @MethodSource("configurations")
  void update_shorterLengthVarint_shiftsTheValue_withoutTouchingNeighbours(
      MemTableRepFactory f, int protection) {
    MemTable m = inplace(f, protection);
    char[] big = new char[300];
    Arrays.fill(big, 'x');
    put(m, 1, "a", "neighbour-a");
    put(m, 2, "k", new String(big));
    put(m, 3, "z", "neighbour-z");
    assertThat(put(m, 4, "k", "small")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    assertThat(read(4, "k", m)).isEqualTo("small");
    assertThat(put(m, 5, "k", "")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    assertThat(read(5, "k", m)).isEqualTo("");
    assertThat(put(m, 6, "k", "x")).isEqualTo(UpdateOutcome.APPENDED);
    MemTableIterator it = m.newIterator(false);
    it.seekToFirst();
    assertThat(MemTableFixtures.scan(it))
        .containsExactly("a@1:1=neighbour-a", "k@6:1=x", "k@2:1=", "z@3:1=neighbour-z")
        .inOrder();
  }

  /**
   * ExpI: RocksDB's iterator, positioned on "11111" before it is overwritten with "222", reads
   * "22211" (new bytes, old length). Ours decodes the value afresh under the stripe lock and reads
   * "222": a value that was written, never a mix.
   */
  @Spec("MT-INPLACE-3")
  @Test
  void update_iteratorPositionedBeforeTheOverwrite_readsTheNewValueWhole() {
    MemTable m = inplace(SkipListRep.factory(0), 0);
    put(m, 1, "a", "2");
    put(m, 2, "it", "11111");
    put(m, 3, "z", "22");
    MemTableIterator it = m.newIterator(false);
    byte[] k = MemTableFixtures.seekKey("it");
    it.seek(k, 0, k.length);
    assertThat(s(it.value())).isEqualTo("11111");
    assertThat(it.isValuePinned()).isFalse();
    assertThat(put(m, 4, "it", "222")).isEqualTo(UpdateOutcome.UPDATED_IN_PLACE);
    assertThat(s(it.value())).isEqualTo("222");
    it.seek(k, 0, k.length);
    assertThat(s(it.value())).isEqualTo("222");
  }

  @Spec("MT-INPLACE-1")
  @Test
  void update_withoutInplaceSupport_isRefused() {
    MemTable m = MemTableFixtures.memTable();
    assertThrows(IllegalStateException.class, () -> put(m, 1, "k", "v"));
  }

  /**
   * A writer shrinks values in place while readers get and iterate: every value read is one the
   * writer wrote, never a mix (values are "c" repeated len(c) times).
   */
  @Spec("MT-INPLACE-3")
  @Test
  void update_concurrentReaders_neverSeeATornValue() throws Exception {
    MemTable m = inplace(SkipListRep.factory(0), 4);
    int rounds = 3_000;
    int[] lengths = {400, 130, 127, 20, 1};
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    put(m, 1, "k", value(lengths[0]));
    Runnable reader =
        () -> {
          try {
            LookupKey lk = new LookupKey(b("k"), InternalKeys.MAX_SEQUENCE_NUMBER);
            MemTableIterator it = m.newIterator(false);
            while (!done.get()) {
              GetContext ctx = new GetContext();
              m.get(lk, ctx);
              checkValue(ctx.value(), lengths);
              it.seekToFirst();
              checkValue(it.value(), lengths);
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        };
    List<Thread> readers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t = new Thread(reader);
      readers.add(t);
      t.start();
    }
    long seq = 2;
    for (int r = 0; r < rounds && failure.get() == null; r++) {
      for (int len : lengths) {
        put(m, seq++, "k", value(len));
      }
    }
    done.set(true);
    for (Thread t : readers) {
      t.join(120_000);
      if (t.isAlive()) {
        fail("reader did not stop within 120 s");
      }
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  private static String value(int len) {
    char[] c = new char[len];
    Arrays.fill(c, (char) ('A' + len % 26));
    return new String(c);
  }

  private static void checkValue(byte[] v, int[] lengths) {
    for (int len : lengths) {
      if (v.length == len) {
        for (byte x : v) {
          if (x != (byte) ('A' + len % 26)) {
            throw new AssertionError("torn value of length " + len + ": " + s(v));
          }
        }
        return;
      }
    }
    throw new AssertionError("value of unexpected length " + v.length);
  }
}
