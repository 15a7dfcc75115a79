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
 * fixed prefix (item 6); prefix-mode iteration beyond the seek target's prefix (item 4: plain
 * iterators read in total order; {@code mode=prefix} iterators get only seek and next, compared on
 * the target's prefix, and hash reps in prefix_same_as_start mode too, item 5); refresh over
 * memtable cursors that are copies (DIFF-ITER-REFRESH-1); inverted iterator bounds (outside
 * ITER-BOUNDS-1); single deletes in batches with save points (item 11); merges without a merge
 * operator (item 13); with in-place updates, snapshots, reverse moves and iterators older than the
 * last write (item 9), and range deletions (RocksDB loses a put over a value a newer range
 * tombstone covers, DIFF-INPLACE-3); sizes (item 2), and counters or stalls where a switch or a flush is not
 * deterministic ({@link Families}: items 1, 2, 3, 17, DIFF-SIZE-1, DIFF-DB-FLUSHWAIT-1). Inverted
 * range deletions, which poison both databases identically (item 13), are generated rarely.
 */
final class OpGenerator {
  private static final String[] LETTERS = {"a", "b", "c"};
  /** Key bytes of the high alphabet: first byte, then the rest (0x80 and 0xff are negative). */
  private static final String[] HIGH_FIRST = {"61", "ff"};
  private static final String[] HIGH_REST = {"00", "80", "ff"};

  private final EngineConfig config;
  private final SplittableRandom rnd;
  private final Set<String> singlePresent = new HashSet<>();
  private final Families families = new Families();
  /** The family the entry being drawn is written to, when not the current one. */
  private String entryFamily;
  private final List<String> snapshots = new ArrayList<>();
  private boolean iteratorOpen;
  /** The open iterator's mode (total, prefix, same, auto); see Runner.admissible. */
  private String iteratorMode = "total";
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

  /**
   * A seek target: in a prefix mode with a fixed extractor, one inside its domain (a shorter
   * target has no prefix; RocksDB then reads past the key, CONF-PREFIXMODE-2).
   */
  private String seekTarget() {
    String k = key();
    while (!iteratorMode.equals("total") && Codec.bytes(k).length < config.fixedPrefixLength()) {
      k = key();
    }
    return k;
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
    // Not while background work is paused: a write may then fail in a stall, and a lost put or
    // singleDelete would break the alternation singleDelete's contract needs (avoid-list item 11).
    if (r < 62 && !families.paused()) {
      final String k = "s" + LETTERS[rnd.nextInt(3)];
      final String scoped =
          entryFamily != null ? families.scope(entryFamily, k) : families.scope(k);
      if (singlePresent.remove(scoped)) {
        return Op.of("singleDelete", k);
      }
      singlePresent.add(scoped);
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
    if (rnd.nextInt(families.paused() ? 8 : 16) == 0
        || (families.currentDropped() && rnd.nextInt(4) != 0)) {
      return lifecycle();
    }
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
        return rnd.nextBoolean() ? Op.of("iter next") : Op.of("iter seek", seekTarget());
      }
      final int m = rnd.nextInt(config.inplace() ? 3 : 6);
      switch (m) {
        case 0:
          return Op.of("iter next");
        case 1:
          return Op.of("iter first");
        case 2:
          return Op.of("iter seek", seekTarget());
        case 3:
          return Op.of("iter prev");
        case 4:
          return Op.of("iter last");
        default:
          return Op.of("iter seekForPrev", seekTarget());
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
    if (r < 98 && families.allows(config, Op.of("flush"))) {
      return Op.of("flush");
    }
    return Op.of("keyMayExist", key());
  }

  /**
   * Column families, cross-family batches, paused background work, memtable switches and counts
   * (issue 4), under the rules {@link Families} states and {@link Runner#admissible} checks.
   */
  private Op lifecycle() {
    Op op = drawLifecycle();
    if (!families.allows(config, op)) {
      op = Op.of("cf list"); // e.g. no bg pause above 3 write buffers (DIFF-DB-STALL-1)
    }
    families.apply(op);
    return op;
  }

  private Op drawLifecycle() {
    final List<String> known = families.known();
    // Writes through a dropped family's handle poison the database (RocksDB's insert failure is
    // sticky): legal and compared, but kept rare so that sequences go on doing something.
    final List<String> live = known.stream().filter(families::isLive).toList();
    if (families.currentDropped() && rnd.nextInt(8) != 0) {
      return Op.of("cf use", live.get(rnd.nextInt(live.size())));
    }
    final boolean large = !config.tiny();
    final int r = rnd.nextInt(large ? 100 : 60);
    if (r < 12) {
      return Op.of("cf create", "c" + (1 + rnd.nextInt(3)));
    }
    if (r < 27) {
      return Op.of("cf use", known.get(rnd.nextInt(known.size())));
    }
    if (r < 33) {
      return Op.of("cf drop", rnd.nextInt(8) == 0 ? Families.DEFAULT
          : known.get(rnd.nextInt(known.size())));
    }
    if (r < 37) {
      return Op.of("cf list");
    }
    if (r < 55) {
      iteratorFresh = false;
      final List<Op> batch = new ArrayList<>();
      final int n = 1 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        final List<String> from = rnd.nextInt(16) == 0 ? known : live;
        final String target = from.get(rnd.nextInt(from.size()));
        if (target.equals(families.current()) && !families.currentDropped()) {
          batch.add(write());
          continue;
        }
        entryFamily = target;
        final Op w = write();
        entryFamily = null;
        final List<String> args = new ArrayList<>();
        args.add(target);
        args.add(w.verb());
        args.addAll(w.args());
        batch.add(Op.of("in", args.toArray(new String[0])));
      }
      return Op.batch(batch);
    }
    if (r < 60) {
      return Op.of("cf use", Families.DEFAULT);
    }
    // Only with a large write buffer (DIFF-SIZE-1): see Families.
    if (!families.paused()) {
      return r < 75 ? Op.of("counts") : r < 97 ? Op.of("bg pause") : Op.of("bg continue");
    }
    if (r < 70) {
      return Op.of("counts");
    }
    if (r < 88) {
      return Op.of("flush nowait");
    }
    return r < 97 ? Op.of("bg continue") : Op.of("bg pause");
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
    String form = GET_FORMS[rnd.nextInt(GET_FORMS.length)];
    if (form.equals("heap") && !families.allows(config, Op.of("get", "k", "form=heap:1"))) {
      form = "direct"; // see Families (DIFF-API-BUF-2)
    }
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
    // Prefix modes not with tiny buffers: there RocksDB's background flushes move data into
    // table files while the log runs, and prefix-mode results were seen to depend on that timing
    // (CONF-PREFIXMODE-2, avoid-list item 1).
    final String[] modes = {"total", "prefix", "same", "auto"};
    iteratorMode = config.tiny() ? "total" : modes[rnd.nextInt(modes.length)];
    args.add("mode=" + iteratorMode);
    return new Op("iter open", List.copyOf(args), List.of());
  }
}
