package dev.purerocks.oracle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws op logs for one configuration from a {@link SplittableRandom}. Keys come from the alphabet
 * {a, b, c} (in one log in four, the bytes 0x61 or 0xff then 0x00, 0x80 or 0xff, written in hex)
 * with lengths 1..4 (so versions collide, ranges overlap and two-byte prefix buckets collide);
 * values are empty to a few hundred bytes, and half are 4-20 KB with tiny write buffers.
 *
 * <p>What it never generates, per memtable-semantics.md "What a differential tester must avoid":
 * singleDelete outside its contract (item 11: single-deleted keys live in their own namespace
 * {@code s*}, which no range deletion reaches, and alternate put, singleDelete); keys shorter than a
 * fixed prefix (item 6); prefix-mode iteration (item 4: the adapters always read in total order
 * when a prefix extractor is set); merges without a merge operator (item 13); with in-place
 * updates, snapshots, reverse moves, iterators older than the last write (item 9) and range
 * deletions (RocksDB loses a put over a value a range tombstone covers, DIFF-INPLACE-3); properties
 * and sizes (items 1, 2). Inverted range deletions, which poison both databases identically (item
 * 13), are generated rarely.
 */
final class OpGenerator {
  private static final String[] LETTERS = {"a", "b", "c"};
  /** Key bytes of the high alphabet: first byte, then the rest (0x80 and 0xff are negative). */
  private static final String[] HIGH_FIRST = {"61", "ff"};
  private static final String[] HIGH_REST = {"00", "80", "ff"};

  private final EngineConfig config;
  private final SplittableRandom rnd;
  private final Set<String> singlePresent = new HashSet<>();
  private final List<String> snapshots = new ArrayList<>();
  private boolean iteratorOpen;
  private boolean iteratorFresh;
  private int nextSnapshot = 1;
  private int nextValue = 1;
  private final boolean highKeys;

  OpGenerator(final EngineConfig config, final SplittableRandom rnd) {
    this.config = config;
    this.rnd = rnd;
    // One log in four draws its keys from bytes a Java byte holds as negative (0x80, 0xff) and
    // 0x00, to catch signed comparisons and prefix-successor overflow.
    this.highKeys = rnd.nextInt(4) == 0;
  }

  List<Op> generate(final int count) {
    final List<Op> ops = new ArrayList<>();
    while (ops.size() < count) {
      ops.add(next());
    }
    return ops;
  }

  private String key() {
    // Hash reps with a fixed extractor get in-domain keys only (avoid-list item 6); the skip list
    // and the vector also see keys shorter than the fixed prefix (outside the bloom's domain).
    final int min = config.hashRep() ? Math.max(1, config.fixedPrefixLength()) : 1;
    final int len = min + rnd.nextInt(5 - min);
    if (highKeys && !(config.hashRep() && config.fixedPrefixLength() > 0)
        && rnd.nextInt(20) == 0) {
      return "x:"; // the empty key, smallest of all (never for a hash rep's fixed prefix, item 6)
    }
    final StringBuilder sb = new StringBuilder(highKeys ? "x:" : "");
    for (int i = 0; i < len; i++) {
      if (highKeys) {
        sb.append(i == 0 ? HIGH_FIRST[rnd.nextInt(2)] : HIGH_REST[rnd.nextInt(3)]);
      } else {
        sb.append(LETTERS[rnd.nextInt(i == 0 ? 2 : 3)]);
      }
    }
    // Every high key is written in hex, even 'a' alone: hex tokens sharing the "x:" prefix sort
    // as strings exactly as their bytes do unsigned, which the range-deletion bounds rely on.
    return sb.toString();
  }

  private String value() {
    // A tiny write buffer (64 KiB after sanitizing) fills between two of the generator's flushes
    // (about 50 operations apart) only if values are kilobytes long: half of them are.
    if (config.tiny() && rnd.nextBoolean()) {
      return Codec.token(Codec.bytes("v" + nextValue++ + "#" + (4000 + rnd.nextInt(16000))));
    }
    if (config.merge().equals("uint64add") && rnd.nextInt(4) != 0) {
      final byte[] v = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
          .putLong(rnd.nextInt(1000)).array();
      return Codec.token(v);
    }
    switch (rnd.nextInt(6)) {
      case 0:
        return "x:";
      case 1:
        return Codec.token(Codec.bytes("v" + nextValue++ + "#" + (20 + rnd.nextInt(300))));
      default:
        return "v" + nextValue++;
    }
  }

  private Op write() {
    final int r = rnd.nextInt(100);
    if (r < 40) {
      return Op.of("put", key(), value());
    }
    if (r < 52) {
      return Op.of("delete", key());
    }
    if (r < 62) {
      final String k = "s" + LETTERS[rnd.nextInt(3)];
      if (singlePresent.remove(k)) {
        return Op.of("singleDelete", k);
      }
      singlePresent.add(k);
      return Op.of("put", k, value());
    }
    // No range deletions with in-place updates: RocksDB overwrites a value a newer range tombstone
    // covers and loses the write (DIFF-INPLACE-3).
    if (r < 72 && !config.inplace()) {
      String b = key();
      String e = key();
      final boolean ordered = (b.compareTo(e) <= 0) != config.reverse();
      if (!ordered && rnd.nextInt(300) != 0) {
        final String t = b;
        b = e;
        e = t;
      }
      return Op.of("deleteRange", b, e);
    }
    if (!config.merge().equals("none")) {
      return Op.of("merge", key(), value());
    }
    return Op.of("put", key(), value());
  }

  private Op next() {
    final int r = rnd.nextInt(100);
    if (r < 40) {
      iteratorFresh = false;
      return write();
    }
    if (r < 45) {
      iteratorFresh = false;
      final List<Op> batch = new ArrayList<>();
      final int n = 1 + rnd.nextInt(5);
      for (int i = 0; i < n; i++) {
        batch.add(write());
      }
      return Op.batch(batch);
    }
    if (r < 57) {
      return snapshots.isEmpty() || rnd.nextBoolean() ? Op.of("get", key())
          : Op.of("get", key(), "@" + snapshots.get(rnd.nextInt(snapshots.size())));
    }
    if (r < 61) {
      final List<String> keys = new ArrayList<>();
      final int n = 1 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        keys.add(rnd.nextInt(4) == 0 ? "s" + LETTERS[rnd.nextInt(3)] : key());
      }
      return Op.of("multiGet", keys.toArray(new String[0]));
    }
    if (r < 66 || !iteratorOpen || (config.inplace() && !iteratorFresh)) {
      iteratorOpen = true;
      iteratorFresh = true;
      return snapshots.isEmpty() || rnd.nextBoolean() ? Op.of("iter open")
          : Op.of("iter open", "@" + snapshots.get(rnd.nextInt(snapshots.size())));
    }
    if (r < 90) {
      final int m = rnd.nextInt(config.inplace() ? 3 : 6);
      switch (m) {
        case 0:
          return Op.of("iter next");
        case 1:
          return Op.of("iter first");
        case 2:
          return Op.of("iter seek", key());
        case 3:
          return Op.of("iter prev");
        case 4:
          return Op.of("iter last");
        default:
          return Op.of("iter seekForPrev", key());
      }
    }
    if (r < 96 && !config.inplace()) {
      if (!snapshots.isEmpty() && rnd.nextInt(3) == 0) {
        return Op.of("snapshot release", snapshots.remove(rnd.nextInt(snapshots.size())));
      }
      final String name = "s" + nextSnapshot++;
      snapshots.add(name);
      return Op.of("snapshot take", name);
    }
    if (r < 98) {
      return Op.of("flush");
    }
    return Op.of("keyMayExist", key());
  }
}
