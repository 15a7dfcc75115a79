package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.delete;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.describe;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;
import static dev.purerocks.internal.memtable.MemTableFixtures.scan;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekForPrevKey;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekKey;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Memtable-level iteration (M46, M50, M52). */
class MemTableIteratorTest {
  static Stream<MemTableRepFactory> factories() {
    return Stream.of(SkipListRep.factory(0), SkipListRep.factory(2), SortedCopyRep.factory());
  }

  private static MemTable sample(MemTableRepFactory f) {
    MemTable m = new MemTable(MemTableOptions.builder().repFactory(f).build(), 0);
    put(m, 1, "a", "a1");
    put(m, 2, "b", "b2");
    put(m, 5, "b", "b5");
    delete(m, 7, "b");
    merge(m, 3, "c", "c3");
    put(m, 4, "d", "d4");
    return m;
  }

  @Spec("MT-ITER-1")
  @ParameterizedTest
  @MethodSource("factories")
  void iterator_visitsInternalKeys_userKeyAscending_newestFirst_bothWays(MemTableRepFactory f) {
    MemTableIterator it = sample(f).newIterator(false);
    assertThat(it.isValid()).isFalse();
    it.seekToFirst();
    List<String> forward = scan(it);
    assertThat(forward)
        .containsExactly("a@1:1=a1", "b@7:0=", "b@5:1=b5", "b@2:1=b2", "c@3:2=c3", "d@4:1=d4")
        .inOrder();
    List<String> backward = new ArrayList<>();
    for (it.seekToLast(); it.isValid(); it.prev()) {
      backward.add(0, describe(it));
    }
    assertThat(backward).isEqualTo(forward);
  }

  @Spec("MT-ITER-2")
  @ParameterizedTest
  @MethodSource("factories")
  void seek_withASnapshotTarget_skipsNewerVersions(MemTableRepFactory f) {
    MemTableIterator it = sample(f).newIterator(false);
    LookupKey at6 = new LookupKey(b("b"), 6);
    it.seek(at6.buffer(), 0, at6.internalKeyLength());
    assertThat(describe(it)).isEqualTo("b@5:1=b5");
    LookupKey at1 = new LookupKey(b("b"), 1);
    it.seek(at1.buffer(), 0, at1.internalKeyLength());
    assertThat(describe(it)).isEqualTo("c@3:2=c3");
    byte[] k = seekKey("bb");
    it.seek(k, 0, k.length);
    assertThat(s(it.userKey())).isEqualTo("c");
    k = seekKey("e");
    it.seek(k, 0, k.length);
    assertThat(it.isValid()).isFalse();
  }

  /** M50: seek, else last, then step back while after the target. */
  @Spec("MT-ITER-3")
  @ParameterizedTest
  @MethodSource("factories")
  void seekForPrev_landsOnTheLastEntryAtOrBeforeTheTarget(MemTableRepFactory f) {
    MemTableIterator it = sample(f).newIterator(false);
    byte[] k = seekForPrevKey("b"); // (b, 0, 0x0): after every entry of b
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("b@2:1=b2");
    k = seekForPrevKey("bb");
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("b@2:1=b2");
    k = InternalKeys.encode(b("b"), 0, 1, 5, 0x1);
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("b@5:1=b5");
    // (b, 5, 0x0) sorts after (b, 5, 0x1): the type counts here, as in InternalKeyComparator.
    k = InternalKeys.encode(b("b"), 0, 1, 5, 0x0);
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("b@5:1=b5");
    k = InternalKeys.encode(b("b"), 0, 1, 5, 0x2);
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("b@7:0=");
    k = seekForPrevKey("z");
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("d@4:1=d4");
    k = seekForPrevKey("");
    it.seekForPrev(k, 0, k.length);
    assertThat(it.isValid()).isFalse();
    k = seekForPrevKey("a");
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("a@1:1=a1");
  }

  @Spec("MT-ITER-1")
  @Test
  void reverseBytewise_ordersUserKeysDescending_versionsStillNewestFirst() {
    MemTable m =
        new MemTable(
            MemTableOptions.builder()
                .userComparator(BytewiseComparators.REVERSE_BYTEWISE)
                .build(),
            0);
    put(m, 1, "a", "1");
    put(m, 2, "\u00ff", "2");
    put(m, 3, "ab", "3");
    put(m, 4, "a", "4");
    put(m, 5, "", "5");
    MemTableIterator it = m.newIterator(false);
    it.seekToFirst();
    assertThat(scan(it))
        .containsExactly("\u00ff@2:1=2", "ab@3:1=3", "a@4:1=4", "a@1:1=1", "@5:1=5")
        .inOrder();
    byte[] k = seekForPrevKey("aa");
    it.seekForPrev(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("ab@3:1=3");
  }

  @Spec("MT-ITER-4")
  @Test
  void accessors_inPlaceAgreeWithCopies() {
    MemTable m = sample(SkipListRep.factory(0));
    MemTableIterator it = m.newIterator(false);
    byte[] k = seekKey("b");
    it.seek(k, 0, k.length);
    byte[] ikey = it.internalKey();
    assertThat(Arrays.copyOfRange(it.keyBlock(), it.keyOffset(),
        it.keyOffset() + it.internalKeyLength())).isEqualTo(ikey);
    assertThat(it.userKeyLength()).isEqualTo(1);
    assertThat(it.trailer()).isEqualTo(InternalKeys.packTrailer(7, 0));
    assertThat(it.compareInternalKey(ikey, 0, ikey.length)).isEqualTo(0);
    assertThat(it.compareInternalKey(k, 0, k.length)).isGreaterThan(0);
    assertThat(it.compareUserKey(b("b"), 0, 1)).isEqualTo(0);
    assertThat(it.compareUserKey(b("c"), 0, 1)).isLessThan(0);
    it.next();
    assertThat(it.isValuePinned()).isTrue();
    assertThat(Arrays.copyOfRange(it.valueBlock(), it.valueOffset(),
        it.valueOffset() + it.valueLength())).isEqualTo(b("b5"));
  }

  /** A skip-list iterator sees entries added after it was created (M52). */
  @Spec("MT-ITER-1")
  @Test
  void skipListIterator_seesLaterInserts() {
    MemTable m = sample(SkipListRep.factory(0));
    MemTableIterator it = m.newIterator(false);
    put(m, 9, "bb", "new");
    byte[] k = seekKey("bb");
    it.seek(k, 0, k.length);
    assertThat(describe(it)).isEqualTo("bb@9:1=new");
  }

  /** What a flush reads: an immutable memtable front to back, and its tombstones. */
  @Spec("MT-ITER-1")
  @ParameterizedTest
  @MethodSource("factories")
  void immutableMemtable_readsInOrderWithItsTombstones(MemTableRepFactory f) {
    MemTable m = sample(f);
    deleteRange(m, 8, "a", "c");
    m.markImmutable();
    assertThat(m.isImmutable()).isTrue();
    MemTableIterator it = m.newIterator(false);
    it.seekToFirst();
    assertThat(scan(it)).hasSize(6);
    FragmentedRangeTombstones t = m.rangeTombstones();
    assertThat(t.size()).isEqualTo(1);
    assertThat(s(t.start(0)) + "-" + s(t.end(0)) + "@" + t.seq(0, 0)).isEqualTo("a-c@8");
  }

  /** Without an extractor, prefix mode is total order (M46). */
  @Spec("MT-ITER-2")
  @Test
  void prefixModeWithoutExtractor_isTotalOrder() {
    MemTableIterator it = sample(SkipListRep.factory(0)).newIterator(true);
    it.seekToFirst();
    assertThat(scan(it)).hasSize(6);
  }
}
