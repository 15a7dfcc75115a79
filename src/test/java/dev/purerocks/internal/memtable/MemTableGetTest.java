package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.delete;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.get;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;
import static dev.purerocks.internal.memtable.MemTableFixtures.singleDelete;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Point lookups: every outcome of M13, snapshots, versions across memtables (M14). */
class MemTableGetTest {
  static Stream<MemTableRepFactory> factories() {
    return Stream.of(SkipListRep.factory(0), SkipListRep.factory(3), SortedCopyRep.factory());
  }

  private static MemTable mem(MemTableRepFactory f) {
    return new MemTable(MemTableOptions.builder().repFactory(f).build(), 0);
  }

  @Spec("MT-GET-1")
  @ParameterizedTest
  @MethodSource("factories")
  void get_onEmptyMemtable_isNotFoundAndRecordsNothing(MemTableRepFactory f) {
    MemTable m = mem(f);
    GetContext ctx = get(100, "a", m);
    assertThat(ctx.state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(ctx.isDone()).isFalse();
    assertThat(ctx.sequence()).isEqualTo(GetContext.NO_SEQUENCE);
    assertThat(ctx.maxCoveringTombstoneSeq()).isEqualTo(0);
  }

  @Spec("MT-GET-2")
  @ParameterizedTest
  @MethodSource("factories")
  void get_findsValue_andMissesOtherKeys(MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 1, "a", "va");
    put(m, 2, "c", "vc");
    GetContext ctx = get(10, "a", m);
    assertThat(ctx.state()).isEqualTo(GetContext.State.FOUND);
    assertThat(s(ctx.value())).isEqualTo("va");
    assertThat(ctx.sequence()).isEqualTo(1);
    assertThat(ctx.operands()).isEmpty();
    assertThat(get(10, "b", m).state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(get(10, "", m).state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(get(10, "cc", m).state()).isEqualTo(GetContext.State.NOT_FOUND);
  }

  @Spec("MT-GET-3")
  @ParameterizedTest
  @MethodSource("factories")
  void get_deletionAndSingleDeletion_endTheLookupAsDeleted(MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 1, "a", "v1");
    delete(m, 2, "a");
    put(m, 3, "b", "v1");
    singleDelete(m, 4, "b");
    GetContext a = get(10, "a", m);
    assertThat(a.state()).isEqualTo(GetContext.State.DELETED);
    assertThat(a.deletionType()).isEqualTo(ValueType.DELETION);
    assertThat(a.sequence()).isEqualTo(2);
    GetContext bb = get(10, "b", m);
    assertThat(bb.deletionType()).isEqualTo(ValueType.SINGLE_DELETION);
    // A deletion in this memtable hides an older value in an older one.
    MemTable older = mem(f);
    put(older, 1, "x", "old");
    MemTable newer = mem(f);
    delete(newer, 2, "x");
    assertThat(read(10, "x", newer, older)).isNull();
    assertThat(read(1, "x", newer, older)).isEqualTo("old");
  }

  @Spec("MT-GET-4")
  @ParameterizedTest
  @MethodSource("factories")
  void get_mergeOperands_accumulateNewestFirst_andMergeInProgressWithoutBase(
      MemTableRepFactory f) {
    MemTable m = mem(f);
    merge(m, 1, "k", "m1");
    merge(m, 2, "k", "m2");
    merge(m, 3, "k", "m3");
    GetContext ctx = get(10, "k", m);
    assertThat(ctx.state()).isEqualTo(GetContext.State.MERGE_IN_PROGRESS);
    assertThat(ctx.isDone()).isFalse();
    assertThat(ctx.operands().stream().map(MemTableFixtures::s).toArray())
        .asList()
        .containsExactly("m3", "m2", "m1")
        .inOrder();
    assertThat(ctx.sequence()).isEqualTo(3);
    // At a snapshot between the operands only the older ones count.
    assertThat(read(2, "k", m)).isEqualTo("m1,m2");
  }

  @Spec("MT-GET-4")
  @ParameterizedTest
  @MethodSource("factories")
  void get_mergeOnBase_isFoundWithOperands_andMergeOnDeletion_isDeletedWithOperands(
      MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 1, "k", "base");
    merge(m, 2, "k", "x");
    GetContext ctx = get(10, "k", m);
    assertThat(ctx.state()).isEqualTo(GetContext.State.FOUND);
    assertThat(s(ctx.value())).isEqualTo("base");
    assertThat(ctx.operands()).hasSize(1);
    delete(m, 3, "k");
    merge(m, 4, "k", "y");
    GetContext d = get(10, "k", m);
    assertThat(d.state()).isEqualTo(GetContext.State.DELETED);
    assertThat(d.operands()).hasSize(1);
    assertThat(read(10, "k", m)).isEqualTo("y");
    // ExpF: sd; merge m -> m
    singleDelete(m, 5, "s");
    merge(m, 6, "s", "m");
    assertThat(read(10, "s", m)).isEqualTo("m");
  }

  @Spec("MT-GET-5")
  @ParameterizedTest
  @MethodSource("factories")
  void get_atSnapshot_seesNewestVersionAtOrBelowIt(MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 5, "k", "v5");
    put(m, 7, "k", "v7");
    delete(m, 9, "k");
    put(m, 12, "k", "v12");
    assertThat(read(4, "k", m)).isNull();
    assertThat(get(4, "k", m).state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(read(5, "k", m)).isEqualTo("v5");
    assertThat(read(6, "k", m)).isEqualTo("v5");
    assertThat(read(7, "k", m)).isEqualTo("v7");
    assertThat(read(8, "k", m)).isEqualTo("v7");
    assertThat(read(9, "k", m)).isNull();
    assertThat(read(11, "k", m)).isNull();
    assertThat(read(12, "k", m)).isEqualTo("v12");
    assertThat(read(InternalKeys.MAX_SEQUENCE_NUMBER, "k", m)).isEqualTo("v12");
  }

  /** ExpO: three memtables, newest first. */
  @Spec("MT-GET-6")
  @ParameterizedTest
  @MethodSource("factories")
  void get_acrossMemtables_newestWins_mergesReachBase_tombstoneHidesOnlyOlder(
      MemTableRepFactory f) {
    MemTable m1 = mem(f);
    put(m1, 1, "a", "a1");
    put(m1, 2, "b", "b1");
    put(m1, 3, "m", "base");
    put(m1, 4, "r", "r1");
    put(m1, 5, "s", "s1");
    m1.markImmutable();
    MemTable m2 = mem(f);
    put(m2, 6, "a", "a2");
    merge(m2, 7, "m", "x");
    deleteRange(m2, 8, "r", "t");
    put(m2, 9, "s", "s2");
    long snapshot = 9;
    m2.markImmutable();
    MemTable m3 = mem(f);
    delete(m3, 10, "b");
    merge(m3, 11, "m", "y");
    put(m3, 12, "a", "a3");
    long latest = 12;
    MemTable[] chain = {m3, m2, m1};
    assertThat(read(latest, "a", chain)).isEqualTo("a3");
    assertThat(read(latest, "b", chain)).isNull();
    assertThat(read(latest, "m", chain)).isEqualTo("base,x,y");
    assertThat(read(latest, "r", chain)).isNull();
    assertThat(read(latest, "s", chain)).isEqualTo("s2");
    assertThat(read(snapshot, "a", chain)).isEqualTo("a2");
    assertThat(read(snapshot, "b", chain)).isEqualTo("b1");
    assertThat(read(snapshot, "m", chain)).isEqualTo("base,x");
    assertThat(read(snapshot, "r", chain)).isNull();
    GetContext r = get(latest, "r", chain);
    assertThat(r.deletionType()).isEqualTo(ValueType.RANGE_DELETION);
    assertThat(r.maxCoveringTombstoneSeq()).isEqualTo(8);
    assertThat(read(7, "r", chain)).isEqualTo("r1");
  }

  @Spec("MT-GET-2")
  @ParameterizedTest
  @MethodSource("factories")
  void get_emptyKeyAndEmptyValue_areOrdinaryKeysAndValues(MemTableRepFactory f) {
    MemTable m = mem(f);
    put(m, 1, "", "");
    put(m, 2, "\0", "x");
    put(m, 3, "a", "");
    GetContext e = get(10, "", m);
    assertThat(e.state()).isEqualTo(GetContext.State.FOUND);
    assertThat(e.value()).isEmpty();
    assertThat(read(10, "\0", m)).isEqualTo("x");
    assertThat(read(10, "a", m)).isEqualTo("");
    delete(m, 4, "");
    assertThat(read(10, "", m)).isNull();
    assertThat(read(3, "", m)).isEqualTo("");
  }

  @Spec("MT-GET-2")
  @Test
  void get_valueOfSeveralMebibytes_largerThanAnArenaBlock_roundTrips() {
    MemTable m =
        new MemTable(MemTableOptions.builder().writeBufferSize(64 << 10).build(), 0);
    assertThat(m.options().arenaBlockSize()).isEqualTo(8192);
    byte[] big = new byte[5 << 20];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + (i >>> 13));
    }
    byte[] key = new byte[70_000];
    Arrays.fill(key, (byte) 'k');
    assertThat(m.add(1, ValueType.VALUE, key, big)).isTrue();
    put(m, 2, "small", "v");
    GetContext ctx = new GetContext();
    m.get(new LookupKey(key, 5), ctx);
    assertThat(ctx.value()).isEqualTo(big);
    assertThat(read(5, "small", m)).isEqualTo("v");
    assertThat(m.approximateMemoryUsage()).isAtLeast((long) big.length + key.length);
    assertThat(m.shouldFlushNow()).isTrue();
  }

  @Spec("IK-SEQ-1")
  @ParameterizedTest
  @MethodSource("factories")
  void get_maximumSequenceNumber_isStoredAndVisibleOnlyAtIt(MemTableRepFactory f) {
    MemTable m = mem(f);
    long max = InternalKeys.MAX_SEQUENCE_NUMBER;
    put(m, max - 1, "k", "older");
    put(m, max, "k", "newest");
    assertThat(read(max, "k", m)).isEqualTo("newest");
    assertThat(read(max - 1, "k", m)).isEqualTo("older");
    assertThat(get(max, "k", m).sequence()).isEqualTo(max);
    assertThat(m.firstSequenceNumber()).isEqualTo(max - 1);
    MemTableIterator it = m.newIterator(false);
    it.seekToFirst();
    assertThat(it.sequence()).isEqualTo(max);
    assertThat(it.type()).isEqualTo(ValueType.VALUE);
  }

  @Spec("MT-ADD-5")
  @Test
  void add_rejectsTypesAMemtableDoesNotStore() {
    MemTable m = MemTableFixtures.memTable();
    for (ValueType t :
        List.of(ValueType.LOG_DATA, ValueType.COLUMN_FAMILY_VALUE, ValueType.NOOP,
            ValueType.BLOB_INDEX, ValueType.WIDE_COLUMN_ENTITY)) {
      assertThrows(IllegalArgumentException.class, () -> m.add(1, t, b("k"), b("v")));
    }
    assertThat(m.isEmpty()).isTrue();
    assertThat(m.numEntries()).isEqualTo(0);
  }

  @Spec("MT-GET-7")
  @Test
  void keyMayExist_bloomCheck_isTrueWithoutBloom() {
    MemTable m = MemTableFixtures.memTable();
    assertThat(m.mayContain(b("anything"), 0, 8)).isTrue();
  }
}
