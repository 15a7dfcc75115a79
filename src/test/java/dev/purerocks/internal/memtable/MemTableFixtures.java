package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the memtable tests. */
final class MemTableFixtures {
  private MemTableFixtures() {}

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String s(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
  }

  static MemTable memTable() {
    return new MemTable(MemTableOptions.builder().build(), 0);
  }

  static MemTable memTable(MemTableOptions.Builder options) {
    return new MemTable(options.build(), 0);
  }

  static void put(MemTable m, long seq, String key, String value) {
    if (!m.add(seq, ValueType.VALUE, b(key), b(value))) {
      throw new AssertionError("duplicate " + key + "@" + seq);
    }
  }

  static void delete(MemTable m, long seq, String key) {
    m.add(seq, ValueType.DELETION, b(key), new byte[0]);
  }

  static void singleDelete(MemTable m, long seq, String key) {
    m.add(seq, ValueType.SINGLE_DELETION, b(key), new byte[0]);
  }

  static void merge(MemTable m, long seq, String key, String operand) {
    m.add(seq, ValueType.MERGE, b(key), b(operand));
  }

  static void deleteRange(MemTable m, long seq, String begin, String end) {
    m.add(seq, ValueType.RANGE_DELETION, b(begin), b(end));
  }

  /** Looks {@code key} up at {@code seq} through {@code memtables}, newest first. */
  static GetContext get(long seq, String key, MemTable... memtables) {
    GetContext ctx = new GetContext();
    LookupKey lk = new LookupKey(b(key), seq);
    for (MemTable m : memtables) {
      if (m.get(lk, ctx)) {
        break;
      }
    }
    return ctx;
  }

  /**
   * What a DB-level get would answer, with string-append merging ("," between operands, oldest
   * first, base first): the value, or null when the key does not exist.
   */
  static String read(long seq, String key, MemTable... memtables) {
    return resolve(get(seq, key, memtables));
  }

  static String resolve(GetContext ctx) {
    List<String> parts = new ArrayList<>();
    if (ctx.state() == GetContext.State.FOUND) {
      parts.add(s(ctx.value()));
    } else if (!ctx.hasOperands()) {
      return null;
    }
    List<byte[]> ops = ctx.operands();
    for (int i = ops.size() - 1; i >= 0; i--) {
      parts.add(s(ops.get(i)));
    }
    return String.join(",", parts);
  }

  /** The internal key a DB iterator seeks to for a user key: (key, max seq, FOR_SEEK). */
  static byte[] seekKey(String key) {
    return InternalKeys.encode(
        b(key), 0, key.length(), InternalKeys.MAX_SEQUENCE_NUMBER, ValueType.FOR_SEEK.code());
  }

  /** The internal key a DB iterator seeks-for-prev to: (key, 0, FOR_SEEK_FOR_PREV). */
  static byte[] seekForPrevKey(String key) {
    return InternalKeys.encode(b(key), 0, key.length(), 0, ValueType.FOR_SEEK_FOR_PREV.code());
  }

  /** "key@seq:type" for every entry from the iterator's current position forward. */
  static List<String> scan(MemTableIterator it) {
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.next()) {
      out.add(describe(it));
    }
    return out;
  }

  static String describe(MemTableIterator it) {
    return s(it.userKey()) + "@" + it.sequence() + ":" + it.typeCode() + "=" + s(it.value());
  }
}
