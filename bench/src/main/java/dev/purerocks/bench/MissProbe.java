package dev.purerocks.bench;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.Entries;
import dev.purerocks.internal.memtable.KeyComparator;
import dev.purerocks.internal.memtable.MemTableRep;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.internal.util.InfoLog;
import java.util.SplittableRandom;

/**
 * What bounds random access on a big memtable, in two numbers: how many entries a skip-list insert
 * and get compare against (each a likely cache miss once the memtable is larger than the caches),
 * and what one cache miss costs on this machine (a chase of dependent loads through a random cycle
 * over 32 MiB). RocksDB's {@code InlineSkipList} has the same height and branching, so it visits
 * as many nodes. Usage, after {@code bench/run} built the project once:
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.purerocks.bench.MissProbe}.
 */
public final class MissProbe {
  private static final long SEED = 0x5EED_0F_C0FFEEL;

  private MissProbe() {}

  public static void main(String[] args) {
    for (int n : new int[] {200_000, 1_000_000}) {
      comparisons(n);
    }
    missLatency(32 << 20);
  }

  /** Prints the user-key comparisons per insert and per get of {@code n} random 16-byte keys. */
  private static void comparisons(int n) {
    long[] compares = new long[1];
    UserComparator counting = new UserComparator() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
        compares[0]++;
        return BytewiseComparators.BYTEWISE.compare(a, aOff, aLen, b, bOff, bLen);
      }
    };
    Arena arena = new Arena(1 << 20);
    MemTableRep rep =
        SkipListRep.factory(0).create(new KeyComparator(arena, counting), null, InfoLog.NONE);
    SplittableRandom rnd = new SplittableRandom(SEED);
    byte[][] keys = new byte[n][Data.KEY_BYTES];
    byte[] value = new byte[Data.VALUE_BYTES];
    for (byte[] k : keys) {
      rnd.nextBytes(k);
    }
    int length = Entries.encodedLength(Data.KEY_BYTES, Data.VALUE_BYTES, 0);
    for (int i = 0; i < n; i++) {
      long entry = rep.allocate(length);
      Entries.encode(arena, entry, keys[i], 0, keys[i].length,
          InternalKeys.packTrailer(i + 1, ValueType.CODE_VALUE), value, 0, value.length);
      rep.insert(entry);
    }
    double perInsert = compares[0] / (double) n;
    compares[0] = 0;
    for (byte[] k : keys) {
      byte[] lookup = InternalKeys.encode(k, 0, k.length, InternalKeys.MAX_SEQUENCE_NUMBER,
          ValueType.CODE_VALUE);
      rep.get(lookup, 0, lookup.length, entry -> false);
    }
    System.out.printf("skiplist n=%,d: %.1f user-key comparisons per insert, %.1f per get%n",
        n, perInsert, compares[0] / (double) n);
  }

  /** Prints the time of one dependent load through a random cycle over {@code bytes} bytes. */
  private static void missLatency(int bytes) {
    int length = bytes / Integer.BYTES;
    int[] order = new int[length];
    for (int i = 0; i < length; i++) {
      order[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int i = length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] next = new int[length];
    for (int i = 0; i < length; i++) {
      next[order[i]] = order[(i + 1) % length];
    }
    int steps = 20_000_000;
    for (int round = 0; round < 3; round++) {
      int p = 0;
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        p = next[p];
      }
      System.out.printf("dependent load over %d MiB: %.1f ns (round %d, end %d)%n",
          bytes >> 20, (System.nanoTime() - start) / (double) steps, round, p);
    }
  }
}
