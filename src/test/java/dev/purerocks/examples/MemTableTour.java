package dev.purerocks.examples;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.GetContext;
import dev.purerocks.internal.memtable.HashLinkListRep;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableIterator;
import dev.purerocks.internal.memtable.MemTableOptions;
import dev.purerocks.internal.memtable.MemTableRepFactory;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.internal.memtable.VectorRep;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A tour of the memtable engine, the README's runnable example until the conformance campaign
 * replaces it: the same writes go into a memtable of each representation, and the same reads come
 * out. Everything printed is what RocksDB's memtable answers for these operations (spec clauses
 * in brackets).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java@tour}.
 */
public final class MemTableTour {
  private MemTableTour() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("PureRocks memtable tour: the same writes into each representation.");
    out.println("writes: 1 put a=a1 | 2 put a=a2 | 3 merge m+x | 4 merge m+y | 5 put d=dv |"
        + " 6 delete d | 7 put r1=v | 8 put r2=v | 9 deleteRange [r1,r2) | 10 put ab=v |"
        + " 11 put b1=v");
    for (Rep rep : Rep.values()) {
      out.println();
      out.println("== " + rep.factory.name() + " (" + rep.note + ")");
      tour(rep, out);
    }
  }

  private enum Rep {
    SKIP_LIST(SkipListRep.factory(0), null, "the default"),
    HASH_SKIP_LIST(HashSkipListRep.factory(16, 4, 4), PrefixExtractor.fixed(1), "prefix = 1 byte"),
    HASH_LINK_LIST(
        HashLinkListRep.factory(16, 0, 4096, false, 3), PrefixExtractor.fixed(1), "prefix = 1 byte"),
    VECTOR(VectorRep.factory(0), null, "append-only, sorted on read");

    final MemTableRepFactory factory;
    final PrefixExtractor prefix;
    final String note;

    Rep(MemTableRepFactory factory, PrefixExtractor prefix, String note) {
      this.factory = factory;
      this.prefix = prefix;
      this.note = note;
    }
  }

  private static void tour(Rep rep, PrintStream out) {
    MemTable mem =
        new MemTable(
            MemTableOptions.builder()
                .userComparator(BytewiseComparators.BYTEWISE)
                .prefixExtractor(rep.prefix)
                .repFactory(rep.factory)
                .writeBufferSize(4L << 20)
                .build(),
            0);
    mem.add(1, ValueType.VALUE, b("a"), b("a1"));
    mem.add(2, ValueType.VALUE, b("a"), b("a2"));
    mem.add(3, ValueType.MERGE, b("m"), b("x"));
    mem.add(4, ValueType.MERGE, b("m"), b("y"));
    mem.add(5, ValueType.VALUE, b("d"), b("dv"));
    mem.add(6, ValueType.DELETION, b("d"), new byte[0]);
    mem.add(7, ValueType.VALUE, b("r1"), b("v"));
    mem.add(8, ValueType.VALUE, b("r2"), b("v"));
    mem.add(9, ValueType.RANGE_DELETION, b("r1"), b("r2"));
    mem.add(10, ValueType.VALUE, b("ab"), b("v"));
    mem.add(11, ValueType.VALUE, b("b1"), b("v"));

    out.println("  get a @11 -> " + get(mem, "a", 11) + "   get a @1 -> " + get(mem, "a", 1)
        + "   [MT-GET-2, MT-GET-5]");
    out.println("  get m @11 -> " + get(mem, "m", 11) + "   [MT-GET-4]");
    out.println("  get d @11 -> " + get(mem, "d", 11) + "   get d @5 -> " + get(mem, "d", 5)
        + "   [MT-GET-3]");
    out.println("  get r1 @11 -> " + get(mem, "r1", 11) + "   get r2 @11 -> " + get(mem, "r2", 11)
        + "   get r1 @8 -> " + get(mem, "r1", 8) + "   [RT-GET-1, RT-GET-2]");
    out.println("  total order: " + scan(mem.newIterator(false)) + "   [MT-ITER-1]");
    out.println("  prefix-mode seek(a): " + seekWalk(mem.newIterator(true), "a")
        + "   [REP-HASH-PREFIX-1]");
    out.printf(
        "  entries=%d deletes=%d range deletes=%d memory=%d bytes   [MT-COUNT-1, MT-MEM-1]%n",
        mem.numEntries(), mem.numDeletes(), mem.numRangeDeletes(), mem.approximateMemoryUsage());
  }

  private static String get(MemTable mem, String key, long snapshot) {
    GetContext ctx = new GetContext();
    byte[] k = b(key);
    mem.get(new LookupKey(k, snapshot), ctx);
    String covered =
        ctx.maxCoveringTombstoneSeq() > 0
            ? " (range tombstone @" + ctx.maxCoveringTombstoneSeq() + ")"
            : "";
    switch (ctx.state()) {
      case FOUND:
        return s(ctx.value()) + operands(ctx) + covered;
      case DELETED:
        return "deleted" + operands(ctx) + covered;
      case MERGE_IN_PROGRESS:
        return "merge in progress" + operands(ctx);
      default:
        return "not found" + covered;
    }
  }

  private static String operands(GetContext ctx) {
    if (!ctx.hasOperands()) {
      return "";
    }
    StringJoiner j = new StringJoiner(",", " operands[", "]");
    ctx.operands().forEach(o -> j.add(s(o)));
    return j.toString();
  }

  private static String scan(MemTableIterator it) {
    List<String> keys = new ArrayList<>();
    for (it.seekToFirst(); it.isValid(); it.next()) {
      keys.add(s(it.userKey()) + "@" + it.sequence() + ":" + it.type().name().toLowerCase());
    }
    return keys.isEmpty() ? "(nothing)" : String.join(" ", keys);
  }

  private static String seekWalk(MemTableIterator it, String target) {
    List<String> keys = new ArrayList<>();
    byte[] t = InternalKeys.encode(b(target), InternalKeys.MAX_SEQUENCE_NUMBER, ValueType.FOR_SEEK);
    for (it.seek(t, 0, t.length); it.isValid(); it.next()) {
      keys.add(s(it.userKey()));
    }
    return keys.isEmpty() ? "(nothing)" : String.join(" ", keys);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String s(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
