package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.RepTestSupport.bytes;
import static dev.purerocks.internal.memtable.RepTestSupport.ikey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.RepTestSupport.Fixture;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link VectorRep} on fixed data, including RocksJava observations (ExpA, ExpJ). */
class VectorRepTest {
  private static final int FOR_SEEK = ValueType.FOR_SEEK.code();

  private static Fixture fixture(UserComparator uc) {
    return new Fixture(VectorRep.factory(0), uc);
  }

  private static byte[] seekKey(String userKey) {
    return ikey(bytes(userKey), InternalKeys.MAX_SEQUENCE_NUMBER, FOR_SEEK);
  }

  /** The key a DB-level seekForPrev uses: the last internal key of the user key (M50). */
  private static byte[] seekForPrevKey(String userKey) {
    return ikey(bytes(userKey), 0, ValueType.FOR_SEEK_FOR_PREV.code());
  }

  // ---- empty -------------------------------------------------------------------------------------

  @Spec("REP-VECTOR-3")
  @Test
  void emptyRep_everyPositioningIsInvalid_andGetVisitsNothing() {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    MemTableRep.Cursor c = f.rep.iterator();
    assertThat(c.isValid()).isFalse();
    c.seekToFirst();
    assertThat(c.isValid()).isFalse();
    c.seekToLast();
    assertThat(c.isValid()).isFalse();
    byte[] k = seekKey("a");
    c.seek(k, 0, k.length);
    assertThat(c.isValid()).isFalse();
    c.seekForPrev(k, 0, k.length);
    assertThat(c.isValid()).isFalse();
    List<Long> seen = new ArrayList<>();
    f.rep.get(k, 0, k.length, e -> seen.add(e));
    assertThat(seen).isEmpty();
    assertThat(f.rep.approximateMemoryUsage()).isEqualTo(0);
    f.rep.markReadOnly();
    assertThat(f.scanForward(f.rep.iterator())).isEmpty();
    assertThat(f.rep.approximateNumEntries(k, seekKey("z"))).isEqualTo(0);
  }

  // ---- RocksJava observations --------------------------------------------------------------------

  /**
   * Replays ExpA (ten puts, then a newer version of "ab") and reads it the way a DB iterator
   * would, keeping the newest version of each user key: the same order as RocksJava's vector.
   */
  @Spec({"REP-VECTOR-2", "REP-VECTOR-9"})
  @Test
  void expA_bytewiseAndReverseOrders_matchRocksJavaVector() {
    String[] keys = {"b", "a", "ab", "", "ba", "\u00ff", "\u0000", "aa", "c", "a\u0000"};
    for (UserComparator uc :
        new UserComparator[] {BytewiseComparators.BYTEWISE, BytewiseComparators.REVERSE_BYTEWISE}) {
      Fixture f = fixture(uc);
      long seq = 1;
      for (int i = 0; i < keys.length; i++) {
        f.put(keys[i], seq++, "v" + i);
        if (i == 4) {
          f.rep.iterator(); // a read in the middle puts the entries into two runs
        }
      }
      f.put("ab", seq, "v2-overwritten");
      boolean reverse = uc == BytewiseComparators.REVERSE_BYTEWISE;
      String forward = "[=v3, \\x00=v6, a=v1, a\\x00=v9, aa=v7, ab=v2-overwritten, b=v0, ba=v4, c=v8, \\xff=v5]";
      String backward = "[\\xff=v5, c=v8, ba=v4, b=v0, ab=v2-overwritten, aa=v7, a\\x00=v9, a=v1, \\x00=v6, =v3]";
      assertThat(newestVersions(f, f.scanForward(f.rep.iterator()))).isEqualTo(reverse ? backward : forward);
      assertThat(newestVersions(f, f.scanBackward(f.rep.iterator()))).isEqualTo(reverse ? forward : backward);
      String seekB = reverse ? "[b, ab, aa, a\\x00, a, \\x00, ]" : "[b, ba, c, \\xff]";
      String seekForPrevB = reverse ? "[b, ba, c, \\xff]" : "[b, ab, aa, a\\x00, a, \\x00, ]";
      assertThat(keysFrom(f, seekKey("b"), true, 20)).isEqualTo(seekB);
      assertThat(keysFrom(f, seekForPrevKey("b"), false, 20)).isEqualTo(seekForPrevB);
      assertThat(keysFrom(f, seekKey("ac"), true, 3)).isEqualTo(reverse ? "[ab, aa, a\\x00]" : "[b, ba, c]");
      assertThat(keysFrom(f, seekForPrevKey("ac"), false, 3)).isEqualTo(reverse ? "[b, ba, c]" : "[ab, aa, a\\x00]");
      // M29: 8 bytes per entry, so the memtable reports 2048 + 88 = 2136 for these 11 entries.
      assertThat(f.rep.approximateMemoryUsage()).isEqualTo(88);
    }
  }

  /** "key=value" of the newest version of each user key, in the cursor's visiting order. */
  private static String newestVersions(Fixture f, List<Long> entries) {
    List<String> out = new ArrayList<>();
    String lastKey = null;
    long bestSeq = -1;
    for (long e : entries) {
      String k = RepTestSupport.printable(Entries.userKey(f.arena, e));
      long s = Entries.sequence(f.arena, e);
      if (!k.equals(lastKey)) {
        out.add(k + "=" + RepTestSupport.printable(Entries.value(f.arena, e)));
        lastKey = k;
        bestSeq = s;
      } else if (s > bestSeq) {
        out.set(out.size() - 1, k + "=" + RepTestSupport.printable(Entries.value(f.arena, e)));
        bestSeq = s;
      }
    }
    return out.toString();
  }

  /** Distinct user keys visited from a seek (forward) or seekForPrev (backward), at most {@code n}. */
  private static String keysFrom(Fixture f, byte[] target, boolean forward, int n) {
    MemTableRep.Cursor c = f.rep.iterator();
    if (forward) {
      c.seek(target, 0, target.length);
    } else {
      c.seekForPrev(target, 0, target.length);
    }
    List<String> out = new ArrayList<>();
    for (; c.isValid() && out.size() < n; ) {
      String k = RepTestSupport.printable(Entries.userKey(f.arena, c.entry()));
      if (out.isEmpty() || !out.get(out.size() - 1).equals(k)) {
        out.add(k);
      }
      if (forward) {
        c.next();
      } else {
        c.prev();
      }
    }
    return out.toString();
  }

  /** ExpJ: prev from the first entry makes the cursor invalid; direction switches step by one. */
  @Spec("REP-VECTOR-3")
  @Test
  void expJ_prevFromFirstIsInvalid_andDirectionSwitchesStepByOne() {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    String[] keys = {"a1", "a3", "a5", "b1", "b3", "c1"};
    long seq = 1;
    for (String k : keys) {
      f.put(k, seq++, "v");
      f.rep.get(seekKey(k), 0, seekKey(k).length, e -> false); // one run per read: 6 puts, 2 runs
    }
    f.put("a3", seq, "v2");
    MemTableRep.Cursor c = f.rep.iterator();
    byte[] a5 = seekKey("a5");
    c.seek(a5, 0, a5.length);
    List<String> walk = new ArrayList<>();
    walk.add(f.userKeyString(c.entry()) + "=" + f.valueString(c.entry()));
    for (int i = 0; i < 4 && c.isValid(); i++) {
      c.prev();
      walk.add(c.isValid() ? f.userKeyString(c.entry()) + "=" + f.valueString(c.entry()) : "<invalid>");
    }
    // Both versions of a3, older first when walking back; then a1; then off the front.
    assertThat(walk).containsExactly("a5=v", "a3=v", "a3=v2", "a1=v", "<invalid>").inOrder();

    byte[] b1 = seekKey("b1");
    c.seek(b1, 0, b1.length);
    c.prev();
    c.prev();
    assertThat(f.userKeyString(c.entry()) + "=" + f.valueString(c.entry())).isEqualTo("a3=v");
    c.next();
    assertThat(f.userKeyString(c.entry())).isEqualTo("a5");

    c.seekToLast();
    c.next();
    assertThat(c.isValid()).isFalse();
  }

  // ---- visibility --------------------------------------------------------------------------------

  @Spec({"REP-VECTOR-7", "REP-VECTOR-9"})
  @Test
  void insert_isVisibleToTheNextReadAndCounted() {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    for (int i = 0; i < 100; i++) {
      f.put("k" + (char) ('a' + (i * 7) % 26) + i, i + 1, "v");
      assertThat(f.scanForward(f.rep.iterator())).hasSize(i + 1);
      assertThat(f.rep.approximateMemoryUsage()).isEqualTo(8L * (i + 1));
    }
  }

  @Spec("REP-VECTOR-8")
  @Test
  void insertConcurrently_isInvisibleAndUncountedUntilBatchPostProcess() throws Exception {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    f.put("single", 1, "v");
    AtomicLong addr = new AtomicLong();
    Thread writer = new Thread(() -> {
      long a = f.encode(bytes("concurrent"), 2, ValueType.CODE_VALUE, bytes("v"));
      f.rep.insertConcurrently(a);
      addr.set(a);
    });
    writer.start();
    writer.join(30_000);
    assertThat(writer.isAlive()).isFalse();
    assertThat(f.scanForward(f.rep.iterator())).hasSize(1);
    assertThat(f.rep.approximateMemoryUsage()).isEqualTo(8);

    // Post-processing on another thread publishes nothing of the writer's.
    f.rep.batchPostProcess();
    assertThat(f.scanForward(f.rep.iterator())).hasSize(1);

    Thread writerAgain = new Thread(() -> {
      long a = f.encode(bytes("concurrent2"), 3, ValueType.CODE_VALUE, bytes("v"));
      f.rep.insertConcurrently(a);
      f.rep.batchPostProcess();
    });
    writerAgain.start();
    writerAgain.join(30_000);
    assertThat(writerAgain.isAlive()).isFalse();
    List<Long> after = f.scanForward(f.rep.iterator());
    assertThat(after).hasSize(2);
    assertThat(after).doesNotContain(addr.get());
    assertThat(f.rep.approximateMemoryUsage()).isEqualTo(16);
  }

  /** RocksDB would drop them with the thread-local vector; we publish them at markReadOnly. */
  @Spec("REP-VECTOR-8")
  @Test
  void markReadOnly_publishesConcurrentInsertsNeverPostProcessed() throws Exception {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    Thread writer = new Thread(() -> {
      for (int i = 0; i < 10; i++) {
        f.rep.insertConcurrently(f.encode(bytes("k" + i), i + 1, ValueType.CODE_VALUE, bytes("v")));
      }
    });
    writer.start();
    writer.join(30_000);
    assertThat(writer.isAlive()).isFalse();
    assertThat(f.scanForward(f.rep.iterator())).isEmpty();
    f.rep.markReadOnly();
    List<String> keys = new ArrayList<>();
    for (long e : f.scanForward(f.rep.iterator())) {
      keys.add(f.userKeyString(e));
    }
    assertThat(keys).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9").inOrder();
    assertThat(f.rep.approximateMemoryUsage()).isEqualTo(80);
  }

  // ---- failure --------------------------------------------------------------------------------

  /** A read that fails while sorting (here: the comparator throws) loses nothing. */
  @Spec("REP-VECTOR-2")
  @Test
  void failedAbsorb_leavesEveryEntryForTheNextRead() {
    boolean[] failing = {false};
    UserComparator flaky =
        new UserComparator() {
          @Override
          public String name() {
            return "test.FlakyBytewise";
          }

          @Override
          public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
            if (failing[0]) {
              throw new IllegalStateException("comparator failure");
            }
            return BytewiseComparators.BYTEWISE.compare(a, aOff, aLen, b, bOff, bLen);
          }
        };
    Fixture f = fixture(flaky);
    for (int i = 0; i < 300; i++) {
      f.put("k" + ((i * 7919) % 1000), i + 1, "v");
      if (i % 50 == 20) {
        f.rep.iterator(); // several runs, so that later failures hit sorts and merges
      }
    }
    failing[0] = true;
    assertThrows(IllegalStateException.class, () -> f.rep.iterator());
    failing[0] = false;
    List<Long> all = f.scanForward(f.rep.iterator());
    assertThat(all).hasSize(300);
    for (int i = 1; i < all.size(); i++) {
      assertThat(f.cmp.compare(all.get(i - 1), all.get(i))).isLessThan(0);
    }
    f.rep.markReadOnly();
    failing[0] = true;
    assertThrows(IllegalStateException.class, () -> f.rep.iterator()); // the collapse fails
    failing[0] = false;
    assertThat(f.scanForward(f.rep.iterator())).containsExactlyElementsIn(all).inOrder();
  }

  // ---- factory -----------------------------------------------------------------------------------

  @Spec("REP-VECTOR-1")
  @Test
  void factory_reportsRocksDbCapabilities() {
    MemTableRepFactory factory = VectorRep.factory(0);
    assertThat(factory.name()).isEqualTo("VectorRepFactory");
    assertThat(factory.isInsertConcurrentlySupported()).isTrue();
    assertThat(factory.canHandleDuplicatedKey()).isFalse();
    assertThat(factory.toString()).isEqualTo("VectorRepFactory");
  }

  @Spec("REP-VECTOR-9")
  @Test
  void factory_rejectsNegativeReservedSize() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VectorRep.factory(-1));
    assertThat(e).hasMessageThat().contains("-1");
  }

  @Spec("REP-VECTOR-9")
  @Test
  void reservedSize_changesNeitherResultsNorReportedMemory() {
    for (long reserved : new long[] {0, 1, 100, 1_000_000, Long.MAX_VALUE}) {
      Fixture f = new Fixture(VectorRep.factory(reserved), BytewiseComparators.BYTEWISE);
      for (int i = 0; i < 300; i++) {
        f.put(String.valueOf((i * 37) % 300), i + 1, "v");
      }
      List<String> keys = new ArrayList<>();
      for (long e : f.scanForward(f.rep.iterator())) {
        keys.add(f.userKeyString(e));
      }
      List<String> sorted = new ArrayList<>(keys);
      java.util.Collections.sort(sorted);
      assertThat(keys).isEqualTo(sorted);
      assertThat(keys).hasSize(300);
      assertThat(f.rep.approximateMemoryUsage()).isEqualTo(2400);
    }
  }

  @Spec({"REP-VECTOR-1", "REP-VECTOR-5"})
  @Test
  void insert_alwaysReturnsTrue_evenForAnEqualEntry() {
    Fixture f = fixture(BytewiseComparators.BYTEWISE);
    long a = f.encode(bytes("k"), 5, ValueType.CODE_VALUE, bytes("1"));
    long b = f.encode(bytes("k"), 5, ValueType.CODE_DELETION, bytes(""));
    assertThat(f.rep.insert(a)).isTrue();
    assertThat(f.rep.insert(b)).isTrue();
    assertThat(f.scanForward(f.rep.iterator())).containsExactly(a, b).inOrder();
  }
}
