package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;

/**
 * The order of entries inside a memtable (RocksDB's {@code MemTable::KeyComparator}): user key by
 * the column family's comparator, then sequence number descending. The type byte is ignored, so two
 * entries with equal user key and sequence compare equal whatever their types, and a
 * representation that detects duplicates rejects the second one.
 *
 * <p>Keys are compared where they lie: entries in the arena, targets in a caller's array. Nothing
 * is copied.
 *
 * <p>Thread-safety: immutable; safe for any number of threads.
 *
 * <p>Spec: {@code IK-ORDER-2}.
 */
public final class KeyComparator {
  private final Arena arena;
  private final UserComparator userComparator;

  public KeyComparator(Arena arena, UserComparator userComparator) {
    this.arena = arena;
    this.userComparator = userComparator;
  }

  public Arena arena() {
    return arena;
  }

  public UserComparator userComparator() {
    return userComparator;
  }

  /** Compares two entries by address. */
  public int compare(long a, long b) {
    byte[] ab = arena.block(a);
    int ap = Arena.offset(a);
    int aLen = Coding.getVarint32(ab, ap);
    ap = Entries.skipVarint(ab, ap);
    byte[] bb = arena.block(b);
    int bp = Arena.offset(b);
    int bLen = Coding.getVarint32(bb, bp);
    bp = Entries.skipVarint(bb, bp);
    return compareInternal(ab, ap, aLen, bb, bp, bLen);
  }

  /**
   * Compares an entry with an internal key held in {@code key[off, off+len)}.
   *
   * <p>Requires: {@code len >= 8}.
   */
  public int compare(long entry, byte[] key, int off, int len) {
    byte[] eb = arena.block(entry);
    int ep = Arena.offset(entry);
    int eLen = Coding.getVarint32(eb, ep);
    ep = Entries.skipVarint(eb, ep);
    return compareInternal(eb, ep, eLen, key, off, len);
  }

  /** Compares two internal keys: user key ascending, then sequence descending (type ignored). */
  public int compareInternal(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    int aUser = aLen - InternalKeys.TRAILER_SIZE;
    int bUser = bLen - InternalKeys.TRAILER_SIZE;
    int c = userComparator.compare(a, aOff, aUser, b, bOff, bUser);
    if (c != 0) {
      return c;
    }
    long aSeq = Coding.getFixed64(a, aOff + aUser) >>> 8;
    long bSeq = Coding.getFixed64(b, bOff + bUser) >>> 8;
    return Long.compare(bSeq, aSeq);
  }

  /** Compares only the user keys of an entry and of a user key in {@code key[off, off+len)}. */
  public int compareUserKey(long entry, byte[] key, int off, int len) {
    byte[] eb = arena.block(entry);
    int ep = Arena.offset(entry);
    int eLen = Coding.getVarint32(eb, ep);
    ep = Entries.skipVarint(eb, ep);
    return userComparator.compare(eb, ep, eLen - InternalKeys.TRAILER_SIZE, key, off, len);
  }
}
