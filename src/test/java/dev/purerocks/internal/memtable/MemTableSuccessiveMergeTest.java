package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.delete;
import static dev.purerocks.internal.memtable.MemTableFixtures.merge;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;

import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** max_successive_merges support (M16), reproducing ExpE's trigger points. */
class MemTableSuccessiveMergeTest {

  /**
   * What the write path will do: count the operands at the head of the key; at the limit, read
   * the current value and store operand-applied value as a put; otherwise store the operand.
   * Returns the sequence numbers of the merges that triggered a full merge.
   */
  private static List<Long> mergeAll(MemTable m, long limit, long firstSeq, String... operands) {
    List<Long> triggered = new ArrayList<>();
    long seq = firstSeq;
    for (String op : operands) {
      long count = m.countSuccessiveMergeEntries(new LookupKey(b("k"), seq), limit);
      if (count >= limit) {
        String current = read(seq, "k", m);
        String merged = current == null ? op : current + "," + op;
        m.add(seq, ValueType.VALUE, b("k"), b(merged));
        triggered.add(seq);
      } else {
        merge(m, seq, "k", op);
      }
      seq++;
    }
    return triggered;
  }

  @Spec("MT-MERGE-1")
  @Test
  void countSuccessiveMerges_limit3_triggersOnTheFourthAndEighthMerge_likeExpE() {
    MemTable m = MemTableFixtures.memTable();
    List<Long> triggered =
        mergeAll(m, 3, 1, "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    assertThat(triggered).containsExactly(4L, 8L).inOrder();
    assertThat(read(8, "k", m)).isEqualTo("m1,m2,m3,m4,m5,m6,m7,m8");
    assertThat(m.numEntries()).isEqualTo(8);
  }

  @Spec("MT-MERGE-1")
  @Test
  void countSuccessiveMerges_restartsAfterABaseOrADeletion_likeExpE() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "k", "base");
    assertThat(mergeAll(m, 2, 2, "m1", "m2", "m3")).containsExactly(4L);
    assertThat(read(4, "k", m)).isEqualTo("base,m1,m2,m3");
    delete(m, 5, "k");
    assertThat(mergeAll(m, 2, 6, "m4", "m5", "m6")).containsExactly(8L);
    assertThat(read(8, "k", m)).isEqualTo("m4,m5,m6");
  }

  @Spec("MT-MERGE-1")
  @Test
  void countSuccessiveMerges_stopsAtTheLimit_atOtherKeys_andAtTheSequence() {
    MemTable m = MemTableFixtures.memTable();
    for (int i = 1; i <= 10; i++) {
      merge(m, i, "k", "m" + i);
    }
    merge(m, 11, "j", "x");
    merge(m, 12, "l", "x");
    assertThat(m.countSuccessiveMergeEntries(new LookupKey(b("k"), 100), 1000)).isEqualTo(10);
    assertThat(m.countSuccessiveMergeEntries(new LookupKey(b("k"), 100), 4)).isEqualTo(4);
    assertThat(m.countSuccessiveMergeEntries(new LookupKey(b("k"), 5), 1000)).isEqualTo(5);
    assertThat(m.countSuccessiveMergeEntries(new LookupKey(b("kk"), 100), 1000)).isEqualTo(0);
    assertThat(m.countSuccessiveMergeEntries(new LookupKey(b("k"), 100), 0)).isEqualTo(0);
    assertThat(MemTableFixtures.memTable().countSuccessiveMergeEntries(
        new LookupKey(b("k"), 100), 5)).isEqualTo(0);
  }
}
