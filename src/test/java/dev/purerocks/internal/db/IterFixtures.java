package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the DB iterator tests. */
final class IterFixtures {
  private IterFixtures() {}

  static byte[] b(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String s(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
  }

  /** String append with ',' between operands, like RocksDB's {@code StringAppendOperator}. */
  static final MergeOperator APPEND =
      new MergeOperator() {
        @Override
        public String name() {
          return "StringAppendOperator";
        }

        @Override
        public byte[] fullMerge(byte[] key, byte[] existingValue, List<byte[]> operands) {
          StringBuilder sb = new StringBuilder();
          boolean first = true;
          if (existingValue != null) {
            sb.append(s(existingValue));
            first = false;
          }
          for (byte[] op : operands) {
            if (!first) {
              sb.append(',');
            }
            sb.append(s(op));
            first = false;
          }
          return b(sb.toString());
        }
      };

  static MemTableOptions.Builder options(UserComparator cmp, PrefixExtractor extractor) {
    MemTableOptions.Builder o = MemTableOptions.builder().userComparator(cmp);
    if (extractor != null) {
      o.prefixExtractor(extractor);
    }
    return o;
  }

  static MemTable memTable() {
    return new MemTable(options(BytewiseComparators.BYTEWISE, null).build(), 0);
  }

  static MemTable memTable(MemTableOptions.Builder o) {
    return new MemTable(o.build(), 0);
  }

  static void put(MemTable m, long seq, String key, String value) {
    add(m, seq, ValueType.VALUE, key, value);
  }

  static void delete(MemTable m, long seq, String key) {
    add(m, seq, ValueType.DELETION, key, "");
  }

  static void singleDelete(MemTable m, long seq, String key) {
    add(m, seq, ValueType.SINGLE_DELETION, key, "");
  }

  static void merge(MemTable m, long seq, String key, String operand) {
    add(m, seq, ValueType.MERGE, key, operand);
  }

  static void deleteRange(MemTable m, long seq, String begin, String end) {
    add(m, seq, ValueType.RANGE_DELETION, begin, end);
  }

  static void add(MemTable m, long seq, ValueType type, String key, String value) {
    if (!m.add(seq, type, b(key), b(value))) {
      throw new AssertionError("duplicate " + key + "@" + seq);
    }
  }

  /** A view of {@code mems} (newest first) with the bytewise order and string-append merges. */
  static IteratorView view(long seq, MemTable... mems) {
    return new IteratorView(BytewiseComparators.BYTEWISE, APPEND, null, List.of(mems), seq);
  }

  static DbIterator iterator(long seq, MemTable... mems) {
    return new DbIterator(view(seq, mems), ReadSettings.DEFAULT);
  }

  /** "key=value" from the current position forward. */
  static List<String> forward(DbIterator it) {
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.next()) {
      out.add(s(it.key()) + "=" + s(it.value()));
    }
    return out;
  }

  /** "key=value" from the current position backward. */
  static List<String> backward(DbIterator it) {
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.prev()) {
      out.add(s(it.key()) + "=" + s(it.value()));
    }
    return out;
  }

  /** Keys only, from the current position forward. */
  static List<String> keysForward(DbIterator it) {
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.next()) {
      out.add(s(it.key()));
    }
    return out;
  }

  static List<String> keysBackward(DbIterator it) {
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.prev()) {
      out.add(s(it.key()));
    }
    return out;
  }
}
