package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One representation under test plus a model of its contents: a {@link TreeMap} from internal key
 * to value in the memtable's order. Entries are encoded exactly as the memtable encodes them.
 */
final class HashRepHarness {
  final Arena arena;
  final KeyComparator comparator;
  final PrefixExtractor extractor;
  final MemTableRep rep;
  final List<String> infoLines = new CopyOnWriteArrayList<>();
  final NavigableMap<byte[], byte[]> model;

  /** The model's keys split by bucket. */
  private final Map<Integer, NavigableSet<byte[]>> modelByBucket = new HashMap<>();

  /** Computes buckets exactly as the representation does (same hash, same count). */
  final PrefixBuckets bucketFunction;

  HashRepHarness(
      MemTableRepFactory factory,
      long bucketCount,
      PrefixExtractor extractor,
      UserComparator userComparator) {
    this(factory, bucketCount, extractor, userComparator, 64 * 1024);
  }

  HashRepHarness(
      MemTableRepFactory factory,
      long bucketCount,
      PrefixExtractor extractor,
      UserComparator userComparator,
      int arenaBlockSize) {
    this.arena = new Arena(arenaBlockSize);
    this.comparator = new KeyComparator(arena, userComparator);
    this.extractor = extractor;
    InfoLog log =
        (level, message) -> {
          if (level == InfoLog.Level.INFO) {
            infoLines.add(message);
          }
        };
    this.rep = factory.create(comparator, extractor, log);
    this.model =
        new TreeMap<>((a, b) -> comparator.compareInternal(a, 0, a.length, b, 0, b.length));
    this.bucketFunction = new PrefixBuckets(new Arena(arenaBlockSize), extractor, bucketCount);
  }

  static HashRepHarness bytewise(MemTableRepFactory factory, long buckets, PrefixExtractor e) {
    return new HashRepHarness(factory, buckets, e, BytewiseComparators.BYTEWISE);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String str(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Encodes and inserts a Put; records it in the model if the representation accepted it. */
  boolean put(String userKey, long seq, String value) {
    return add(bytes(userKey), seq, ValueType.VALUE.code(), bytes(value));
  }

  boolean add(byte[] userKey, long seq, int type, byte[] value) {
    int len = Entries.encodedLength(userKey.length, value.length, 0);
    long entry = rep.allocate(len);
    Entries.encode(
        arena,
        entry,
        userKey,
        0,
        userKey.length,
        InternalKeys.packTrailer(seq, type),
        value,
        0,
        value.length);
    boolean inserted = rep.insert(entry);
    if (inserted) {
      byte[] ikey = InternalKeys.encode(userKey, 0, userKey.length, seq, type);
      model.put(ikey, value);
      modelByBucket
          .computeIfAbsent(bucketOf(ikey), b -> new TreeSet<>(model.comparator()))
          .add(ikey);
    }
    return inserted;
  }

  /** An internal key to seek to: the user key with {@code (seq, FOR_SEEK)}. */
  static byte[] seekKey(String userKey, long seq) {
    return InternalKeys.encode(bytes(userKey), 0, userKey.length(), seq, ValueType.FOR_SEEK.code());
  }

  static byte[] seekKey(byte[] userKey, long seq) {
    return InternalKeys.encode(userKey, 0, userKey.length, seq, ValueType.FOR_SEEK.code());
  }

  byte[] internalKey(long entry) {
    return Entries.internalKey(arena, entry);
  }

  String userKey(long entry) {
    return str(Entries.userKey(arena, entry));
  }

  /** The bucket of an internal key, as the representation computes it. */
  int bucketOf(byte[] internalKey) {
    return bucketFunction.bucketOfInternalKey(internalKey, 0, internalKey.length);
  }

  /** Model entries at or after {@code target} that share its bucket, in order. */
  List<byte[]> modelBucketTail(byte[] target) {
    NavigableSet<byte[]> bucket = modelByBucket.get(bucketOf(target));
    return bucket == null ? List.of() : new ArrayList<>(bucket.tailSet(target, true));
  }

  /** Model entries at or before {@code target} that share its bucket, newest position first. */
  List<byte[]> modelBucketHeadDescending(byte[] target) {
    NavigableSet<byte[]> bucket = modelByBucket.get(bucketOf(target));
    return bucket == null
        ? List.of()
        : new ArrayList<>(bucket.headSet(target, true).descendingSet());
  }

  /** Every remaining entry from the cursor's position forward. */
  List<byte[]> drainForward(MemTableRep.Cursor c) {
    List<byte[]> out = new ArrayList<>();
    for (; c.isValid(); c.next()) {
      out.add(internalKey(c.entry()));
    }
    return out;
  }

  List<byte[]> drainBackward(MemTableRep.Cursor c) {
    return drainBackward(c, Integer.MAX_VALUE);
  }

  /** Up to {@code limit} entries from the cursor's position backward. */
  List<byte[]> drainBackward(MemTableRep.Cursor c, int limit) {
    List<byte[]> out = new ArrayList<>();
    for (; c.isValid() && out.size() < limit; c.prev()) {
      out.add(internalKey(c.entry()));
    }
    return out;
  }

  /** What {@link MemTableRep#get} visits for the lookup key, when the visitor never stops. */
  List<byte[]> getAll(byte[] lookupKey) {
    List<byte[]> out = new ArrayList<>();
    rep.get(
        lookupKey,
        0,
        lookupKey.length,
        e -> {
          out.add(internalKey(e));
          return true;
        });
    return out;
  }

  List<byte[]> modelKeys() {
    return new ArrayList<>(model.keySet());
  }

  List<byte[]> modelKeysDescending() {
    List<byte[]> l = modelKeys();
    Collections.reverse(l);
    return l;
  }

  /** Readable form of internal keys for failure messages: {@code user@seq}. */
  static List<String> show(List<byte[]> keys) {
    List<String> out = new ArrayList<>(keys.size());
    for (byte[] k : keys) {
      int u = k.length - InternalKeys.TRAILER_SIZE;
      out.add(
          str(java.util.Arrays.copyOf(k, u))
              + "@"
              + InternalKeys.sequence(InternalKeys.trailer(k, 0, k.length)));
    }
    return out;
  }

  static void assertSameKeys(String message, List<byte[]> expected, List<byte[]> actual) {
    if (expected.size() == actual.size()) {
      boolean same = true;
      for (int i = 0; i < expected.size() && same; i++) {
        same = java.util.Arrays.equals(expected.get(i), actual.get(i));
      }
      if (same) {
        return; // the readable comparison below is only worth building for a failure
      }
    }
    assertWithMessage(message)
        .that(show(actual))
        .containsExactlyElementsIn(show(expected))
        .inOrder();
  }

  /** The entry under a cursor, or null. */
  String at(MemTableRep.Cursor c) {
    return c.isValid() ? userKey(c.entry()) : null;
  }

  /** The value stored for an internal key in the model. */
  byte[] modelValue(byte[] internalKey) {
    Map.Entry<byte[], byte[]> e = model.ceilingEntry(internalKey);
    return e == null ? null : e.getValue();
  }
}
