package dev.purerocks.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an op log has done so far to column families and background work, as the adapters see it:
 * which names have a handle (the latest created under the name, dropped or not), which are live,
 * which handle ops go to, and how deep background work is paused. {@link OpGenerator} draws from
 * it and {@link Runner#admissible} replays it, so both apply the same rules:
 *
 * <ul>
 *   <li>{@code counts} and {@code bg pause} only with a large write buffer (and {@code bg pause}
 *       only with at most 3 write buffers, DIFF-DB-STALL-1): a size-triggered switch
 *       comes at a different write in each engine (spec DIFF-SIZE-1, memtable-semantics.md
 *       avoid-list items 2, 3), and would move both the counters and the write stall.
 *   <li>{@code flush nowait} only while background work is paused: otherwise RocksDB's flush runs
 *       on its background thread and races with the counters and the stall (avoid-list item 1).
 *       {@code bg continue} settles the flushes it releases before returning (see the adapters).
 *   <li>No waited {@code flush} while paused: RocksDB waits forever (DIFF-DB-FLUSHWAIT-1, avoid-list
 *       item 17). A flush through a dropped family's handle is generated: RocksJava reports
 *       RocksDB's ColumnFamilyDropped as IllegalArgumentException, and so does PureRocks
 *       (DB-FLUSH-3).
 *   <li>No {@code get form=heap:N} once a handle is selected: RocksJava's handle overload of the
 *       ByteBuffer get refuses heap buffers (DIFF-API-BUF-2).
 *   <li>singleDelete's contract (avoid-list item 11) holds per family handle: {@link #scope} names
 *       the handle a key is written through; and no singleDelete-namespace writes while paused,
 *       where a write may fail in a stall and break the put/singleDelete alternation.
 * </ul>
 */
final class Families {
  static final String DEFAULT = "default";

  /** Generation of the latest handle per created name (0 = never created). */
  private final Map<String, Integer> generation = new HashMap<>();
  private final Map<String, Boolean> live = new HashMap<>();
  private String current = DEFAULT;
  /** The generation of the handle ops go to: an older one than the name's latest is dropped. */
  private int currentGeneration;
  private int pauses;
  /** Whether a {@code cf use} has run: the adapters then read through handle overloads. */
  private boolean handleSelected;

  String current() {
    return current;
  }

  boolean paused() {
    return pauses > 0;
  }

  /** Names with a handle, default first. */
  List<String> known() {
    final List<String> names = new ArrayList<>();
    names.add(DEFAULT);
    names.addAll(generation.keySet().stream().sorted().toList());
    return names;
  }

  boolean isLive(final String name) {
    return name.equals(DEFAULT) || live.getOrDefault(name, false);
  }

  boolean currentDropped() {
    return !isLive(current) || currentGeneration != generation.getOrDefault(current, 0);
  }

  /** The handle a key written to family {@code name} lands in, plus the key. */
  String scope(final String name, final String key) {
    return name + "#" + generation.getOrDefault(name, 0) + "/" + key;
  }

  String scope(final String key) {
    return current + "#" + currentGeneration + "/" + key;
  }

  /** Whether {@code op} may come next (the rules in the class comment). */
  boolean allows(final EngineConfig config, final Op op) {
    switch (op.verb()) {
      case "counts":
        // With max_successive_merges RocksDB merges at write time only when the base value is
        // readable without I/O (block-cache dependent, avoid-list item 18): entry counts vary.
        return !config.tiny() && config.maxMerges() == 0;
      case "bg pause":
        // Above 3 buffers RocksDB delays writes before it stops them, and a delayed write with
        // no_slowdown fails; PureRocks does not model delays (DIFF-DB-STALL-1).
        return !config.tiny() && config.maxWbn() <= 3;
      case "flush nowait":
        return paused();
      case "flush":
        return !paused();
      case "get":
        // RocksJava's get(handle, ReadOptions, ByteBuffer, ByteBuffer) refuses heap buffers that
        // the overload without a handle reads; PureRocks reads both (DIFF-API-BUF-2).
        return !(handleSelected && String.valueOf(op.option("form")).startsWith("heap"));
      default:
        return true;
    }
  }

  /** Follows {@code op}'s effect on families and background work, as the adapters would. */
  void apply(final Op op) {
    final String name = op.args().isEmpty() ? null : op.args().get(0);
    switch (op.verb()) {
      case "cf create":
        if (!isLive(name)) {
          generation.merge(name, 1, Integer::sum);
          live.put(name, true);
        }
        break;
      case "cf use":
        if (name.equals(DEFAULT) || generation.containsKey(name)) {
          handleSelected = true;
          current = name;
          currentGeneration = generation.getOrDefault(name, 0);
        }
        break;
      case "cf drop":
        if (!name.equals(DEFAULT)) {
          live.put(name, false);
        }
        break;
      case "bg pause":
        pauses++;
        break;
      case "bg continue":
        pauses = Math.max(0, pauses - 1);
        break;
      default:
        break;
    }
  }
}
