package dev.purerocks.oracle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A differential conformance campaign: op logs drawn from one master seed, each for a
 * configuration of the selected families, replayed on RocksJava and PureRocks in lockstep
 * ({@link Runner}); every mismatch is counted, the first few are shrunk, printed with a replay
 * command and saved. {@link #main} is the command {@code oracle-tests/run} (flags parsed by {@link
 * CampaignCommand}); {@link ConformanceCampaignTest} and {@link FaultInjectionTest} run the same
 * loop.
 *
 * <p>Reproducibility: sequence {@code k} draws everything from its own stream, seeded by {@link
 * #sequenceSeed}{@code (seed, k)}, so one sequence is regenerated alone with {@code --skip k
 * --sequences 1}. Its configuration is the first {@link EngineConfig#draw} of that stream whose
 * family is selected (rejection sampling), so a sequence found under {@code --configs all} is also
 * regenerated under {@code --configs <its family>}: every earlier draw was of an unselected family,
 * hence not of its own.
 *
 * <p>Not thread-safe: one campaign runs on one thread.
 */
final class Campaign {
  /**
   * Configuration families: a representation, with the skip list split by in-place updates
   * (which change what is generated, avoid-list item 9).
   */
  static final List<String> FAMILIES =
      List.of("skiplist", "skiplist-inplace", "hashskiplist", "hashlinklist", "vector");

  /** A fault's shrunk logs must be at most this long for the fault to count as caught. */
  static final int FAULT_MAX_SHRUNK_OPS = 10;

  /** Mismatches past this number are counted but not printed. */
  static final int PRINT_LIMIT = 20;

  /** One mismatching sequence; {@code shrunk} is null when the shrink budget was spent. */
  record Mismatch(int number, long sequence, long sequenceSeed, EngineConfig config,
      Runner.Divergence divergence, List<Op> shrunk, Runner.Divergence shrunkDivergence,
      Path saved) {}

  /** What one family saw: counts and the time spent inside each engine's operations. */
  static final class Tally {
    long sequences;
    long operations;
    long mismatches;
    long referenceNanos;
    long candidateNanos;
    final Set<String> configs = new HashSet<>();

    void add(final Tally t) {
      sequences += t.sequences;
      operations += t.operations;
      mismatches += t.mismatches;
      referenceNanos += t.referenceNanos;
      candidateNanos += t.candidateNanos;
      configs.addAll(t.configs);
    }
  }

  /** The outcome: a tally per selected family, their total, and the mismatches. */
  record Result(Map<String, Tally> families, Tally total, List<Mismatch> mismatches) {
    /**
     * Whether a fault run caught its fault: at least one mismatch shrunk, and every shrunk log
     * still diverging and at most {@value #FAULT_MAX_SHRUNK_OPS} operations long.
     */
    boolean faultCaught() {
      boolean shrunkAny = false;
      for (final Mismatch m : mismatches) {
        if (m.shrunk() != null) {
          shrunkAny = true;
          if (m.shrunk().size() > FAULT_MAX_SHRUNK_OPS || m.shrunkDivergence() == null) {
            return false;
          }
        }
      }
      return shrunkAny;
    }

    /** The final line, {@code conformance: configs=C sequences=S ops=O mismatches=M}. */
    String summary() {
      return "conformance: configs=" + total.configs.size() + " sequences=" + total.sequences
          + " ops=" + total.operations + " mismatches=" + total.mismatches;
    }
  }

  // The settings, set by the command or a test before run().
  /** The master seed every sequence derives from. */
  final long seed;
  /** The selected configuration families, a sublist of {@link #FAMILIES}. */
  List<String> families = FAMILIES;
  /** Operations per sequence. */
  int ops = 250;
  /** Sequence budget; negative for none. */
  long sequences = -1;
  /** Time budget in seconds (checked between sequences, shrinking included); negative for none. */
  double seconds = -1;
  /** Index of the first sequence. */
  long skip;
  /** The fault wrapped around the PureRocks adapter, or null. */
  Faults.Fault fault;
  /** Where shrunk mismatches are saved as {@code mismatch-<n>.oplog}; null to keep them unsaved. */
  Path saveDir;
  /** How many mismatches are shrunk; later ones are only counted and briefly reported. */
  int shrinkLimit = 5;
  /** The campaign stops once it has seen this many mismatches. */
  long stopAfterMismatches = Long.MAX_VALUE;
  /** Seconds between progress lines. */
  double progressSeconds = 5;
  /** Where progress lines and mismatch reports go. */
  PrintStream out = System.out;

  Campaign(final long seed) {
    this.seed = seed;
  }

  /** {@code oracle-tests/run}: see {@link CampaignCommand#USAGE}. */
  public static void main(final String[] args) throws Exception {
    System.exit(CampaignCommand.run(args, System.out));
  }

  /** The seed of sequence {@code k}: the SplitMix64 finalizer over the k-th golden-ratio step. */
  static long sequenceSeed(final long seed, final long k) {
    long z = seed + (k + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static String family(final EngineConfig config) {
    return config.rep().equals("skiplist") && config.inplace() ? "skiplist-inplace" : config.rep();
  }

  /** The first drawn configuration whose family is one of {@code families}. */
  static EngineConfig drawConfig(final SplittableRandom rnd, final List<String> families) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      final EngineConfig c = EngineConfig.draw(rnd);
      if (families.contains(family(c))) {
        return c;
      }
    }
    throw new IllegalStateException("EngineConfig.draw never yields a config of " + families);
  }

  static String hex(final long seed) {
    return String.format("%016X", seed);
  }

  /** The command that regenerates sequence {@code k} alone. */
  String regenerateCommand(final long k, final EngineConfig config) {
    return "oracle-tests/run --seed " + hex(seed) + " --configs " + family(config) + " --ops "
        + ops + " --skip " + k + " --sequences 1" + (fault == null ? "" : " --fault " + fault.name());
  }

  private Supplier<Engine> candidate() {
    return fault == null ? PureRocksEngine::new : fault.engine();
  }

  /**
   * Runs until {@link #sequences} sequences ran (when set), {@link #seconds} elapsed (when set) or
   * {@link #stopAfterMismatches} mismatches were seen. Requires: one of the first two is set.
   */
  Result run(final Path scratch) throws Exception {
    assert sequences >= 0 || seconds >= 0 : "a campaign needs a sequence or time budget";
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    for (final String f : families) {
      tallies.put(f, new Tally());
    }
    final Tally total = new Tally();
    final List<Mismatch> mismatches = new ArrayList<>();
    final Runner runner = new Runner(scratch, RocksJavaEngine::new, candidate());
    final long start = System.nanoTime();
    long lastProgress = start;
    for (long k = skip; ; k++) {
      final double elapsed = (System.nanoTime() - start) / 1e9;
      if ((sequences >= 0 && k - skip >= sequences) || (seconds >= 0 && elapsed >= seconds)
          || total.mismatches >= stopAfterMismatches) {
        break;
      }
      final long sequenceSeed = sequenceSeed(seed, k);
      final SplittableRandom rnd = new SplittableRandom(sequenceSeed);
      final EngineConfig config = drawConfig(rnd, families);
      final List<Op> log = new OpGenerator(config, rnd).generate(ops);
      final long r0 = runner.referenceNanos();
      final long c0 = runner.candidateNanos();
      final Runner.Divergence d = runner.replay(config, log);
      final Tally t = new Tally();
      t.sequences = 1;
      t.operations = d == null ? log.size() : d.index() + 1;
      t.mismatches = d == null ? 0 : 1;
      t.referenceNanos = runner.referenceNanos() - r0;
      t.candidateNanos = runner.candidateNanos() - c0;
      t.configs.add(config.toString());
      tallies.get(family(config)).add(t);
      total.add(t);
      if (d != null) {
        mismatches.add(mismatch(runner, (int) total.mismatches, k, sequenceSeed, config, log, d,
            mismatches.stream().filter(m -> m.shrunk() != null).count() < shrinkLimit));
      }
      final long now = System.nanoTime();
      if ((now - lastProgress) / 1e9 >= progressSeconds) {
        lastProgress = now;
        out.printf("[%6.1fs] sequences=%d ops=%d mismatches=%d%n", (now - start) / 1e9,
            total.sequences, total.operations, total.mismatches);
      }
    }
    return new Result(tallies, total, mismatches);
  }

  private Mismatch mismatch(final Runner runner, final int number, final long k,
      final long sequenceSeed, final EngineConfig config, final List<Op> log,
      final Runner.Divergence d, final boolean shrink) throws Exception {
    if (!shrink) {
      // Past the shrink budget a mismatch gets two lines, and past PRINT_LIMIT only its count.
      if (number <= PRINT_LIMIT) {
        out.printf("MISMATCH %d: sequence %d, %s, op %d: %s (RocksJava: %s | PureRocks: %s)%n",
            number, k, family(config), d.index(), d.op(), d.reference(), d.candidate());
        out.println("  regenerate: " + regenerateCommand(k, config));
        if (number == PRINT_LIMIT) {
          out.println("(further mismatches are counted, not printed)");
        }
      }
      return new Mismatch(number, k, sequenceSeed, config, d, null, null, null);
    }
    out.println();
    out.printf("MISMATCH %d: seed %s sequence %d (sequence seed %s) family %s%n", number, hex(seed),
        k, hex(sequenceSeed), family(config));
    out.println("  config " + config);
    out.println("  diverged at " + d.toString().replace("\n", "\n  "));
    final List<Op> shrunk = runner.shrink(config, log);
    final Runner.Divergence small = runner.replay(config, shrunk);
    final String header = "mismatch " + number + ": seed " + hex(seed) + " sequence " + k
        + (fault == null ? "" : " fault " + fault.name()) + "\nshrunk from " + log.size()
        + " to " + shrunk.size() + " ops; first divergence:\n" + small
        + "\nregenerate: " + regenerateCommand(k, config);
    final String text = Runner.render(config, shrunk, header);
    out.printf("  shrunk to %d ops:%n", shrunk.size());
    for (final String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        out.println("    " + line);
      }
    }
    out.println("  shrunk log " + (small == null ? "NO LONGER DIVERGES" : "diverges at "
        + small.toString().replace("\n", "\n  ")));
    Path saved = null;
    if (saveDir != null) {
      Files.createDirectories(saveDir);
      saved = saveDir.resolve("mismatch-" + number + ".oplog");
      Files.writeString(saved, text, StandardCharsets.UTF_8);
      out.println("  saved:      " + saved);
      out.println("  replay:     oracle-tests/run --replay " + saved
          + (fault == null ? "" : " --fault " + fault.name()));
    }
    out.println("  regenerate: " + regenerateCommand(k, config));
    out.println();
    return new Mismatch(number, k, sequenceSeed, config, d, shrunk, small, saved);
  }

  /** The closing table: one row per family, then the total. */
  static void printTable(final PrintStream out, final Result r) {
    final String format = "%-17s %10s %8s %11s %10s %16s %16s%n";
    out.printf(format, "family", "sequences", "configs", "operations", "mismatches",
        "RocksJava ops/s", "PureRocks ops/s");
    final Map<String, Tally> rows = new LinkedHashMap<>(r.families());
    rows.put("total", r.total());
    for (final Map.Entry<String, Tally> e : rows.entrySet()) {
      final Tally t = e.getValue();
      out.printf(format, e.getKey(), t.sequences, t.configs.size(), t.operations, t.mismatches,
          rate(t.operations, t.referenceNanos), rate(t.operations, t.candidateNanos));
    }
  }

  private static String rate(final long ops, final long nanos) {
    return nanos == 0 ? "-" : String.format("%.0f", ops / (nanos / 1e9));
  }

  /** Deletes the mismatch logs of an earlier run, so the directory holds only this run's. */
  static void clearSaved(final Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (final Path p : (Iterable<Path>) files::iterator) {
        final String name = p.getFileName().toString();
        if (name.startsWith("mismatch-") && name.endsWith(".oplog")) {
          Files.delete(p);
        }
      }
    }
  }
}
