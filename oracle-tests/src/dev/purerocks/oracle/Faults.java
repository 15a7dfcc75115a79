package dev.purerocks.oracle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Named faults that {@code oracle-tests/run --fault NAME} and {@link FaultInjectionTest} inject into
 * the PureRocks adapter, to prove the harness notices each kind of bug and shrinks it to a few
 * operations. Every fault is a {@link ForwardingEngine} around a real {@link PureRocksEngine}: the
 * RocksJava side is never wrapped, so a fault can only ever make PureRocks look wrong.
 *
 * <p>Each fault imitates a plausible engine bug from the outside, by rewriting the adapter's calls
 * or its rendered results; none of them reaches into {@code src/main}.
 */
final class Faults {
  /** One fault: its name, what it breaks, and a factory for the faulty PureRocks adapter. */
  record Fault(String name, String description, Supplier<Engine> engine) {}

  private static final Map<String, Fault> FAULTS = new LinkedHashMap<>();

  static {
    add("dropped-delete", "point delete answers ok and writes nothing", DroppedDelete::new);
    add("seekforprev-off-by-one",
        "iterator seekForPrev lands one entry too far back when the target key exists",
        SeekForPrevOffByOne::new);
    add("merge-order",
        "merge operands applied in reverse order (seen in StringAppend values read back)",
        MergeOrder::new);
    add("snapshot-ignored", "get at a snapshot reads the latest state instead", SnapshotIgnored::new);
    add("bloom-false-negative",
        "get/multiGet answer not-found for present keys whose hash falls in a fixed quarter",
        BloomFalseNegative::new);
    add("range-tombstone-end",
        "iterators skip a key that is the exclusive end of a range deletion",
        RangeTombstoneEnd::new);
  }

  private Faults() {}

  private static void add(final String name, final String description,
      final Supplier<Engine> engine) {
    FAULTS.put(name, new Fault(name, description, engine));
  }

  /** Every fault, in a stable order. */
  static List<Fault> all() {
    return List.copyOf(FAULTS.values());
  }

  /** The fault called {@code name}; IllegalArgumentException naming the known ones otherwise. */
  static Fault named(final String name) {
    final Fault f = FAULTS.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown fault \"" + name + "\"; known: "
          + String.join(", ", FAULTS.keySet()));
    }
    return f;
  }

  /** The key of a rendered iterator position {@code "valid K = V"}, or null when invalid. */
  static String positionKey(final String position) {
    if (!position.startsWith("valid ")) {
      return null;
    }
    final int eq = position.indexOf(" = ");
    return eq < 0 ? null : position.substring(6, eq);
  }

  /** PureRocks with a dropped delete: answers "ok" and writes nothing. */
  static final class DroppedDelete extends ForwardingEngine {
    DroppedDelete() {
      super(new PureRocksEngine());
    }

    @Override
    public String delete(final byte[] key) {
      return "ok";
    }
  }

  /**
   * seekForPrev that, when it lands exactly on its target, steps back once more (as a
   * "strictly less than" comparison where "less or equal" was meant would).
   */
  static final class SeekForPrevOffByOne extends ForwardingEngine {
    SeekForPrevOffByOne() {
      super(new PureRocksEngine());
    }

    @Override
    public String iterMove(final String move, final byte[] target) {
      final String landed = super.iterMove(move, target);
      if (move.equals("seekForPrev") && Codec.token(target).equals(positionKey(landed))) {
        return super.iterMove("prev", null);
      }
      return landed;
    }
  }

  /**
   * Merge operands applied in reverse order, shown through StringAppend (delimiter ','): a value
   * read back as {@code base,op1,op2} reads as {@code base,op2,op1}, and {@code op1,op2} (no base)
   * as {@code op2,op1}. Only values produced by two or more operands change, as with the real bug:
   * generated values never contain ',' (OpGenerator), so the parts of a read value are its merge
   * inputs, and its first part is taken as the base value when that exact value was ever put on
   * the key through this adapter (values are unique per log except the empty one, so an empty
   * first operand may be mistaken for a base: the fault then under-reports, never over-reports).
   * Other merge operators are untouched, since their results do not show operand order.
   */
  static final class MergeOrder extends ForwardingEngine {
    private final Map<String, Set<String>> putValues = new HashMap<>();
    /** StringAppend's delimiter when it splits values unambiguously, else null. */
    private String delimiter;

    MergeOrder() {
      super(new PureRocksEngine());
    }

    private static String text(final byte[] bytes) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void open(final EngineConfig config, final String directory) throws Exception {
      // Generated values never contain ',' or '-'; an empty delimiter cannot be split.
      delimiter = config.delimiter() == null || config.delimiter().isEmpty() ? null
          : config.delimiter();
      super.open(config, directory);
    }

    @Override
    public String put(final byte[] key, final byte[] value) {
      putValues.computeIfAbsent(text(key), k -> new HashSet<>()).add(text(value));
      return super.put(key, value);
    }

    @Override
    public String writeBatch(final List<Op> batch, final boolean roundTrip) {
      for (final Op op : batch) {
        if (op.verb().equals("put")) {
          putValues.computeIfAbsent(text(op.arg(0)), k -> new HashSet<>()).add(text(op.arg(1)));
        }
      }
      return super.writeBatch(batch, roundTrip);
    }

    /** The rendered value {@code token} of {@code key} with its operands reversed. */
    private String reorder(final String key, final String token) {
      if (delimiter == null || token.equals("null") || token.contains(" ")) {
        return token;
      }
      final List<String> parts = new ArrayList<>(Arrays.asList(text(Codec.bytes(token))
          .split(Pattern.quote(delimiter), -1)));
      final boolean base = putValues.getOrDefault(key, Set.of()).contains(parts.get(0));
      final List<String> operands = parts.subList(base ? 1 : 0, parts.size());
      if (operands.size() < 2) {
        return token;
      }
      Collections.reverse(operands);
      return Codec.token(String.join(delimiter, parts).getBytes(StandardCharsets.ISO_8859_1));
    }

    private String reorderPosition(final String position) {
      final String key = positionKey(position);
      if (key == null) {
        return position;
      }
      final String value = position.substring(("valid " + key + " = ").length());
      return "valid " + key + " = " + reorder(text(Codec.bytes(key)), value);
    }

    @Override
    public String get(final byte[] key, final String snapshot) {
      return reorder(text(key), super.get(key, snapshot));
    }

    @Override
    public String multiGet(final List<byte[]> keys) {
      final String rendered = super.multiGet(keys);
      if (!rendered.startsWith("[") || !rendered.endsWith("]")) {
        return rendered;
      }
      final String[] tokens = rendered.substring(1, rendered.length() - 1).split(", ");
      if (tokens.length != keys.size()) {
        return rendered;
      }
      final List<String> out = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        out.add(reorder(text(keys.get(i)), tokens[i]));
      }
      return out.toString();
    }

    @Override
    public String iterOpen(final String snapshot) {
      return reorderPosition(super.iterOpen(snapshot));
    }

    @Override
    public String iterMove(final String move, final byte[] target) {
      return reorderPosition(super.iterMove(move, target));
    }
  }

  /**
   * get at a snapshot reads the latest state; iterators at a snapshot are left correct. A snapshot
   * name the adapter does not hold still fails as before (that is the adapter's error, not a read),
   * so that a shrunk log keeps the snapshot it reads at.
   */
  static final class SnapshotIgnored extends ForwardingEngine {
    SnapshotIgnored() {
      super(new PureRocksEngine());
    }

    @Override
    public String get(final byte[] key, final String snapshot) {
      final String atSnapshot = super.get(key, snapshot);
      return snapshot == null || atSnapshot.startsWith("IllegalStateException") ? atSnapshot
          : super.get(key, null);
    }
  }

  /**
   * A filter that says "definitely absent" for a fixed quarter of the keys (by a stable hash of the
   * key bytes): point lookups of such keys answer not-found even when the key is present.
   */
  static final class BloomFalseNegative extends ForwardingEngine {
    BloomFalseNegative() {
      super(new PureRocksEngine());
    }

    static boolean filteredOut(final byte[] key) {
      int h = 0x811C9DC5;
      for (final byte b : key) {
        h = (h ^ (b & 0xFF)) * 0x01000193;
      }
      return ((h ^ (h >>> 16)) & 3) == 0;
    }

    private static String filter(final byte[] key, final String rendered) {
      return filteredOut(key) && !rendered.contains(" ") ? "null" : rendered;
    }

    @Override
    public String get(final byte[] key, final String snapshot) {
      return filter(key, super.get(key, snapshot));
    }

    @Override
    public String multiGet(final List<byte[]> keys) {
      final String rendered = super.multiGet(keys);
      if (!rendered.startsWith("[") || !rendered.endsWith("]")) {
        return rendered;
      }
      final String[] tokens = rendered.substring(1, rendered.length() - 1).split(", ");
      if (tokens.length != keys.size()) {
        return rendered;
      }
      final List<String> out = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        out.add(filter(keys.get(i), tokens[i]));
      }
      return out.toString();
    }
  }

  /**
   * Iterators treat the exclusive end of a range deletion as covered: a cursor that lands on such a
   * key moves on once more in its direction. The ends are those of every deleteRange issued
   * through this adapter, alone or inside a batch.
   */
  static final class RangeTombstoneEnd extends ForwardingEngine {
    private final Set<String> ends = new HashSet<>();

    RangeTombstoneEnd() {
      super(new PureRocksEngine());
    }

    @Override
    public String deleteRange(final byte[] begin, final byte[] end) {
      ends.add(Codec.token(end));
      return super.deleteRange(begin, end);
    }

    @Override
    public String writeBatch(final List<Op> batch, final boolean roundTrip) {
      for (final Op op : batch) {
        if (op.verb().equals("deleteRange")) {
          ends.add(Codec.token(op.arg(1)));
        }
      }
      return super.writeBatch(batch, roundTrip);
    }

    @Override
    public String iterMove(final String move, final byte[] target) {
      String landed = super.iterMove(move, target);
      final boolean forward = move.equals("first") || move.equals("seek") || move.equals("next");
      while (ends.contains(positionKey(landed))) {
        landed = super.iterMove(forward ? "next" : "prev", null);
      }
      return landed;
    }
  }
}
