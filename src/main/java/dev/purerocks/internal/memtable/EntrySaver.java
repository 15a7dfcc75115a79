package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import java.util.concurrent.locks.StampedLock;

/**
 * Decides a point lookup entry by entry, as the representation hands over the entries at and
 * after the lookup key (RocksDB's {@code SaveValue}, M13 step 4):
 *
 * <ol>
 *   <li>An entry of another user key ends the walk: this memtable has nothing more to say.
 *   <li>Under {@code inplace_update_support}, the rest is done under the key's stripe read lock.
 *   <li>With protection bytes, the entry's checksum is verified first.
 *   <li>An entry older than the covering tombstone counts as a range deletion.
 *   <li>Value: found. Deletion, single deletion, range deletion: deleted. Merge: collect the
 *       operand and go on. Anything else cannot be in a memtable: corruption.
 * </ol>
 *
 * <p>The representation seeks to {@code (user key, snapshot)}, so entries newer than the snapshot
 * are never offered.
 *
 * <p>Thread-safety: one lookup, one thread.
 */
final class EntrySaver implements MemTableRep.EntryVisitor {
  private final MemTable mem;
  private final Arena arena;
  private final UserComparator userComparator;
  private final GetContext ctx;
  private final byte[] key;
  private final int userKeyLen;

  EntrySaver(MemTable mem, GetContext ctx, byte[] key, int userKeyLen) {
    this.mem = mem;
    this.arena = mem.arena();
    this.userComparator = mem.userComparator();
    this.ctx = ctx;
    this.key = key;
    this.userKeyLen = userKeyLen;
  }

  @Override
  public boolean visit(long entry) {
    byte[] b = arena.block(entry);
    int k = Entries.keyOffset(arena, entry);
    int len = Entries.userKeyLength(arena, entry);
    if (!userComparator.equal(b, k, len, key, 0, userKeyLen)) {
      return false;
    }
    InplaceUpdateLocks locks = mem.locks();
    if (locks == null) {
      return decide(entry, b, k + len);
    }
    StampedLock lock = locks.lockFor(key, 0, userKeyLen);
    long stamp = lock.readLock();
    try {
      return decide(entry, b, k + len);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Returns whether the walk goes on to the next (older) entry. */
  private boolean decide(long entry, byte[] b, int trailerOff) {
    if (mem.protectionBytes() > 0) {
      mem.verifyOrThrow(entry, "In SaveValue: ");
    }
    long trailer = Coding.getFixed64(b, trailerOff);
    long seq = InternalKeys.sequence(trailer);
    int type = InternalKeys.typeCode(trailer);
    ctx.noteSequence(seq);
    if (ctx.maxCoveringTombstoneSeq() > seq && ValueType.isMemtableCode(type)) {
      type = ValueType.CODE_RANGE_DELETION;
    }
    switch (type) {
      case ValueType.CODE_VALUE:
        ctx.found(Entries.value(arena, entry));
        return false;
      case ValueType.CODE_DELETION:
      case ValueType.CODE_SINGLE_DELETION:
      case ValueType.CODE_RANGE_DELETION:
        ctx.deleted(type);
        return false;
      case ValueType.CODE_MERGE:
        ctx.pushOperand(Entries.value(arena, entry));
        return true;
      default:
        mem.log().log(InfoLog.Level.ERROR, "In SaveValue: " + CorruptionException.UNEXPECTED_TYPE);
        throw new CorruptionException(CorruptionException.UNEXPECTED_TYPE);
    }
  }
}
