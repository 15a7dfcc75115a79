package dev.purerocks.oracle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One point of the configuration matrix. Its text form names every key, applicable or not, so an
 * op log is self-describing:
 *
 * <pre>
 * rep=hashlinklist buckets=3 threshold=2 height=4 branching=4 reserved=0 prefix=capped3
 * bloom=0.02 wholekey=off cmp=javareverse merge=stringappend("--") wbs=65536 maxwbn=3
 * minmerge=2 concurrent=off maxmerges=1 inplace=off
 * </pre>
 *
 * {@link #parse} reads it back and gives keys an old log leaves out their {@link #DEFAULTS}
 * (which are what the first cut of the harness always used), and accepts the first cut's aliases
 * ({@code wbs=small|large}, {@code merge=stringappend}). Keys that do not apply to the drawn
 * representation ({@code buckets} for a skip list, say) are drawn as their defaults, so a config
 * equals its parsed text.
 *
 * <p>What {@link #draw} never draws, and why (memtable-semantics.md, "What a differential tester
 * must avoid"; the constructor rejects these too):
 * <ul>
 *   <li>{@code concurrent=on} with a hash representation or with in-place updates: RocksDB refuses
 *       to open (item 8, spec DB-OPT-1); the skip list and the vector take it (reference M31).
 *   <li>{@code inplace=on} except with the skip list (item 9: in-place updates make the generator
 *       avoid snapshots and reverse moves, and are only drawn where the first cut drew them).
 *   <li>A fixed prefix longer than two bytes with a hash representation: keys outside a fixed
 *       extractor's domain make a hash rep's Get miss written keys (item 6), and the
 *       singleDelete namespace {@code sa, sb, sc} is two bytes long. The skip list and the vector
 *       draw {@code fixed1..3} and see out-of-domain keys; the capped extractor has no domain
 *       limit and is drawn as {@code capped1..3} everywhere.
 * </ul>
 * Stalls: tiny write buffers switch several times per log; the adapters write with {@code
 * no_slowdown=false}, so a write that RocksDB would stall while its background flush runs waits
 * for it instead of failing with a timing-dependent {@code Incomplete} (items 1, 17). Which write
 * switches is never observed (items 2, 3): properties and sizes are not compared. Hash reps get
 * 1..16 buckets, so a tiny buffer holds more than one entry (item 15).
 *
 * <p>Comparators: RocksDB opens a Java comparator with any prefix extractor and representation,
 * hash reps included, so every {@code cmp} is drawn with every {@code rep} and {@code prefix};
 * the engines' {@code JavaOrder} says which orders the {@code java*} values are.
 */
record EngineConfig(String rep, int buckets, int threshold, int height, int branching,
    int reserved, String prefix, double bloom, boolean wholeKey, String cmp, String merge,
    long wbs, int maxWbn, int minMerge, boolean concurrent, int maxMerges, boolean inplace) {
  static final String[] REPS = {"skiplist", "hashskiplist", "hashlinklist", "vector"};
  static final String[] CMPS = {"bytewise", "reverse", "javabytewise", "javareverse",
      "javasfirst", "utilbytewise", "utilreverse"};
  static final String[] MERGES = {"stringappend(',')", "stringappend(\"--\")",
      "stringappend(\"\")", "uint64add", "none"};
  static final double[] BLOOMS = {0, 0.02, 0.25};
  static final int[] MAX_MERGES = {0, 1, 3};
  /** RocksDB clips smaller buffers to 64 KiB (spec DB-OPT-2); 4 KiB checks that both clip alike. */
  static final long[] TINY_WBS = {4L << 10, 64L << 10, 96L << 10};
  static final long LARGE_WBS = 64L << 20;

  /** Every key in text order, with the value an old log that leaves it out means. */
  static final Map<String, String> DEFAULTS = defaults();

  private static Map<String, String> defaults() {
    final Map<String, String> d = new LinkedHashMap<>();
    d.put("rep", "skiplist");
    d.put("buckets", "7");
    d.put("threshold", "3");
    d.put("height", "4");
    d.put("branching", "4");
    d.put("reserved", "0");
    d.put("prefix", "none");
    d.put("bloom", "0.0");
    d.put("wholekey", "off");
    d.put("cmp", "bytewise");
    d.put("merge", "stringappend(',')");
    d.put("wbs", "large");
    d.put("maxwbn", "2");
    d.put("minmerge", "1");
    d.put("concurrent", "off");
    d.put("maxmerges", "0");
    d.put("inplace", "off");
    return d;
  }

  EngineConfig {
    check(REPS, rep);
    check(CMPS, cmp);
    if (merge.equals("stringappend")) {
      merge = "stringappend(',')";
    }
    check(MERGES, merge);
    if (!prefix.equals("none") && !prefix.matches("(fixed|capped)[1-3]")) {
      throw new IllegalArgumentException("unknown prefix " + prefix);
    }
    if (inplace && !rep.equals("skiplist")) {
      throw new IllegalArgumentException("inplace=on is drawn only with rep=skiplist (item 9)");
    }
    // Fields are assigned after this body: test the parameters, not the accessors.
    final boolean hash = rep.startsWith("hash");
    if (concurrent && (hash || inplace)) {
      throw new IllegalArgumentException("concurrent=on does not open with " + rep
          + (inplace ? " and inplace=on" : "") + " (item 8)");
    }
    if (hash && prefix.startsWith("fixed") && prefix.charAt(prefix.length() - 1) > '2') {
      throw new IllegalArgumentException(prefix + " with " + rep + " (item 6)");
    }
    if (buckets < 1 || threshold < 0 || height < 1 || branching < 1 || reserved < 0
        || bloom < 0 || wbs < 1 || maxWbn < 1 || minMerge < 0 || maxMerges < 0) {
      throw new IllegalArgumentException("a value out of range: buckets=" + buckets + " threshold="
          + threshold + " height=" + height + " branching=" + branching + " reserved=" + reserved
          + " bloom=" + bloom + " wbs=" + wbs + " maxwbn=" + maxWbn + " minmerge=" + minMerge
          + " maxmerges=" + maxMerges);
    }
  }

  private static void check(final String[] allowed, final String value) {
    for (final String a : allowed) {
      if (a.equals(value)) {
        return;
      }
    }
    throw new IllegalArgumentException("unknown config value " + value);
  }

  long writeBufferSize() {
    return wbs;
  }

  /** A buffer small enough that a 250-op log with the generator's tiny-config values switches. */
  boolean tiny() {
    return wbs < (1L << 20);
  }

  boolean hashRep() {
    return rep.startsWith("hash");
  }

  /** Whether keys sort in descending byte order (reverse bytewise, built in or in Java). */
  boolean reverse() {
    return cmp.endsWith("reverse");
  }

  /** Whether the comparator is a Java object: the oracle's own or RocksJava's util classes. */
  boolean javaComparator() {
    return cmp.startsWith("java") || cmp.startsWith("util");
  }

  /** The prefix extractor's length; 0 without one. */
  int prefixLength() {
    return prefix.equals("none") ? 0 : prefix.charAt(prefix.length() - 1) - '0';
  }

  /** The length below which a key is outside the extractor's domain (0: every key is inside). */
  int fixedPrefixLength() {
    return prefix.startsWith("fixed") ? prefixLength() : 0;
  }

  /** StringAppend's delimiter, or null for the other operators. */
  String delimiter() {
    if (!merge.startsWith("stringappend(")) {
      return null;
    }
    return merge.substring("stringappend(".length() + 1, merge.length() - 2);
  }

  /** Whether StringAppend is built with its {@code char} constructor (single quotes). */
  boolean charDelimiter() {
    return merge.startsWith("stringappend('");
  }

  static EngineConfig draw(final SplittableRandom rnd) {
    final String rep = REPS[rnd.nextInt(REPS.length)];
    final boolean hash = rep.startsWith("hash");
    final boolean inplace = rep.equals("skiplist") && rnd.nextInt(4) == 0;
    final String prefix;
    switch (rnd.nextInt(3)) {
      case 0:
        prefix = "none";
        break;
      case 1:
        prefix = "fixed" + (1 + rnd.nextInt(hash ? 2 : 3));
        break;
      default:
        prefix = "capped" + (1 + rnd.nextInt(3));
    }
    final int maxWbn = 2 + rnd.nextInt(3);
    return new EngineConfig(rep,
        hash ? 1 + rnd.nextInt(16) : 7,
        // A quarter of the linked-list configs keep RocksDB's default threshold, so that lists
        // grow long enough to be indexed (REP-HLL-8); the others convert buckets early.
        rep.equals("hashlinklist") ? (rnd.nextInt(4) == 0 ? 256 : 1 + rnd.nextInt(8)) : 3,
        rep.equals("hashskiplist") ? 1 + rnd.nextInt(4) : 4,
        rep.equals("hashskiplist") ? 2 + rnd.nextInt(3) : 4,
        rep.equals("vector") ? rnd.nextInt(3) * 32 : 0,
        prefix, BLOOMS[rnd.nextInt(BLOOMS.length)], rnd.nextBoolean(),
        CMPS[rnd.nextInt(CMPS.length)], MERGES[rnd.nextInt(MERGES.length)],
        rnd.nextInt(3) == 0 ? LARGE_WBS : TINY_WBS[rnd.nextInt(TINY_WBS.length)],
        maxWbn, 1 + rnd.nextInt(2),
        !hash && !inplace && rnd.nextBoolean(), MAX_MERGES[rnd.nextInt(MAX_MERGES.length)],
        inplace);
  }

  @Override
  public String toString() {
    return "rep=" + rep + " buckets=" + buckets + " threshold=" + threshold + " height=" + height
        + " branching=" + branching + " reserved=" + reserved + " prefix=" + prefix + " bloom="
        + bloom + " wholekey=" + onOff(wholeKey) + " cmp=" + cmp + " merge=" + merge + " wbs="
        + wbs + " maxwbn=" + maxWbn + " minmerge=" + minMerge + " concurrent="
        + onOff(concurrent) + " maxmerges=" + maxMerges + " inplace=" + onOff(inplace);
  }

  private static String onOff(final boolean b) {
    return b ? "on" : "off";
  }

  private static boolean on(final String v) {
    if (!v.equals("on") && !v.equals("off")) {
      throw new IllegalArgumentException("expected on|off, got " + v);
    }
    return v.equals("on");
  }

  static EngineConfig parse(final String text) {
    final Map<String, String> kv = new LinkedHashMap<>(DEFAULTS);
    for (final String part : text.trim().split("\\s+")) {
      final int eq = part.indexOf('=');
      if (eq < 0 || !DEFAULTS.containsKey(part.substring(0, eq))) {
        throw new IllegalArgumentException("malformed config " + part + " in " + text);
      }
      kv.put(part.substring(0, eq), part.substring(eq + 1));
    }
    final String wbs = kv.get("wbs");
    return new EngineConfig(kv.get("rep"), Integer.parseInt(kv.get("buckets")),
        Integer.parseInt(kv.get("threshold")), Integer.parseInt(kv.get("height")),
        Integer.parseInt(kv.get("branching")), Integer.parseInt(kv.get("reserved")),
        kv.get("prefix"), Double.parseDouble(kv.get("bloom")), on(kv.get("wholekey")),
        kv.get("cmp"), kv.get("merge"),
        wbs.equals("small") ? 64L << 10 : wbs.equals("large") ? LARGE_WBS : Long.parseLong(wbs),
        Integer.parseInt(kv.get("maxwbn")), Integer.parseInt(kv.get("minmerge")),
        on(kv.get("concurrent")), Integer.parseInt(kv.get("maxmerges")), on(kv.get("inplace")));
  }
}
