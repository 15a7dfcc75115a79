package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PointerSkipListTest {
  private final Arena arena = new Arena(8192);
  private final KeyComparator cmp = new KeyComparator(arena, BytewiseComparators.BYTEWISE);
  private final PointerSkipList lists = new PointerSkipList(cmp);

  private long entry(byte[] userKey, long seq) {
    long e = arena.allocate(Entries.encodedLength(userKey.length, 0, 0));
    Entries.encode(
        arena,
        e,
        userKey,
        0,
        userKey.length,
        InternalKeys.packTrailer(seq, ValueType.VALUE.code()),
        new byte[0],
        0,
        0);
    return e;
  }

  @Spec("REP-HLL-2")
  @Test
  void randomInserts_iterateInOrder_andSeeksLandOnTheFirstEntryAtOrAfterTheTarget() {
    SplittableRandom rnd = TestSeed.random("PointerSkipListTest.random");
    String seed = " [seed " + Long.toHexString(TestSeed.master()) + "]";
    TreeMap<byte[], Long> model =
        new TreeMap<>((a, b) -> cmp.compareInternal(a, 0, a.length, b, 0, b.length));
    long list = lists.create();
    for (int i = 0; i < 3000; i++) {
      byte[] k = new byte[1 + rnd.nextInt(3)];
      rnd.nextBytes(k);
      long seq = 1 + rnd.nextInt(50);
      long e = entry(k, seq);
      byte[] ikey = Entries.internalKey(arena, e);
      boolean fresh = !model.containsKey(ikey);
      assertWithMessage("insert result" + seed).that(lists.insert(list, e)).isEqualTo(fresh);
      if (fresh) {
        model.put(ikey, e);
      }
    }
    assertThat(lists.count(list)).isEqualTo(model.size());
    List<Long> walked = new ArrayList<>();
    for (long n = lists.first(list); n != 0; n = lists.nextOf(n)) {
      walked.add(lists.entryOf(n));
    }
    assertWithMessage("order" + seed)
        .that(walked)
        .containsExactlyElementsIn(model.values())
        .inOrder();
    for (int i = 0; i < 500; i++) {
      byte[] k = new byte[rnd.nextInt(4)];
      rnd.nextBytes(k);
      byte[] target =
          InternalKeys.encode(k, 0, k.length, rnd.nextInt(52), ValueType.FOR_SEEK.code());
      long n = lists.findGreaterOrEqual(list, target, 0, target.length);
      Long expected = model.ceilingKey(target) == null ? null : model.get(model.ceilingKey(target));
      assertWithMessage("seek" + seed).that(n == 0 ? null : lists.entryOf(n)).isEqualTo(expected);
    }
  }

  @Spec("REP-HLL-2")
  @Test
  void emptyList_hasNoFirstNode_andSeeksFindNothing() {
    long list = lists.create();
    assertThat(lists.first(list)).isEqualTo(0);
    assertThat(lists.count(list)).isEqualTo(0);
    byte[] t = InternalKeys.encode(new byte[] {1}, 0, 1, 1, ValueType.FOR_SEEK.code());
    assertThat(lists.findGreaterOrEqual(list, t, 0, t.length)).isEqualTo(0);
  }
}
