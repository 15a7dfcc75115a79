package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * A cursor over a memtable's point entries as internal keys and values (RocksDB's {@code
 * MemTableIterator}, {@code db/memtable.cc}); the building block of the DB iterator's merging
 * iterator and of a flush, which reads an immutable memtable front to back.
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li>Targets of {@link #seek} and {@link #seekForPrev} are internal keys (user key and
 *       trailer); entries are in internal-key order: user key ascending, newest first.
 *   <li>{@link #seekForPrev} never uses the representation's own: it seeks, falls back to the
 *       last entry if that found nothing, then steps back while the entry is after the target
 *       (M50).
 *   <li>In prefix mode with a bloom, a seek or seek-for-prev whose target's user key is in the
 *       extractor's domain first asks the bloom about its prefix; "absent" leaves the iterator
 *       invalid (M20, M46).
 *   <li>With protection bytes, every positioning verifies the checksum of the entry it lands on
 *       and throws {@link CorruptionException}, leaving the iterator invalid, if it fails.
 * </ul>
 *
 * <h2>Accessors</h2>
 * Keys can be copied ({@link #internalKey()}, {@link #userKey()}) or read in place ({@link
 * #keyBlock()}, {@link #keyOffset()}, ...; compare with {@link #compareInternalKey}). Values are
 * copied by {@link #value()}, which takes the key's in-place-update read lock when the memtable
 * has {@code inplace_update_support}; the in-place accessors ({@link #valueBlock()} ...) are only
 * stable when {@link #isValuePinned()}.
 *
 * <p>Thread-safety: one thread at a time; any number of iterators may read a memtable while a
 * writer inserts. A skip-list iterator sees entries inserted after its creation (M52); readers
 * filter them by sequence number.
 *
 * <p>Spec: {@code MT-ITER-1} .. {@code MT-ITER-4}.
 */
public final class MemTableIterator {
  private final MemTable mem;
  private final Arena arena;
  private final MemTableRep.Cursor cursor;
  private final MemTableBloom bloom;
  private final PrefixExtractor prefixExtractor;
  private final UserComparator userComparator;
  private final int protectionBytes;
  private final InplaceUpdateLocks locks;

  private boolean valid;
  private long entry;
  private byte[] block;
  private int keyOff;
  private int internalKeyLen;

  MemTableIterator(MemTable mem, MemTableRep.Cursor cursor, MemTableBloom bloom) {
    this.mem = mem;
    this.arena = mem.arena();
    this.cursor = cursor;
    this.bloom = bloom;
    this.prefixExtractor = mem.prefixExtractor();
    this.userComparator = mem.userComparator();
    this.protectionBytes = mem.protectionBytes();
    this.locks = mem.locks();
  }

  public boolean isValid() {
    return valid;
  }

  /** Positions at the first entry at or after the internal key {@code target[off, off+len)}. */
  public void seek(byte[] target, int off, int len) {
    assert len >= InternalKeys.TRAILER_SIZE : "not an internal key";
    if (!prefixMayMatch(target, off, len)) {
      valid = false;
      return;
    }
    cursor.seek(target, off, len);
    settle();
  }

  /** Positions at the last entry at or before the internal key {@code target[off, off+len)}. */
  public void seekForPrev(byte[] target, int off, int len) {
    assert len >= InternalKeys.TRAILER_SIZE : "not an internal key";
    if (!prefixMayMatch(target, off, len)) {
      valid = false;
      return;
    }
    cursor.seek(target, off, len);
    settle();
    if (!valid) {
      seekToLast();
    }
    while (valid
        && InternalKeys.compare(userComparator, target, off, len, block, keyOff, internalKeyLen)
            < 0) {
      prev();
    }
  }

  public void seekToFirst() {
    cursor.seekToFirst();
    settle();
  }

  public void seekToLast() {
    cursor.seekToLast();
    settle();
  }

  /** Requires: {@link #isValid()}. */
  public void next() {
    assert valid : "iterator is not valid";
    cursor.next();
    settle();
  }

  /** Requires: {@link #isValid()}. */
  public void prev() {
    assert valid : "iterator is not valid";
    cursor.prev();
    settle();
  }

  private boolean prefixMayMatch(byte[] target, int off, int len) {
    if (bloom == null) {
      return true;
    }
    int userKeyLen = len - InternalKeys.TRAILER_SIZE;
    if (!prefixExtractor.inDomain(target, off, userKeyLen)) {
      return true;
    }
    return bloom.mayContain(target, off, prefixExtractor.prefixLength(target, off, userKeyLen));
  }

  /** Caches the current entry's key location and verifies its checksum. */
  private void settle() {
    valid = cursor.isValid();
    if (!valid) {
      return;
    }
    entry = cursor.entry();
    block = arena.block(entry);
    int p = Arena.offset(entry);
    internalKeyLen = Coding.getVarint32(block, p);
    keyOff = Entries.skipVarint(block, p);
    if (protectionBytes > 0) {
      verify();
    }
  }

  private void verify() {
    StampedLock lock = null;
    long stamp = 0;
    if (locks != null) {
      lock = locks.lockFor(block, keyOff, internalKeyLen - InternalKeys.TRAILER_SIZE);
      stamp = lock.readLock();
    }
    try {
      mem.verifyOrThrow(entry, "In MemtableIterator: ");
    } catch (CorruptionException e) {
      valid = false;
      throw e;
    } finally {
      if (lock != null) {
        lock.unlockRead(stamp);
      }
    }
  }

  // ---- keys ----------------------------------------------------------------------------------

  /** The current entry's arena address. Requires: valid. */
  public long entryAddress() {
    assert valid;
    return entry;
  }

  /** The array holding the current internal key; shared, do not modify. Requires: valid. */
  public byte[] keyBlock() {
    assert valid;
    return block;
  }

  /** Where the current internal key (and user key) starts in {@link #keyBlock()}. */
  public int keyOffset() {
    assert valid;
    return keyOff;
  }

  public int internalKeyLength() {
    assert valid;
    return internalKeyLen;
  }

  public int userKeyLength() {
    assert valid;
    return internalKeyLen - InternalKeys.TRAILER_SIZE;
  }

  /** The packed (sequence, type) trailer of the current entry. */
  public long trailer() {
    assert valid;
    return Coding.getFixed64(block, keyOff + internalKeyLen - InternalKeys.TRAILER_SIZE);
  }

  public long sequence() {
    return InternalKeys.sequence(trailer());
  }

  public int typeCode() {
    return InternalKeys.typeCode(trailer());
  }

  public ValueType type() {
    return ValueType.ofCode(typeCode());
  }

  /** A copy of the current internal key. */
  public byte[] internalKey() {
    assert valid;
    return Arrays.copyOfRange(block, keyOff, keyOff + internalKeyLen);
  }

  /** A copy of the current user key. */
  public byte[] userKey() {
    assert valid;
    return Arrays.copyOfRange(block, keyOff, keyOff + internalKeyLen - InternalKeys.TRAILER_SIZE);
  }

  /** Compares the current internal key with {@code key[off, off+len)} in internal-key order. */
  public int compareInternalKey(byte[] key, int off, int len) {
    assert valid;
    return InternalKeys.compare(userComparator, block, keyOff, internalKeyLen, key, off, len);
  }

  /** Compares the current user key with the user key {@code key[off, off+len)}. */
  public int compareUserKey(byte[] key, int off, int len) {
    assert valid;
    return userComparator.compare(
        block, keyOff, internalKeyLen - InternalKeys.TRAILER_SIZE, key, off, len);
  }

  // ---- values --------------------------------------------------------------------------------

  /**
   * Whether value bytes stay put while the memtable lives: true unless the memtable updates values
   * in place (RocksDB's {@code IsValuePinned}).
   */
  public boolean isValuePinned() {
    return locks == null;
  }

  /** A copy of the current value, consistent even under concurrent in-place updates. */
  public byte[] value() {
    assert valid;
    if (locks == null) {
      return Entries.value(arena, entry);
    }
    StampedLock lock = locks.lockFor(block, keyOff, internalKeyLen - InternalKeys.TRAILER_SIZE);
    long stamp = lock.readLock();
    try {
      return Entries.value(arena, entry);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The array holding the current value. Requires: valid and {@link #isValuePinned()}. */
  public byte[] valueBlock() {
    assert valid;
    return block;
  }

  /** Where the current value starts in {@link #valueBlock()}. Requires: as {@link #valueBlock}. */
  public int valueOffset() {
    assert valid;
    return Entries.skipVarint(block, keyOff + internalKeyLen);
  }

  /** The current value's length. Requires: as {@link #valueBlock}. */
  public int valueLength() {
    assert valid;
    return Coding.getVarint32(block, keyOff + internalKeyLen);
  }
}
