package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Helpers for representation tests: a representation over a fresh arena, entry encoding, and the
 * model order (internal-key order, then insertion order for equal entries).
 */
final class RepTestSupport {
  /**
   * Bytewise order, but not the shared instance: code that recognizes the built-in comparators
   * (key abbreviation, key words) must treat it as any user comparator.
   */
  static final UserComparator OPAQUE_BYTEWISE =
      new UserComparator() {
        @Override
        public String name() {
          return "test.OpaqueBytewise";
        }

        @Override
        public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
          return BytewiseComparators.BYTEWISE.compare(a, aOff, aLen, b, bOff, bLen);
        }
      };

  private RepTestSupport() {}

  static final InfoLog QUIET = (level, message) -> {};

  /** A representation, its arena and its comparator. */
  static final class Fixture {
    final Arena arena;
    final KeyComparator cmp;
    final MemTableRep rep;
    private long inserted;

    Fixture(MemTableRepFactory factory, UserComparator userComparator, int blockSize) {
      this.arena = new Arena(blockSize);
      this.cmp = new KeyComparator(arena, userComparator);
      this.rep = factory.create(cmp, null, QUIET);
    }

    Fixture(MemTableRepFactory factory, UserComparator userComparator) {
      this(factory, userComparator, 4096);
    }

    /** Allocates and encodes an entry; does not insert it. */
    long encode(byte[] userKey, long seq, int typeCode, byte[] value) {
      long addr = rep.allocate(Entries.encodedLength(userKey.length, value.length, 0));
      Entries.encode(
          arena, addr, userKey, 0, userKey.length,
          InternalKeys.packTrailer(seq, typeCode), value, 0, value.length);
      return addr;
    }

    /** Encodes and inserts (single writer); returns the model key of the entry. */
    ModelKey put(byte[] userKey, long seq, int typeCode, byte[] value) {
      long addr = encode(userKey, seq, typeCode, value);
      rep.insert(addr);
      return model(addr);
    }

    ModelKey put(String userKey, long seq, String value) {
      return put(bytes(userKey), seq, ValueType.CODE_VALUE, bytes(value));
    }

    /** The model key of an entry, numbered in insertion order. */
    ModelKey model(long addr) {
      return new ModelKey(Entries.internalKey(arena, addr), inserted++, addr);
    }

    /** Every entry a cursor visits from seekToFirst. */
    List<Long> scanForward(MemTableRep.Cursor c) {
      List<Long> out = new ArrayList<>();
      for (c.seekToFirst(); c.isValid(); c.next()) {
        out.add(c.entry());
      }
      return out;
    }

    /** Every entry a cursor visits from seekToLast, in visiting order. */
    List<Long> scanBackward(MemTableRep.Cursor c) {
      List<Long> out = new ArrayList<>();
      for (c.seekToLast(); c.isValid(); c.prev()) {
        out.add(c.entry());
      }
      return out;
    }

    String userKeyString(long addr) {
      return new String(Entries.userKey(arena, addr), StandardCharsets.ISO_8859_1);
    }

    String valueString(long addr) {
      return new String(Entries.value(arena, addr), StandardCharsets.ISO_8859_1);
    }

    /** Model order: internal-key order, then insertion order. */
    Comparator<ModelKey> modelOrder() {
      return (a, b) -> {
        int c = cmp.compareInternal(a.ikey, 0, a.ikey.length, b.ikey, 0, b.ikey.length);
        return c != 0 ? c : Long.compare(a.order, b.order);
      };
    }
  }

  /**
   * An entry in the model: its internal key and insertion number ({@code order}); {@code addr}
   * is the arena address, or 0 for a search probe.
   */
  static final class ModelKey {
    final byte[] ikey;
    final long order;
    final long addr;

    ModelKey(byte[] ikey, long order, long addr) {
      this.ikey = ikey;
      this.order = order;
      this.addr = addr;
    }

    /** A probe that sorts before every entry equal to {@code ikey}. */
    static ModelKey lowest(byte[] ikey) {
      return new ModelKey(ikey, Long.MIN_VALUE, 0);
    }

    /** A probe that sorts after every entry equal to {@code ikey}. */
    static ModelKey highest(byte[] ikey) {
      return new ModelKey(ikey, Long.MAX_VALUE, 0);
    }

    @Override
    public String toString() {
      return InternalKeys.class.getSimpleName() + "(" + printable(ikey) + ", order " + order + ")";
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An internal key (user key, seq, type) as a search target. */
  static byte[] ikey(byte[] userKey, long seq, int typeCode) {
    return InternalKeys.encode(userKey, 0, userKey.length, seq, typeCode);
  }

  static String printable(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      int v = x & 0xFF;
      if (v >= 0x20 && v < 0x7F) {
        sb.append((char) v);
      } else {
        sb.append(String.format("\\x%02x", v));
      }
    }
    return sb.toString();
  }
}
