package dev.purerocks.oracle;

import dev.purerocks.testing.RocksJavaOracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Replays one op log on two engines in lockstep and reports the first operation whose rendered
 * results differ; {@link #shrink} reduces a diverging log by delta debugging (drop chunks, then
 * single operations, then single batch entries) while it still diverges and stays admissible.
 */
final class Runner {
  /** The first divergence of a replay: the op's index, the op, and each engine's result. */
  record Divergence(int index, Op op, String reference, String candidate) {
    @Override
    public String toString() {
      return "op " + index + ": " + op + "\n  RocksJava: " + reference + "\n  PureRocks: "
          + candidate;
    }
  }

  private final Path scratch;
  private final Supplier<Engine> reference;
  private final Supplier<Engine> candidate;
  private final HangWatchdog watchdog = new HangWatchdog();
  private int runs;
  private long referenceNanos;
  private long candidateNanos;
  private List<String> transcript = new ArrayList<>();

  Runner(final Path scratch) {
    this(scratch, RocksJavaEngine::new, PureRocksEngine::new);
  }

  Runner(final Path scratch, final Supplier<Engine> reference, final Supplier<Engine> candidate) {
    RocksJavaOracle.load();
    this.scratch = scratch;
    this.reference = reference;
    this.candidate = candidate;
  }

  /** Time spent inside RocksJava's operations so far (open and close excluded). */
  long referenceNanos() {
    return referenceNanos;
  }

  /** Time spent inside PureRocks' operations so far (open and close excluded). */
  long candidateNanos() {
    return candidateNanos;
  }

  /** The last replay's operations with RocksJava's result each, up to the divergence. */
  List<String> transcript() {
    return transcript;
  }

  /** Applies one operation and renders its result. */
  static String apply(final Engine e, final Op op) {
    // Issue 4's wider forms (Op's second table); the plain forms below keep their old calls.
    switch (op.verb()) {
      case "batch":
        return e.writeBatch(op.batch(), op.args().contains("roundtrip"));
      case "get":
        if (op.option("form") != null) {
          return e.getForm(op.arg(0), op.snapshot(), op.option("form"));
        }
        break;
      case "keyExists":
        return e.keyExists(op.arg(0), op.snapshot(),
            op.option("form") == null ? "" : op.option("form"));
      case "multiGet":
        if (op.option("form") != null) {
          final List<byte[]> keys = new ArrayList<>();
          for (final String k : op.plainArgs()) {
            keys.add(Codec.bytes(k));
          }
          return e.multiGetForm(keys, op.snapshot(), op.option("form"));
        }
        break;
      case "iter open":
        if (op.args().size() > (op.snapshot() == null ? 0 : 1)) {
          final String lower = op.option("lower");
          final String upper = op.option("upper");
          return e.iterOpenWith(op.snapshot(), lower == null ? null : Codec.bytes(lower),
              upper == null ? null : Codec.bytes(upper),
              op.option("mode") == null ? "total" : op.option("mode"));
        }
        break;
      case "iter refresh":
        return e.iterRefresh(op.snapshot());
      case "iter status":
        return e.iterStatus();
      default:
        break;
    }
    switch (op.verb()) {
      case "put":
        return e.put(op.arg(0), op.arg(1));
      case "delete":
        return e.delete(op.arg(0));
      case "singleDelete":
        return e.singleDelete(op.arg(0));
      case "deleteRange":
        return e.deleteRange(op.arg(0), op.arg(1));
      case "merge":
        return e.merge(op.arg(0), op.arg(1));
      case "get":
        return e.get(op.arg(0), op.args().size() > 1 ? op.args().get(1).substring(1) : null);
      case "multiGet": {
        final List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < op.args().size(); i++) {
          keys.add(op.arg(i));
        }
        return e.multiGet(keys);
      }
      case "keyMayExist":
        return e.keyMayExist(op.arg(0));
      case "iter open":
        return e.iterOpen(op.args().isEmpty() ? null : op.args().get(0).substring(1));
      case "iter first":
      case "iter last":
      case "iter next":
      case "iter prev":
      case "iter seek":
      case "iter seekForPrev":
        return e.iterMove(op.verb().substring(5), op.args().isEmpty() ? null : op.arg(0));
      case "snapshot take":
        return e.snapshotTake(op.args().get(0));
      case "snapshot release":
        return e.snapshotRelease(op.args().get(0));
      case "flush":
        return e.flush();
      case "cf create":
      case "cf use":
      case "cf drop":
        return e.columnFamily(op.verb().substring(3), op.args().get(0));
      case "cf list":
        return e.columnFamily("list", null);
      case "bg pause":
      case "bg continue":
        return e.background(op.verb().substring(3));
      case "flush nowait":
        return e.flushNoWait();
      case "counts":
        return e.counts();
      default:
        throw new IllegalArgumentException("unknown operation " + op);
    }
  }

  /** Replays {@code ops} on both engines; null when every result agreed. */
  Divergence replay(final EngineConfig config, final List<Op> ops) throws Exception {
    transcript = new ArrayList<>();
    final Path dir = scratch.resolve("run-" + runs++);
    Files.createDirectories(dir);
    try (Engine ref = reference.get(); Engine cand = candidate.get()) {
      watchdog.begin(() -> render(config, List.of(), "hung while opening"));
      ref.open(config, dir.resolve("rocksjava").toString());
      cand.open(config, dir.resolve("purerocks").toString());
      for (int i = 0; i < ops.size(); i++) {
        final int index = i;
        watchdog.begin(() -> render(config, ops.subList(0, index + 1), "hung at op " + index));
        final long t0 = System.nanoTime();
        final String a = apply(ref, ops.get(i));
        final long t1 = System.nanoTime();
        final String b = apply(cand, ops.get(i));
        referenceNanos += t1 - t0;
        candidateNanos += System.nanoTime() - t1;
        transcript.add(ops.get(i) + "  ->  " + a);
        if (!a.equals(b)) {
          watchdog.begin(() -> render(config, ops.subList(0, index + 1), "hung while closing"));
          return new Divergence(i, ops.get(i), a, b);
        }
      }
      watchdog.begin(() -> render(config, ops, "hung while closing"));
      return null;
    } finally {
      watchdog.end();
      deleteTree(dir);
    }
  }

  /**
   * Whether a (shrunk) log still respects what the generator promises: singleDelete keys never
   * see two puts without a singleDelete between them (spec avoid-list item 11), and in-place
   * configurations take no snapshots, move no iterator backwards, use no iterator older than the
   * last write (item 9) and delete no ranges (DIFF-INPLACE-3); column families and background work
   * follow {@link Families}' rules.
   */
  static boolean admissible(final EngineConfig config, final List<Op> ops) {
    return firstInadmissible(config, ops) < 0;
  }

  /** The index of the first operation that breaks a rule {@link #admissible} checks, or -1. */
  static int firstInadmissible(final EngineConfig config, final List<Op> ops) {
    final Set<String> present = new HashSet<>();
    final Families families = new Families();
    boolean fresh = false;
    String mode = "total";
    for (int index = 0; index < ops.size(); index++) {
      final Op op = ops.get(index);
      if (!families.allows(config, op)) {
        return index; // column family and background-work rules: see Families
      }
      if (!operationsAdmissible(config, op, mode)) {
        return index;
      }
      families.apply(op);
      if (op.verb().equals("iter open")) {
        mode = op.option("mode") == null ? "total" : op.option("mode");
      }
      for (final Op entry : op.verb().equals("batch") ? op.batch() : List.of(op)) {
        // singleDelete's contract holds per family handle ("in c1 put k v" writes to c1).
        final boolean in = entry.verb().equals("in");
        final Op w = in ? entry.inner() : entry;
        final String scoped = w.args().isEmpty() ? "" : in
            ? families.scope(entry.args().get(0), w.args().get(0))
            : families.scope(w.args().get(0));
        if (w.verb().equals("put") && w.args().get(0).startsWith("s") && !present.add(scoped)) {
          return index;
        }
        if (families.paused() && (w.verb().equals("put") || w.verb().equals("singleDelete"))
            && w.args().get(0).startsWith("s")) {
          return index; // a stalled write would break the contract's alternation (item 11)
        }
        if (w.verb().equals("singleDelete")) {
          present.remove(scoped);
        }
        if ((w.verb().equals("delete") || w.verb().equals("merge"))
            && w.args().get(0).startsWith("s")) {
          return index;
        }
        if (config.inplace() && w.verb().equals("deleteRange")) {
          return index; // RocksDB loses puts over covered values in place (DIFF-INPLACE-3)
        }
        if (w.verb().equals("merge") && config.merge().equals("none")) {
          return index; // no merge without a merge operator (CONF-MERGE-1, avoid-list item 13)
        }
        if (config.hashRep() && w.isWrite() && !w.args().isEmpty()
            && w.arg(0).length < config.fixedPrefixLength()) {
          return index; // out of a fixed extractor's domain (CONF-PREFIX-1, avoid-list item 6)
        }
      }
      final String lower = op.verb().equals("iter open") ? op.option("lower") : null;
      final String upper = op.verb().equals("iter open") ? op.option("upper") : null;
      if (lower != null && upper != null && !lower.equals(upper)
          && (lower.compareTo(upper) > 0) != config.reverse()) {
        return index; // inverted bounds are outside ITER-BOUNDS-1 (CONF-BOUNDS-1)
      }
      if (config.inplace()) {
        if (op.isWrite()) {
          fresh = false;
        } else if (op.verb().equals("iter open")) {
          fresh = true;
        } else if (op.verb().startsWith("snapshot") || op.verb().equals("iter prev")
            || op.verb().equals("iter last") || op.verb().equals("iter seekForPrev")
            || (op.verb().startsWith("iter") && !fresh)) {
          return index;
        }
      }
    }
    return -1;
  }

  /**
   * Issue 4's rules. A batch with save points never touches the single-delete namespace (a
   * rollback would hide which puts took effect; avoid-list item 11). In prefix mode with a
   * prefix extractor only seek and next are defined (avoid-list item 4, ITER-PREFIX-1), and with
   * prefix_same_as_start on hash reps seekToFirst/seekToLast/prev/seekForPrev are never issued
   * (avoid-list item 5: empty results and HashLinkList hangs; ITER-PREFIX-3).
   */
  private static boolean operationsAdmissible(final EngineConfig config, final Op op,
      final String mode) {
    if (op.verb().equals("batch")) {
      boolean savePoints = false;
      boolean singles = false;
      for (final Op entry : op.batch()) {
        final Op w = entry.verb().equals("in") ? entry.inner() : entry;
        savePoints |= w.args().isEmpty();
        singles |= !w.args().isEmpty() && w.args().get(0).startsWith("s");
      }
      return !(savePoints && singles);
    }
    final boolean prefixed = !config.prefix().equals("none");
    final boolean hash = config.rep().startsWith("hash");
    // CONF-PREFIXMODE-2: no prefix modes with tiny buffers, no seek outside a fixed domain in one.
    if (op.verb().equals("iter open") && config.tiny() && op.option("mode") != null
        && !op.option("mode").equals("total")) {
      return false;
    }
    if ((op.verb().equals("iter seek") || op.verb().equals("iter seekForPrev"))
        && !mode.equals("total") && op.arg(0).length < config.fixedPrefixLength()) {
      return false;
    }
    if (op.verb().equals("iter refresh") && !liveMemtableCursor(config)) {
      return false;
    }
    final boolean restricted = prefixed && (mode.equals("prefix") || (hash && mode.equals("same")));
    return !restricted || !(op.verb().equals("iter first") || op.verb().equals("iter last")
        || op.verb().equals("iter prev") || op.verb().equals("iter seekForPrev"));
  }

  /**
   * Whether the memtable cursor under a DB iterator reads the live memtable. Vector memtables and
   * hash memtables with a prefix extractor give iterators a sorted copy made at creation, and
   * RocksDB's {@code Refresh} keeps that copy while no flush changed the super version, so a
   * refreshed iterator misses later writes (DIFF-ITER-REFRESH-1): refresh is drawn only where it
   * is defined.
   */
  static boolean liveMemtableCursor(final EngineConfig config) {
    return config.rep().equals("skiplist")
        || (config.rep().startsWith("hash") && config.prefix().equals("none"));
  }

  /** Delta debugging: the smallest diverging admissible sub-log found. */
  List<Op> shrink(final EngineConfig config, final List<Op> failing) throws Exception {
    List<Op> best = new ArrayList<>(failing);
    final Divergence first = replay(config, best);
    if (first == null) {
      return best;
    }
    best = new ArrayList<>(best.subList(0, first.index() + 1));
    for (int chunk = Math.max(1, best.size() / 2); chunk >= 1; chunk /= 2) {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int start = 0; start + chunk <= best.size(); ) {
          final List<Op> candidate = new ArrayList<>(best.subList(0, start));
          candidate.addAll(best.subList(start + chunk, best.size()));
          final Divergence d = candidate.isEmpty() || !admissible(config, candidate) ? null
              : replay(config, candidate);
          if (d != null) {
            best = new ArrayList<>(candidate.subList(0, d.index() + 1));
            progress = true;
          } else {
            start += chunk;
          }
        }
      }
    }
    for (int i = 0; i < best.size(); i++) {
      final Op op = best.get(i);
      if (!op.verb().equals("batch") || op.batch().size() < 2) {
        continue;
      }
      for (int j = 0; j < best.get(i).batch().size(); ) {
        final List<Op> entries = new ArrayList<>(best.get(i).batch());
        if (entries.size() < 2) {
          break;
        }
        entries.remove(j);
        final List<Op> candidate = new ArrayList<>(best);
        candidate.set(i, new Op("batch", op.args(), List.copyOf(entries)));
        if (admissible(config, candidate) && replay(config, candidate) != null) {
          best = candidate;
        } else {
          j++;
        }
      }
    }
    return best;
  }

  /** A replayable op log: header comments, the config line, then one op per line. */
  static String render(final EngineConfig config, final List<Op> ops, final String header) {
    final StringBuilder sb = new StringBuilder();
    for (final String line : header.split("\n")) {
      sb.append("# ").append(line).append('\n');
    }
    sb.append("config ").append(config).append('\n');
    for (final Op op : ops) {
      sb.append(op).append('\n');
    }
    return sb.toString();
  }

  /** Parses an op log: {@code #} comments and blank lines ignored, one {@code config} line. */
  record OpLog(EngineConfig config, List<Op> ops) {
    static OpLog parse(final List<String> lines) {
      EngineConfig config = null;
      final List<Op> ops = new ArrayList<>();
      for (final String raw : lines) {
        final String line = raw.trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("config ")) {
          config = EngineConfig.parse(line.substring(7));
        } else {
          ops.add(Op.parse(line));
        }
      }
      if (config == null) {
        throw new IllegalArgumentException("op log without a config line");
      }
      return new OpLog(config, ops);
    }
  }

  static void deleteTree(final Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
