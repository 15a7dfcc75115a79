package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The reference model of a representation: every accepted entry in a list kept sorted by the
 * memtable order (user key by the comparator, then sequence descending, type ignored; RocksDB M5).
 * Entries that compare equal (duplicates a representation chose to keep) stay in insertion order,
 * and the checks treat such runs as unordered.
 *
 * <p>Positions are list indices; -1 is "invalid". Every query is a plain binary search or linear
 * scan over the list, so the model is obviously right rather than fast.
 */
final class RepModel {
  /** One accepted entry, with the arena address the representation was given. */
  record Entry(byte[] userKey, long seq, int type, byte[] value, long address) {
    @Override
    public String toString() {
      String v = value.length <= 16 ? hex(value) : value.length + " bytes";
      return "'" + hex(userKey) + "'@" + seq + "/" + type + "=" + v + " @0x" + Long.toHexString(address);
    }
  }

  private final UserComparator userComparator;
  private final Comparator<Entry> order;
  private final List<Entry> entries = new ArrayList<>();

  RepModel(UserComparator userComparator) {
    this.userComparator = userComparator;
    this.order =
        (a, b) -> {
          int c = userComparator.compare(a.userKey, b.userKey);
          return c != 0 ? c : Long.compare(b.seq, a.seq);
        };
  }

  Comparator<Entry> order() {
    return order;
  }

  /** Adds an accepted entry after any entry equal to it. */
  void add(Entry e) {
    int i = upperBound(e.userKey, e.seq);
    entries.add(i, e);
  }

  int size() {
    return entries.size();
  }

  Entry get(int i) {
    return entries.get(i);
  }

  List<Entry> entries() {
    return entries;
  }

  /** Whether an entry with this user key and sequence is present. */
  boolean contains(byte[] userKey, long seq) {
    int i = lowerBound(userKey, seq);
    return i < entries.size() && compareTo(entries.get(i), userKey, seq) == 0;
  }

  /** Compares an entry with (userKey, seq) in memtable order. */
  int compareTo(Entry e, byte[] userKey, long seq) {
    int c = userComparator.compare(e.userKey, userKey);
    return c != 0 ? c : Long.compare(seq, e.seq);
  }

  /** First index whose entry is at or after (userKey, seq). */
  int lowerBound(byte[] userKey, long seq) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareTo(entries.get(mid), userKey, seq) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose entry is after (userKey, seq). */
  int upperBound(byte[] userKey, long seq) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareTo(entries.get(mid), userKey, seq) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Where {@code seek(target)} lands, or -1. */
  int seek(byte[] internalKey) {
    int i = lowerBound(userKey(internalKey), seq(internalKey));
    return i < entries.size() ? i : -1;
  }

  /** Where {@code seekForPrev(target)} lands, or -1. */
  int seekForPrev(byte[] internalKey) {
    return upperBound(userKey(internalKey), seq(internalKey)) - 1;
  }

  int first() {
    return entries.isEmpty() ? -1 : 0;
  }

  int last() {
    return entries.size() - 1;
  }

  int next(int i) {
    return i + 1 < entries.size() ? i + 1 : -1;
  }

  int prev(int i) {
    return i - 1;
  }

  /** Number of entries in {@code [start, end)}, both internal keys. */
  int countInRange(byte[] start, byte[] end) {
    int from = lowerBound(userKey(start), seq(start));
    int to = lowerBound(userKey(end), seq(end));
    return Math.max(0, to - from);
  }

  /** The entries from index {@code from} to the end. */
  List<Entry> tail(int from) {
    return from < 0 ? List.of() : entries.subList(from, entries.size());
  }

  // ---- internal keys and entries ------------------------------------------------------------

  static byte[] internalKey(byte[] userKey, long seq, int type) {
    return InternalKeys.encode(userKey, 0, userKey.length, seq, type);
  }

  static byte[] userKey(byte[] internalKey) {
    return Arrays.copyOf(internalKey, internalKey.length - InternalKeys.TRAILER_SIZE);
  }

  static long seq(byte[] internalKey) {
    return InternalKeys.sequence(
        Coding.getFixed64(internalKey, internalKey.length - InternalKeys.TRAILER_SIZE));
  }

  /** Decodes the entry at {@code address} into a model entry. */
  static Entry decode(Arena arena, long address) {
    long trailer = Entries.trailer(arena, address);
    return new Entry(
        Entries.userKey(arena, address),
        InternalKeys.sequence(trailer),
        InternalKeys.typeCode(trailer),
        Entries.value(arena, address),
        address);
  }

  /** Whether two entries are the same entry: same address and same decoded fields. */
  static boolean same(Entry a, Entry b) {
    return a.address == b.address
        && a.seq == b.seq
        && a.type == b.type
        && Arrays.equals(a.userKey, b.userKey)
        && Arrays.equals(a.value, b.value);
  }

  /** The prefix of a user key under {@code extractor}, or null if the key is outside its domain. */
  static byte[] prefix(PrefixExtractor extractor, byte[] userKey) {
    if (!extractor.inDomain(userKey, 0, userKey.length)) {
      return null;
    }
    return Arrays.copyOf(userKey, extractor.prefixLength(userKey, 0, userKey.length));
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
