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
 * {a, b, c} with lengths 1..4 (so versions collide, ranges overlap and two-byte prefix buckets
 * collide); values are empty to a few hundred bytes.
 *
 * <p>What it never generates, per memtable-semantics.md "What a differential tester must avoid":
 * singleDelete outside its contract (item 11: single-deleted keys live in their own namespace
 * {@code s*}, which no range deletion reaches, and alternate put, singleDelete); keys shorter than a
 * fixed prefix (item 6); prefix-mode iteration beyond the seek target's prefix (item 4: plain
 * iterators read in total order; {@code mode=prefix} iterators get only seek and next, compared on
 * the target's prefix, and hash reps in prefix_same_as_start mode too, item 5); refresh over
 * memtable cursors that are copies (DIFF-ITER-REFRESH-1); inverted iterator bounds (outside
 * ITER-BOUNDS-1); single deletes in batches with save points (item 11); merges without a merge
 * operator (item 13); with in-place updates, snapshots, reverse moves and iterators older than the
 * last write (item 9); properties and sizes (items 1, 2). Inverted range deletions, which poison
 * both databases identically (item 13), are generated rarely.
 */
final class OpGenerator {
  private static final String[] LETTERS = {"a", "b", "c"};

  private final EngineConfig config;
  private final SplittableRandom rnd;
  private final Set<String> singlePresent = new HashSet<>();
  private final List<String> snapshots = new ArrayList<>();
  private boolean iteratorOpen;
  /** The open iterator's mode (total, prefix, same, auto); see Runner.admissible. */
  private String iteratorMode = "total";
  private boolean iteratorFresh;
  private int nextSnapshot = 1;
  private int nextValue = 1;

  OpGenerator(final EngineConfig config, final SplittableRandom rnd) {
    this.config = config;
    this.rnd = rnd;
  }

  List<Op> generate(final int count) {
    final List<Op> ops = new ArrayList<>();
    while (ops.size() < count) {
      ops.add(next());
    }
    return ops;
  }

  private String key() {
    final int min = config.prefix().equals("fixed2") ? 2 : 1;
    final int len = min + rnd.nextInt(5 - min);
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(LETTERS[rnd.nextInt(i == 0 ? 2 : 3)]);
    }
    return sb.toString();
  }

  private String value() {
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
    return write(true);
  }

  /** One write; {@code singles} false keeps it out of the single-delete namespace. */
  private Op write(final boolean singles) {
    final int r = rnd.nextInt(100);
    if (r < 40) {
      return Op.of("put", key(), value());
    }
    if (r < 52) {
      return Op.of("delete", key());
    }
    if (r < 62 && !singles) {
      return Op.of("put", key(), value());
    }
    if (r < 62) {
      final String k = "s" + LETTERS[rnd.nextInt(3)];
      if (singlePresent.remove(k)) {
        return Op.of("singleDelete", k);
      }
      singlePresent.add(k);
      return Op.of("put", k, value());
    }
    if (r < 72) {
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
      return batch();
    }
    if (r < 57) {
      return get();
    }
    if (r < 61) {
      final List<String> keys = new ArrayList<>();
      final int n = 1 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        // Duplicates on purpose: multiGet must answer each position.
        keys.add(!keys.isEmpty() && rnd.nextInt(5) == 0 ? keys.get(rnd.nextInt(keys.size()))
            : rnd.nextInt(4) == 0 ? "s" + LETTERS[rnd.nextInt(3)] : key());
      }
      if (rnd.nextBoolean()) {
        return Op.of("multiGet", keys.toArray(new String[0]));
      }
      final String snapshot = snapshot();
      if (snapshot != null) {
        keys.add(snapshot);
      }
      keys.add(rnd.nextBoolean() ? "form=ro"
          : (rnd.nextInt(8) == 0 ? "form=bbheap:" : "form=bb:") + rnd.nextInt(6));
      return Op.of("multiGet", keys.toArray(new String[0]));
    }
    if (r < 66 || !iteratorOpen || (config.inplace() && !iteratorFresh)) {
      iteratorOpen = true;
      iteratorFresh = true;
      return iterOpen();
    }
    if (r < 90) {
      if (rnd.nextInt(12) == 0) {
        final String snapshot = snapshot();
        // Refresh only where RocksDB defines it (Runner.liveMemtableCursor).
        return rnd.nextInt(3) == 0 || !Runner.liveMemtableCursor(config) ? Op.of("iter status")
            : snapshot == null ? Op.of("iter refresh") : Op.of("iter refresh", snapshot);
      }
      final boolean restricted = !config.prefix().equals("none") && (iteratorMode.equals("prefix")
          || (config.rep().startsWith("hash") && iteratorMode.equals("same")));
      if (restricted) {
        // Avoid-list items 4 and 5 (ITER-PREFIX-1, ITER-PREFIX-3): seek and next only.
        return rnd.nextBoolean() ? Op.of("iter next") : Op.of("iter seek", key());
      }
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

  /** An {@code @name} of a live snapshot half the time there is one, else null. */
  private String snapshot() {
    return snapshots.isEmpty() || rnd.nextBoolean() ? null
        : "@" + snapshots.get(rnd.nextInt(snapshots.size()));
  }

  private static final String[] GET_FORMS = {"array", "buffer", "slice", "slicebuffer", "direct",
      "heap"};

  private Op get() {
    final List<String> args = new ArrayList<>();
    final int r = rnd.nextInt(10);
    args.add(r == 0 && rnd.nextBoolean() ? "s" + LETTERS[rnd.nextInt(3)] : key());
    final String snapshot = snapshot();
    if (snapshot != null) {
      args.add(snapshot);
    }
    if (r < 4) {
      return new Op("get", List.copyOf(args), List.of());
    }
    if (r < 6) {
      if (rnd.nextBoolean()) {
        args.add("form=buffer");
      }
      return new Op("keyExists", List.copyOf(args), List.of());
    }
    final String form = GET_FORMS[rnd.nextInt(GET_FORMS.length)];
    // Value buffers from empty to larger than most values: too small ones must report the size.
    args.add("form=" + form + (form.equals("array") || form.equals("slice") ? ""
        : ":" + (rnd.nextInt(3) == 0 ? rnd.nextInt(3) : rnd.nextInt(12))));
    return new Op("get", List.copyOf(args), List.of());
  }

  private Op batch() {
    final List<Op> entries = new ArrayList<>();
    final int kind = rnd.nextInt(10);
    if (kind == 0) {
      return Op.batch(entries);
    }
    final boolean savePoints = kind < 5;
    final int n = 1 + rnd.nextInt(savePoints ? 7 : 5);
    for (int i = 0; i < n; i++) {
      if (savePoints && rnd.nextInt(3) == 0) {
        // Rollback or pop without a save point is drawn too: both raise RocksJava's exception.
        final int c = rnd.nextInt(5);
        entries.add(Op.of(c < 2 ? "savepoint" : c < 4 ? "rollback" : "popSavePoint"));
      } else {
        entries.add(write(!savePoints));
      }
    }
    return rnd.nextInt(4) == 0 ? new Op("batch", List.of("roundtrip"), List.copyOf(entries))
        : Op.batch(entries);
  }

  /** A bound token: usually a key, sometimes below ({@code 0}) or above ({@code d}) all keys. */
  private String bound() {
    final int r = rnd.nextInt(8);
    return r == 0 ? "0" : r == 1 ? "d" : key();
  }

  private Op iterOpen() {
    final List<String> args = new ArrayList<>();
    final String snapshot = snapshot();
    if (snapshot != null) {
      args.add(snapshot);
    }
    iteratorMode = "total";
    if (rnd.nextInt(3) == 0) {
      return new Op("iter open", List.copyOf(args), List.of());
    }
    String lower = rnd.nextInt(3) == 0 ? bound() : null;
    String upper = rnd.nextInt(3) == 0 ? bound() : null;
    if (lower != null && upper != null
        && (lower.compareTo(upper) > 0) != config.reverse() && !lower.equals(upper)) {
      // Inverted bounds are outside ITER-BOUNDS-1's contract: swap them (equal ones stay, an
      // empty range).
      final String t = lower;
      lower = upper;
      upper = t;
    }
    if (lower != null) {
      args.add("lower=" + lower);
    }
    if (upper != null) {
      args.add("upper=" + upper);
    }
    final String[] modes = {"total", "prefix", "same", "auto"};
    iteratorMode = modes[rnd.nextInt(modes.length)];
    args.add("mode=" + iteratorMode);
    return new Op("iter open", List.copyOf(args), List.of());
  }
}
