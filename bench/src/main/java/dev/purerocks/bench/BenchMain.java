package dev.purerocks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The driver behind bench/run: measures memory, runs the JMH groups, then hands everything to
 * {@link Report}. Usage: {@code BenchMain [--quick] [--results DIR] [--groups a,b] [--no-memory]}.
 *
 * <p>JMH runs every combination of the parameter values it is given, but not every combination
 * makes sense (the map has no representations; RocksJava cannot read a mutable one-million-entry
 * Vector in useful time), so the driver runs one JMH group per meaningful set, each with its own
 * JSON file, and concatenates them into results/jmh.json. Forks get a 4 GiB heap (as in
 * baseline.md) and the driver's {@code java.io.tmpdir}, where RocksJava unpacks its library.
 */
public final class BenchMain {
  private record Group(String name, String include, Map<String, String> params, boolean timed) {}

  /**
   * Entries per store in the quick mode's JMH forks: a fifth of the full million, so that the whole
   * quick run ends within 10 minutes on 2 busy cores. Memory is always measured at one million.
   */
  static final int QUICK_ENTRIES = 200_000;

  private BenchMain() {}

  public static void main(String[] args) throws IOException, RunnerException {
    boolean quick = false;
    boolean memory = true;
    Path results = Path.of("results");
    List<String> only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--no-memory" -> memory = false;
        case "--results" -> results = Path.of(args[++i]);
        case "--groups" -> only = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(results);
    Path work = Path.of(System.getProperty("java.io.tmpdir")).resolve("jmh");
    Files.createDirectories(work);
    Path probeFile = work.resolve("probe.txt");
    Files.deleteIfExists(probeFile);
    Instant started = Instant.now();
    int entries = quick ? QUICK_ENTRIES : Data.N;
    System.out.printf("bench: mode=%s, JMH workloads on N=%,d entries%s, memory on N=%,d; "
            + "keys %d B, values %d B; jdk %s, %d cpus, G1 region %s B, load %s%n",
        quick ? "quick" : "full", entries, quick ? " (quick mode: fewer than the full 1M)" : "",
        Data.N, Data.KEY_BYTES, Data.VALUE_BYTES, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), g1RegionSize(), loadAverage());

    List<MemoryProbe.Footprint> footprints =
        memory ? MemoryProbe.measureAll() : List.of();

    List<RunResult> runs = new ArrayList<>();
    List<Path> jsonFiles = new ArrayList<>();
    for (Group g : groups()) {
      if (only != null && !only.contains(g.name())) {
        continue;
      }
      Path json = work.resolve("jmh-" + g.name() + ".json");
      long t0 = System.nanoTime();
      System.out.printf("bench: group %-16s load %s ...", g.name(), loadAverage());
      System.out.flush();
      Collection<RunResult> r =
          new Runner(options(g, quick, entries, json, probeFile, work)).run();
      System.out.printf(" %d results in %.0f s, load %s%n", r.size(),
          (System.nanoTime() - t0) / 1e9, loadAverage());
      runs.addAll(r);
      jsonFiles.add(json);
    }
    writeJmhJson(jsonFiles, results.resolve("jmh.json"));
    List<String> probes = Files.exists(probeFile)
        ? Files.readAllLines(probeFile, StandardCharsets.UTF_8) : List.of();
    new Report(Report.results(runs, probes, entries), footprints, quick, entries, started)
        .writeAndPrint(results);
  }

  /** The meaningful parameter sets; see the class comment. */
  private static List<Group> groups() {
    String engines = Db.PURE_ROCKS + "," + Db.ROCKS_JAVA;
    String allReps = String.join(",", Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST, Db.VECTOR);
    String single = "\\.(FillBench|ReadBench)\\.";
    return List.of(
        new Group("single", single, params("impl", engines, "rep", allReps), false),
        new Group("single-csl", single, params("impl", Db.MAP, "rep", Db.SKIPLIST), false),
        new Group("concurrent", "\\.ConcurrentFillBench\\.",
            params("impl", engines, "rep", Db.SKIPLIST + "," + Db.VECTOR, "threads", "1,2"), false),
        new Group("concurrent-csl", "\\.ConcurrentFillBench\\.",
            params("impl", Db.MAP, "rep", Db.SKIPLIST, "threads", "1,2"), false),
        new Group("mixed", "\\.MixedBench\\.", params("impl", engines, "rep",
            String.join(",", Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST)), false),
        new Group("mixed-vector", "\\.MixedBench\\.",
            params("impl", Db.PURE_ROCKS, "rep", Db.VECTOR), false),
        new Group("mixed-csl", "\\.MixedBench\\.",
            params("impl", Db.MAP, "rep", Db.SKIPLIST), false),
        new Group("vector-mutable", "\\.VectorMutableBench\\.", params("impl", engines), true));
  }

  private static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * Quick: 1 fork of 3 warm-up and 3 measured single shots; full: 2 forks of 2 + 3. At the quick
   * mode's N a shot of PureRocks lasts well under a second, less than C2 needs to compile the
   * write path: with a single warm-up shot the first measured one was still up to 4x slower. The
   * timed (AverageTime) group uses 1 s iterations.
   */
  private static org.openjdk.jmh.runner.options.Options options(Group g, boolean quick,
      int entries, Path json, Path probeFile, Path work) {
    ChainedOptionsBuilder b = new OptionsBuilder().include(g.include())
        .forks(quick ? 1 : 2).warmupIterations(quick ? 3 : 2).measurementIterations(3)
        .jvmArgs("-Xms4g", "-Xmx4g", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-Dbench.probe=" + probeFile, "-Dbench.entries=" + entries)
        .result(json.toString()).resultFormat(ResultFormatType.JSON)
        .output(work.resolve("jmh-" + g.name() + ".log").toString());
    if (g.timed()) {
      b.warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    g.params().forEach((k, v) -> b.param(k, v.split(",")));
    return b.build();
  }

  /** JMH writes one JSON array per run; results/jmh.json is their concatenation. */
  private static void writeJmhJson(List<Path> files, Path out) throws IOException {
    List<String> parts = new ArrayList<>();
    for (Path f : files) {
      if (!Files.exists(f)) {
        continue;
      }
      String s = Files.readString(f).trim();
      if (s.length() > 2) {
        parts.add(s.substring(1, s.length() - 1).trim());
      }
    }
    Files.writeString(out, "[\n" + String.join(",\n", parts) + "\n]\n");
  }

  /** G1's region size: arrays of half a region or more are humongous and take whole regions. */
  static String g1RegionSize() {
    try {
      return java.lang.management.ManagementFactory
          .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption("G1HeapRegionSize").getValue();
    } catch (IllegalArgumentException e) {
      return "n/a";
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              .getSystemLoadAverage());
    }
  }
}
