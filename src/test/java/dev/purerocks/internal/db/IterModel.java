package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference for the DB iterator tests: a log of writes resolved by brute force. For a read
 * sequence it lists the visible (key, value) pairs in comparator order inside the bounds, and
 * simulates the cursor over that list, including {@code prefix_same_as_start}.
 */
final class IterModel {
  record Write(long seq, ValueType type, String key, String value) {}

  private final Comparator<String> order;
  private final List<Write> log = new ArrayList<>();

  IterModel(UserComparator cmp) {
    this.order = (x, y) -> cmp.compare(IterFixtures.b(x), IterFixtures.b(y));
  }

  void record(long seq, ValueType type, String key, String value) {
    log.add(new Write(seq, type, key, value));
  }

  int compare(String x, String y) {
    return order.compare(x, y);
  }

  /** Visible pairs at {@code readSeq}, merges resolved with string append. */
  TreeMap<String, String> resolve(long readSeq) {
    TreeMap<String, List<Write>> byKey = new TreeMap<>(order);
    List<Write> tombstones = new ArrayList<>();
    for (Write w : log) {
      if (w.seq > readSeq) {
        continue;
      }
      if (w.type == ValueType.RANGE_DELETION) {
        tombstones.add(w);
      } else {
        byKey.computeIfAbsent(w.key, k -> new ArrayList<>()).add(w);
      }
    }
    TreeMap<String, String> out = new TreeMap<>(order);
    for (Map.Entry<String, List<Write>> e : byKey.entrySet()) {
      String key = e.getKey();
      long cover = 0;
      for (Write t : tombstones) {
        if (compare(t.key, key) <= 0 && compare(key, t.value) < 0) {
          cover = Math.max(cover, t.seq);
        }
      }
      List<Write> versions = new ArrayList<>(e.getValue());
      versions.sort((x, y) -> Long.compare(y.seq, x.seq));
      List<String> ops = new ArrayList<>();
      String base = null;
      for (Write w : versions) {
        if (w.seq < cover) {
          break;
        }
        if (w.type == ValueType.VALUE) {
          base = w.value;
          break;
        }
        if (w.type == ValueType.MERGE) {
          ops.add(0, w.value);
          continue;
        }
        break; // deletion or single deletion
      }
      if (ops.isEmpty()) {
        if (base != null) {
          out.put(key, base);
        }
      } else {
        List<String> parts = new ArrayList<>();
        if (base != null) {
          parts.add(base);
        }
        parts.addAll(ops);
        out.put(key, String.join(",", parts));
      }
    }
    return out;
  }

  /** A cursor over a resolved list, following the DB iterator's rules. */
  static final class Cursor {
    private final List<String> keys;
    private final List<String> values;
    private final IterModel model;
    private final String lower;
    private final String upper;
    private final PrefixExtractor prefixSameAsStart;
    private int pos = -1;
    private String prefix;

    Cursor(IterModel model, TreeMap<String, String> visible, String lower, String upper,
        PrefixExtractor prefixSameAsStart) {
      this.model = model;
      this.lower = lower;
      this.upper = upper;
      this.prefixSameAsStart = prefixSameAsStart;
      this.keys = new ArrayList<>();
      this.values = new ArrayList<>();
      for (Map.Entry<String, String> e : visible.entrySet()) {
        if (lower != null && model.compare(e.getKey(), lower) < 0) {
          continue;
        }
        if (upper != null && model.compare(e.getKey(), upper) >= 0) {
          continue;
        }
        keys.add(e.getKey());
        values.add(e.getValue());
      }
    }

    boolean valid() {
      return pos >= 0;
    }

    String key() {
      return keys.get(pos);
    }

    String value() {
      return values.get(pos);
    }

    void seekToFirst() {
      if (lower != null) {
        seek(lower);
        return;
      }
      prefix = null;
      pos = keys.isEmpty() ? -1 : 0;
      recordPrefixOfCurrent();
    }

    void seekToLast() {
      if (upper != null) {
        seekForPrev(upper);
        return;
      }
      prefix = null;
      pos = keys.size() - 1;
      recordPrefixOfCurrent();
    }

    void seek(String target) {
      prefix = prefixOf(target);
      pos = -1;
      for (int i = 0; i < keys.size(); i++) {
        if (model.compare(keys.get(i), target) >= 0) {
          pos = i;
          break;
        }
      }
      checkPrefix();
    }

    void seekForPrev(String target) {
      prefix = prefixOf(target);
      pos = -1;
      for (int i = keys.size() - 1; i >= 0; i--) {
        if (model.compare(keys.get(i), target) <= 0) {
          pos = i;
          break;
        }
      }
      checkPrefix();
    }

    void next() {
      pos = pos + 1 < keys.size() ? pos + 1 : -1;
      checkPrefix();
    }

    void prev() {
      pos = pos - 1;
      checkPrefix();
    }

    private void recordPrefixOfCurrent() {
      if (pos >= 0) {
        prefix = prefixOf(keys.get(pos));
      }
    }

    private String prefixOf(String k) {
      if (prefixSameAsStart == null) {
        return null;
      }
      byte[] b = IterFixtures.b(k);
      if (!prefixSameAsStart.inDomain(b, 0, b.length)) {
        return null;
      }
      return k.substring(0, prefixSameAsStart.prefixLength(b, 0, b.length));
    }

    private void checkPrefix() {
      if (pos < 0 || prefix == null) {
        if (pos < 0) {
          prefix = null;
        }
        return;
      }
      String p = prefixOf(keys.get(pos));
      if (!prefix.equals(p)) {
        pos = -1;
        prefix = null;
      }
    }
  }
}
