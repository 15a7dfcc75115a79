package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.db.IterFixtures.b;
import static dev.purerocks.internal.db.IterFixtures.backward;
import static dev.purerocks.internal.db.IterFixtures.delete;
import static dev.purerocks.internal.db.IterFixtures.deleteRange;
import static dev.purerocks.internal.db.IterFixtures.forward;
import static dev.purerocks.internal.db.IterFixtures.iterator;
import static dev.purerocks.internal.db.IterFixtures.memTable;
import static dev.purerocks.internal.db.IterFixtures.merge;
import static dev.purerocks.internal.db.IterFixtures.put;
import static dev.purerocks.internal.db.IterFixtures.s;
import static dev.purerocks.internal.db.IterFixtures.singleDelete;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.testing.Spec;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targeted DB iterator behaviours: versions, merges, tombstones, errors, misuse, refresh. */
class DbIteratorTest {
  /** ExpO's three memtables (oldest first: #1, #2, #3 active), merge delimiter ','. */
  private static MemTable[] expO() {
    MemTable m1 = memTable();
    put(m1, 1, "a", "a1");
    put(m1, 2, "b", "b1");
    put(m1, 3, "m", "base");
    put(m1, 4, "r", "r1");
    put(m1, 5, "s", "s1");
    m1.markImmutable();
    MemTable m2 = memTable();
    put(m2, 6, "a", "a2");
    merge(m2, 7, "m", "x");
    deleteRange(m2, 8, "r", "t");
    put(m2, 9, "s", "s2");
    m2.markImmutable();
    MemTable m3 = memTable();
    delete(m3, 10, "b");
    merge(m3, 11, "m", "y");
    put(m3, 12, "a", "a3");
    return new MemTable[] {m3, m2, m1};
  }

  @Spec({"ITER-VERSION-1", "ITER-MERGE-1", "ITER-RT-1"})
  @Test
  void acrossMemtables_newestWins_mergesReachTheBase_tombstoneHidesOlderOnly_likeExpO() {
    MemTable[] mems = expO();
    DbIterator it = iterator(12, mems);
    it.seekToFirst();
    assertThat(forward(it)).containsExactly("a=a3", "m=base,x,y", "s=s2").inOrder();
    it.seekToLast();
    assertThat(backward(it)).containsExactly("s=s2", "m=base,x,y", "a=a3").inOrder();
    DbIterator snap = iterator(9, mems);
    snap.seekToFirst();
    assertThat(forward(snap)).containsExactly("a=a2", "b=b1", "m=base,x", "s=s2").inOrder();
    snap.seekToLast();
    assertThat(backward(snap)).containsExactly("s=s2", "m=base,x", "b=b1", "a=a2").inOrder();
  }

  @Spec("ITER-VERSION-2")
  @Test
  void deletionsAndSingleDeletions_hide_andMergesAfterThemHaveNoBase() {
    MemTable m = memTable();
    put(m, 1, "a", "a1");
    singleDelete(m, 2, "a");
    put(m, 3, "b", "b1");
    delete(m, 4, "b");
    merge(m, 5, "b", "m5");
    merge(m, 6, "b", "m6");
    singleDelete(m, 7, "c");
    merge(m, 8, "c", "m8");
    merge(m, 9, "d", "only");
    DbIterator it = iterator(9, m);
    it.seekToFirst();
    assertThat(forward(it)).containsExactly("b=m5,m6", "c=m8", "d=only").inOrder();
    it.seekToLast();
    assertThat(backward(it)).containsExactly("d=only", "c=m8", "b=m5,m6").inOrder();
    DbIterator before = iterator(1, m);
    before.seekToLast();
    assertThat(backward(before)).containsExactly("a=a1");
  }

  @Spec("ITER-DIR-1")
  @Test
  void prevAndNext_alternateOverMergesAndDeletions() {
    MemTable old = memTable();
    put(old, 1, "a", "a1");
    put(old, 2, "b", "b1");
    put(old, 3, "c", "c1");
    old.markImmutable();
    MemTable m = memTable();
    merge(m, 4, "b", "x");
    delete(m, 5, "c");
    merge(m, 6, "d", "d1");
    merge(m, 7, "b", "y");
    DbIterator it = iterator(7, m, old);
    it.seek(b("b"));
    assertThat(s(it.value())).isEqualTo("b1,x,y");
    it.next();
    assertThat(s(it.key())).isEqualTo("d");
    it.prev();
    assertThat(s(it.key()) + "=" + s(it.value())).isEqualTo("b=b1,x,y");
    it.prev();
    assertThat(s(it.key())).isEqualTo("a");
    it.next();
    assertThat(s(it.key()) + "=" + s(it.value())).isEqualTo("b=b1,x,y");
    it.next();
    assertThat(s(it.key()) + "=" + s(it.value())).isEqualTo("d=d1");
    it.next();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().isOk()).isTrue();
  }

  @Spec("ITER-STATUS-2")
  @Test
  void mergeWithoutOperator_isAnInvalidArgumentStatus_inBothDirections() {
    MemTable m = memTable();
    put(m, 1, "a", "a1");
    merge(m, 2, "b", "x");
    put(m, 3, "c", "c1");
    IteratorView view =
        new IteratorView(BytewiseComparators.BYTEWISE, null, null, List.of(m), 3);
    DbIterator it = new DbIterator(view, ReadSettings.DEFAULT);
    it.seekToFirst();
    assertThat(s(it.key())).isEqualTo("a");
    it.next();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.INVALID_ARGUMENT);
    assertThat(it.status().message()).isEqualTo("merge_operator_ must be set.");
    it.seekToLast();
    assertThat(s(it.key())).isEqualTo("c");
    assertThat(it.status().isOk()).isTrue();
    it.prev();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().message()).isEqualTo("merge_operator_ must be set.");
  }

  @Spec("ITER-STATUS-2")
  @Test
  void failingMergeOperator_isACorruptionStatus() {
    MemTable m = memTable();
    merge(m, 1, "a", "x");
    MergeOperator failing =
        new MergeOperator() {
          @Override
          public String name() {
            return "Failing";
          }

          @Override
          public byte[] fullMerge(byte[] key, byte[] existing, List<byte[]> operands) {
            return null;
          }
        };
    DbIterator it =
        new DbIterator(
            new IteratorView(BytewiseComparators.BYTEWISE, failing, null, List.of(m), 1),
            ReadSettings.DEFAULT);
    it.seekToFirst();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.CORRUPTION);
    assertThat(it.status().message()).isEqualTo("Merge operator failed");
  }

  @Spec("ITER-INPLACE-1")
  @Test
  void inPlaceUpdateMemtable_forwardWorks_backwardIsNotSupported_likeExpI() {
    MemTable m =
        IterFixtures.memTable(
            IterFixtures.options(BytewiseComparators.BYTEWISE, null).inplaceUpdateSupport(true));
    put(m, 1, "a", "2");
    put(m, 2, "it", "11111");
    m.update(3, b("it"), 0, 2, b("222"), 0, 3);
    put(m, 4, "z", "22");
    DbIterator it = iterator(4, m);
    it.seekToFirst();
    assertThat(forward(it)).containsExactly("a=2", "it=222", "z=22").inOrder();
    it.seekToLast();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.NOT_SUPPORTED);
    assertThat(it.status().message())
        .isEqualTo(
            "Backward iteration not supported if underlying iterator's value cannot be pinned.");
    it.seek(b("it"));
    assertThat(it.status().isOk()).isTrue();
    it.prev();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.NOT_SUPPORTED);
  }

  /** The value a positioned iterator returns is a consistent copy, never torn bytes (M18). */
  @Spec("ITER-INPLACE-1")
  @Test
  void inPlaceUpdate_afterPositioning_doesNotTearTheReturnedValue() {
    MemTable m =
        IterFixtures.memTable(
            IterFixtures.options(BytewiseComparators.BYTEWISE, null).inplaceUpdateSupport(true));
    put(m, 1, "it", "11111");
    DbIterator it = iterator(1, m);
    it.seek(b("it"));
    m.update(2, b("it"), 0, 2, b("222"), 0, 3);
    assertThat(s(it.value())).isEqualTo("11111");
  }

  @Spec("ITER-STATUS-1")
  @Test
  void checksumFailure_becomesACorruptionStatus_neverData() {
    MemTable m =
        IterFixtures.memTable(
            IterFixtures.options(BytewiseComparators.BYTEWISE, null).protectionBytesPerKey(8));
    put(m, 1, "a", "va");
    put(m, 2, "b", "vb");
    DbIterator it = iterator(2, m);
    it.seek(b("b"));
    // The in-place value array is the memtable's arena block: flip one value byte there.
    it.valueArray()[it.valueOffset()] ^= 1;
    it.seekToFirst();
    assertThat(s(it.key())).isEqualTo("a");
    it.next();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.CORRUPTION);
    assertThat(it.status().message())
        .isEqualTo("Corrupted memtable entry, per key-value checksum verification failed.");
    it.seekToLast();
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().code()).isEqualTo(IteratorStatus.Code.CORRUPTION);
    it.seek(b("a"));
    assertThat(it.status().isOk()).isTrue();
    assertThat(s(it.value())).isEqualTo("va");
  }

  @Spec("ITER-MISUSE-1")
  @Test
  void cursorCallsOnAnInvalidIterator_throwAClearException_andChangeNothing() {
    MemTable m = memTable();
    put(m, 1, "a", "va");
    DbIterator it = iterator(1, m);
    IteratorNotValidException e = assertThrows(IteratorNotValidException.class, it::next);
    assertThat(e).hasMessageThat().startsWith("next() called on an iterator that is not valid");
    assertThrows(IteratorNotValidException.class, it::prev);
    assertThrows(IteratorNotValidException.class, it::key);
    assertThrows(IteratorNotValidException.class, it::value);
    assertThrows(IteratorNotValidException.class, () -> it.keyInto(ByteBuffer.allocate(4)));
    it.seekToFirst();
    it.next();
    assertThat(it.isValid()).isFalse();
    assertThrows(IteratorNotValidException.class, it::next);
    it.seekToFirst();
    assertThat(s(it.key())).isEqualTo("a");
  }

  @Spec("ITER-ACCESS-1")
  @Test
  void keyAndValueInto_copyWhatFits_andReturnTheFullLength() {
    MemTable m = memTable();
    put(m, 1, "key1", "value1");
    DbIterator it = iterator(1, m);
    it.seekToFirst();
    ByteBuffer small = ByteBuffer.allocate(3);
    assertThat(it.valueInto(small)).isEqualTo(6);
    assertThat(small.position()).isEqualTo(3);
    assertThat(s(java.util.Arrays.copyOf(small.array(), 3))).isEqualTo("val");
    ByteBuffer direct = ByteBuffer.allocateDirect(10);
    assertThat(it.keyInto(direct)).isEqualTo(4);
    direct.flip();
    byte[] k = new byte[direct.remaining()];
    direct.get(k);
    assertThat(s(k)).isEqualTo("key1");
    assertThat(it.keyLength()).isEqualTo(4);
    assertThat(it.valueLength()).isEqualTo(6);
  }

  @Spec("ITER-REFRESH-1")
  @Test
  void refresh_pinsTheNewView_andLeavesTheIteratorUnpositioned() {
    MemTable m = memTable();
    put(m, 1, "a", "a1");
    DbIterator it = iterator(1, m);
    it.seekToFirst();
    put(m, 2, "b", "b2");
    it.next();
    assertThat(it.isValid()).isFalse();
    MemTable active = memTable();
    put(active, 3, "c", "c3");
    m.markImmutable();
    it.refresh(IterFixtures.view(3, active, m));
    assertThat(it.isValid()).isFalse();
    assertThat(it.status().isOk()).isTrue();
    it.seekToFirst();
    assertThat(forward(it)).containsExactly("a=a1", "b=b2", "c=c3").inOrder();
  }

  @Spec("ITER-BOUNDS-1")
  @Test
  void bounds_clampSeeks_andStopScans() {
    MemTable m = memTable();
    for (String k : new String[] {"a", "b", "c", "d", "e"}) {
      put(m, k.charAt(0), k, "v" + k);
    }
    DbIterator it =
        new DbIterator(
            IterFixtures.view(200, m), ReadSettings.DEFAULT.withBounds(b("b"), b("d")));
    it.seekToFirst();
    assertThat(forward(it)).containsExactly("b=vb", "c=vc").inOrder();
    it.seekToLast();
    assertThat(backward(it)).containsExactly("c=vc", "b=vb").inOrder();
    it.seek(b("a"));
    assertThat(s(it.key())).isEqualTo("b");
    it.seekForPrev(b("z"));
    assertThat(s(it.key())).isEqualTo("c");
    it.seek(b("d"));
    assertThat(it.isValid()).isFalse();
    it.seekForPrev(b("a"));
    assertThat(it.isValid()).isFalse();
  }
}
