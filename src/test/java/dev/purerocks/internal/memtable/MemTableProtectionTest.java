package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekForPrevKey;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekKey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * memtable_protection_bytes_per_key (M22): corrupt arena bytes directly and check that reads
 * report corruption instead of data, for every supported width.
 */
class MemTableProtectionTest {
  private final List<String> logged = new ArrayList<>();

  private MemTable protectedMemTable(int n) {
    InfoLog log = (level, message) -> logged.add(level + " " + message);
    MemTable m =
        new MemTable(
            MemTableOptions.builder().protectionBytesPerKey(n).infoLog(log).build(), 0);
    put(m, 1, "a", "value-a");
    put(m, 2, "b", "value-b");
    put(m, 3, "c", "value-c");
    return m;
  }

  /** The entry of user key {@code key} (newest version). */
  private static long entryOf(MemTable m, String key) {
    MemTableIterator it = m.newIterator(false);
    byte[] k = seekKey(key);
    it.seek(k, 0, k.length);
    return it.entryAddress();
  }

  /**
   * Flips bits of the byte at {@code off} with the first mask that changes the entry's truncated
   * checksum (a random flip escapes an n-byte checksum with probability 2^(-8n); the test picks a
   * flip that must be detected, then checks that it is).
   */
  private static void corrupt(MemTable m, long entry, int off, int n) {
    Arena arena = m.arena();
    byte[] blk = arena.block(entry);
    byte original = blk[off];
    for (int mask = 1; mask < 256; mask++) {
      blk[off] = (byte) (original ^ mask);
      if (!checksumMatches(arena, entry, n)) {
        return;
      }
    }
    throw new AssertionError("no flip changes the checksum");
  }

  private static boolean checksumMatches(Arena arena, long entry, int n) {
    try {
      EntryProtection.verify(arena, entry, n);
      return true;
    } catch (CorruptionException e) {
      return false;
    }
  }

  private static int trailerOffset(MemTable m, long entry) {
    return Entries.keyOffset(m.arena(), entry) + Entries.userKeyLength(m.arena(), entry);
  }

  @Spec("PROT-1")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void protectionBytes_areAppendedAndCounted(int n) {
    MemTable m = protectedMemTable(n);
    assertThat(m.dataSize()).isEqualTo(3L * Entries.encodedLength(1, 7, n));
    long e = entryOf(m, "b");
    Arena arena = m.arena();
    int end = Entries.valueOffset(arena, e) + Entries.valueLength(arena, e);
    byte[] blk = arena.block(e);
    long trailer = Coding.getFixed64(blk, trailerOffset(m, e));
    long sum = EntryProtection.checksum(b("b"), 0, 1, b("value-b"), 0, 7, trailer);
    assertThat(EntryProtection.matches(blk, end, sum, n)).isTrue();
    assertThat(read(3, "b", m)).isEqualTo("value-b");
  }

  @Spec("PROT-VERIFY-1")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void get_detectsCorruptedValue_trailerAndChecksum_ofTheLookedUpKey(int n) {
    for (String part : new String[] {"value", "type", "seq", "checksum"}) {
      logged.clear();
      MemTable m = protectedMemTable(n);
      long e = entryOf(m, "b");
      Arena arena = m.arena();
      int off =
          switch (part) {
            case "value" -> Entries.valueOffset(arena, e) + 3;
            case "type" -> trailerOffset(m, e);
            case "seq" -> trailerOffset(m, e) + 1;
            default -> Entries.valueOffset(arena, e) + Entries.valueLength(arena, e);
          };
      corrupt(m, e, off, n);
      CorruptionException ex =
          assertThrows(CorruptionException.class, () -> read(10, "b", m), part);
      assertThat(ex).hasMessageThat().isEqualTo(
          "Corrupted memtable entry, per key-value checksum verification failed.");
      assertThat(logged).contains(
          "ERROR In SaveValue: Corrupted memtable entry, per key-value checksum verification"
              + " failed.");
      // Other keys are unaffected.
      assertThat(read(10, "a", m)).isEqualTo("value-a");
      assertThat(read(10, "c", m)).isEqualTo("value-c");
    }
  }

  @Spec("PROT-VERIFY-1")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void get_verifiesEveryEntryOfTheKeyItVisits(int n) {
    MemTable m = protectedMemTable(n);
    MemTableFixtures.merge(m, 4, "b", "op1");
    MemTableFixtures.merge(m, 5, "b", "op2");
    // Corrupt the oldest version (the put at seq 2): the merges lead the Get down to it.
    MemTableIterator it = m.newIterator(false);
    byte[] k = InternalKeys.encode(b("b"), 0, 1, 2, 0x18);
    it.seek(k, 0, k.length);
    assertThat(it.sequence()).isEqualTo(2);
    corrupt(m, it.entryAddress(), Entries.valueOffset(m.arena(), it.entryAddress()), n);
    assertThrows(CorruptionException.class, () -> read(10, "b", m));
    // A newer put decides the lookup before it reaches the corrupted entry.
    put(m, 6, "b", "fresh");
    assertThat(read(10, "b", m)).isEqualTo("fresh");
  }

  @Spec("PROT-VERIFY-2")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void iterator_verifiesAfterEveryPositioning(int n) {
    List<Consumer<MemTableIterator>> positionings =
        List.of(
            MemTableIterator::seekToFirst,
            MemTableIterator::seekToLast,
            it -> {
              byte[] k = seekKey("b");
              it.seek(k, 0, k.length);
            },
            it -> {
              byte[] k = seekForPrevKey("b");
              it.seekForPrev(k, 0, k.length);
            },
            it -> {
              byte[] k = seekKey("a");
              it.seek(k, 0, k.length);
              it.next();
            },
            it -> {
              byte[] k = seekKey("c");
              it.seek(k, 0, k.length);
              it.prev();
            });
    for (int i = 0; i < positionings.size(); i++) {
      MemTable m = protectedMemTable(n);
      // seekToFirst lands on "a", seekToLast on "c", the others on "b".
      String victim = i == 0 ? "a" : i == 1 ? "c" : "b";
      long e = entryOf(m, victim);
      corrupt(m, e, Entries.keyOffset(m.arena(), e), n); // the user key's only byte
      MemTableIterator it = m.newIterator(false);
      Consumer<MemTableIterator> move = positionings.get(i);
      logged.clear();
      CorruptionException ex = assertThrows(CorruptionException.class, () -> move.accept(it));
      assertThat(ex).hasMessageThat().isEqualTo(CorruptionException.CHECKSUM_MISMATCH);
      assertThat(it.isValid()).isFalse();
      assertThat(logged.get(0)).startsWith("ERROR In MemtableIterator: ");
    }
  }

  @Spec("PROT-VERIFY-1")
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void verify_malformedLengthField_isCorruptionNotAnIndexError(int n) {
    MemTable m = protectedMemTable(n);
    long e = entryOf(m, "c");
    byte[] blk = m.arena().block(e);
    int lengthOff = Entries.valueOffset(m.arena(), e) - 1;
    blk[lengthOff] = (byte) 0xFF; // an unterminated varint running into the value
    for (int i = 1; i <= 7; i++) {
      blk[lengthOff + i] = (byte) 0xFF;
    }
    assertThrows(CorruptionException.class, () -> read(10, "c", m));
  }
}
