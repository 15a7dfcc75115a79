package dev.purerocks.oracle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One point of the configuration matrix, with a text form ({@code rep=hashskiplist prefix=fixed2
 * cmp=bytewise merge=stringappend wbs=small inplace=off}) that {@link #parse} reads back.
 *
 * <p>Restrictions, from the avoid-list of memtable-semantics.md: hash representations and in-place
 * updates need {@code allow_concurrent_memtable_write=false} (item 8, always set here); in-place
 * updates are drawn only with the skip list and make the generator avoid snapshots, reverse
 * iteration and iterators older than the last write (item 9).
 */
record EngineConfig(String rep, String prefix, String cmp, String merge, String wbs,
    boolean inplace) {
  static final String[] REPS = {"skiplist", "hashskiplist", "hashlinklist", "vector"};
  static final String[] PREFIXES = {"none", "fixed2", "capped2"};
  static final String[] CMPS = {"bytewise", "reverse"};
  static final String[] MERGES = {"stringappend", "uint64add", "none"};
  static final String[] WBS = {"small", "large"};

  EngineConfig {
    check(REPS, rep);
    check(PREFIXES, prefix);
    check(CMPS, cmp);
    check(MERGES, merge);
    check(WBS, wbs);
    if (inplace && !rep.equals("skiplist")) {
      throw new IllegalArgumentException("inplace=on is drawn only with rep=skiplist");
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
    return wbs.equals("small") ? 64L << 10 : 64L << 20;
  }

  boolean reverse() {
    return cmp.equals("reverse");
  }

  static EngineConfig draw(final SplittableRandom rnd) {
    final String rep = REPS[rnd.nextInt(REPS.length)];
    return new EngineConfig(rep, PREFIXES[rnd.nextInt(PREFIXES.length)],
        CMPS[rnd.nextInt(CMPS.length)], MERGES[rnd.nextInt(MERGES.length)],
        WBS[rnd.nextInt(WBS.length)], rep.equals("skiplist") && rnd.nextInt(4) == 0);
  }

  @Override
  public String toString() {
    return "rep=" + rep + " prefix=" + prefix + " cmp=" + cmp + " merge=" + merge + " wbs=" + wbs
        + " inplace=" + (inplace ? "on" : "off");
  }

  static EngineConfig parse(final String text) {
    final Map<String, String> kv = new LinkedHashMap<>();
    for (final String part : text.trim().split("\\s+")) {
      final int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("malformed config " + text);
      }
      kv.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return new EngineConfig(kv.getOrDefault("rep", "skiplist"), kv.getOrDefault("prefix", "none"),
        kv.getOrDefault("cmp", "bytewise"), kv.getOrDefault("merge", "stringappend"),
        kv.getOrDefault("wbs", "large"), "on".equals(kv.getOrDefault("inplace", "off")));
  }
}
