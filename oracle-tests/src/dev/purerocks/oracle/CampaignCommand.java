package dev.purerocks.oracle;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The flags of {@code oracle-tests/run} ({@link #USAGE}) and the three things it does: list the
 * faults, replay one op log, or run a {@link Campaign}. Returns the exit status instead of exiting
 * so that it stays testable: 0 when a campaign saw no mismatch (with {@code --fault}: when the
 * fault was caught and shrunk to at most {@value Campaign#FAULT_MAX_SHRUNK_OPS} operations), or a
 * replay agreed; 1 otherwise; 2 for a usage error.
 *
 * <p>Mismatch logs go to {@code target/conformance/} relative to the working directory, which the
 * script sets to the repository root.
 */
final class CampaignCommand {
  static final String USAGE = String.join("\n",
      "usage: oracle-tests/run [flags]",
      "Replays random operation sequences on RocksJava 11.8.1 and PureRocks in lockstep.",
      "  --seed HEX          master seed, 1-16 hex digits (default: random, printed)",
      "  --seconds N         run for about N seconds (default: 10 when no --sequences)",
      "  --sequences N       run N sequences (with --seconds: whichever ends first)",
      "  --ops N             operations per sequence (default 250)",
      "  --configs all|LIST  configuration families, comma-separated from:",
      "                      " + String.join(",", Campaign.FAMILIES) + " (default all)",
      "  --skip K            start at sequence K (with --sequences 1: rerun one sequence)",
      "  --fault NAME        inject a named fault into PureRocks (--fault list: the names);",
      "                      exit 0 exactly when it is detected and shrunk to <= "
          + Campaign.FAULT_MAX_SHRUNK_OPS + " ops",
      "  --replay FILE       replay one op log (e.g. a corpus file): transcript and divergence",
      "  --help              this text",
      "Exit status: 0 when mismatches=0 (or the fault was caught), 1 otherwise, 2 on bad flags.");

  private static final List<String> FLAGS = List.of("--seed", "--seconds", "--sequences", "--ops",
      "--skip", "--configs", "--fault", "--replay");

  private CampaignCommand() {}

  static long parseSeed(final String text) {
    String s = text.trim();
    if (s.startsWith("0x") || s.startsWith("0X")) {
      s = s.substring(2);
    }
    if (s.isEmpty() || s.length() > 16 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("--seed must be 1 to 16 hex digits, got \"" + text + "\"");
    }
    return Long.parseUnsignedLong(s, 16);
  }

  static List<String> parseFamilies(final String text) {
    if (text.equals("all")) {
      return Campaign.FAMILIES;
    }
    final List<String> out = new ArrayList<>();
    for (final String f : text.split(",")) {
      if (!Campaign.FAMILIES.contains(f.trim())) {
        throw new IllegalArgumentException("unknown configuration family \"" + f + "\"; known: all, "
            + String.join(", ", Campaign.FAMILIES));
      }
      if (!out.contains(f.trim())) {
        out.add(f.trim());
      }
    }
    return out;
  }

  private static long positive(final String flag, final String value, final long min) {
    final long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, got \"" + value + "\"");
    }
    if (n < min) {
      throw new IllegalArgumentException(flag + " must be at least " + min + ", got " + n);
    }
    return n;
  }

  static int run(final String[] args, final PrintStream out) throws Exception {
    Long seed = null;
    long seconds = -1;
    long sequences = -1;
    long ops = 250;
    long skip = 0;
    List<String> families = Campaign.FAMILIES;
    String fault = null;
    String replay = null;
    try {
      for (int i = 0; i < args.length; i++) {
        final String flag = args[i];
        if (flag.equals("--help") || flag.equals("-h")) {
          out.println(USAGE);
          return 0;
        }
        if (!FLAGS.contains(flag)) {
          throw new IllegalArgumentException("unknown argument " + flag);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        final String value = args[++i];
        switch (flag) {
          case "--seed": seed = parseSeed(value); break;
          case "--seconds": seconds = positive(flag, value, 1); break;
          case "--sequences": sequences = positive(flag, value, 1); break;
          case "--ops": ops = positive(flag, value, 1); break;
          case "--skip": skip = positive(flag, value, 0); break;
          case "--configs": families = parseFamilies(value); break;
          case "--fault": fault = value; break;
          case "--replay": replay = value; break;
          default: throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      if ("list".equals(fault)) {
        for (final Faults.Fault f : Faults.all()) {
          out.printf("%-24s %s%n", f.name(), f.description());
        }
        return 0;
      }
      final Faults.Fault injected = fault == null ? null : Faults.named(fault);
      final Path scratch = Paths.get(System.getProperty("java.io.tmpdir"),
          "campaign-" + ProcessHandle.current().pid());
      Files.createDirectories(scratch);
      try {
        if (replay != null) {
          // The script runs from the repository root; a relative --replay path is the caller's.
          return replay(Paths.get(System.getProperty("oracle.cwd", "")).resolve(replay), injected,
              scratch, out);
        }
        final Campaign c = new Campaign(seed != null ? seed : new SplittableRandom().nextLong());
        c.families = families;
        c.ops = (int) Math.min(ops, 1_000_000);
        c.sequences = sequences;
        c.seconds = seconds < 0 && sequences < 0 ? 10 : seconds;
        c.skip = skip;
        c.fault = injected;
        c.shrinkLimit = injected == null ? 5 : 3;
        c.saveDir = Paths.get("target", "conformance");
        return campaign(c, scratch, out);
      } finally {
        Runner.deleteTree(scratch);
      }
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      out.println(USAGE);
      return 2;
    }
  }

  private static int campaign(final Campaign c, final Path scratch, final PrintStream out)
      throws Exception {
    Campaign.clearSaved(c.saveDir);
    out.printf("campaign: seed=%s configs=%s ops/sequence=%d %s%s%n", Campaign.hex(c.seed),
        c.families.equals(Campaign.FAMILIES) ? "all" : String.join(",", c.families), c.ops,
        c.sequences >= 0 ? "sequences=" + c.sequences + (c.seconds >= 0 ? " or " : "") : "",
        (c.seconds >= 0 ? "seconds=" + (long) c.seconds : "") + (c.skip > 0 ? " skip=" + c.skip : "")
            + (c.fault == null ? "" : " fault=" + c.fault.name()));
    final Campaign.Result r = c.run(scratch);
    out.println();
    Campaign.printTable(out, r);
    final boolean ok;
    if (c.fault != null) {
      final List<String> sizes = new ArrayList<>();
      for (final Campaign.Mismatch m : r.mismatches()) {
        if (m.shrunk() != null) {
          sizes.add(String.valueOf(m.shrunk().size()));
        }
      }
      ok = r.faultCaught();
      out.printf("fault %s: %s (%d mismatches; shrunk to %s ops, limit %d)%n", c.fault.name(),
          ok ? "DETECTED" : r.mismatches().isEmpty() ? "NOT DETECTED" : "detected but NOT SHRUNK",
          r.mismatches().size(), sizes.isEmpty() ? "-" : String.join(", ", sizes),
          Campaign.FAULT_MAX_SHRUNK_OPS);
    } else {
      ok = r.total().mismatches == 0;
    }
    out.println(r.summary());
    return ok ? 0 : 1;
  }

  private static int replay(final Path file, final Faults.Fault fault, final Path scratch,
      final PrintStream out) throws Exception {
    final Runner.OpLog log =
        Runner.OpLog.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    if (!Runner.admissible(log.config(), log.ops())) {
      out.println("warning: " + file + " breaks the generator's rules (Runner.admissible);"
          + " results outside them may legitimately differ");
    }
    final Runner runner = fault == null ? new Runner(scratch)
        : new Runner(scratch, RocksJavaEngine::new, fault.engine());
    final Runner.Divergence d = runner.replay(log.config(), log.ops());
    out.println("config " + log.config() + (fault == null ? "" : "   (fault " + fault.name() + ")"));
    for (final String line : runner.transcript()) {
      out.println("  " + line);
    }
    if (d == null) {
      out.printf("replay: %d ops, no divergence%n", log.ops().size());
      return 0;
    }
    out.println("DIVERGENCE at " + d);
    out.printf("replay: %d ops, diverged at op %d%n", log.ops().size(), d.index());
    return 1;
  }
}
