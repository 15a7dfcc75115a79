package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of one point lookup as it walks the memtables newest to oldest, and later the SST
 * levels (RocksDB spreads it over {@code Status}, {@code MergeContext}, {@code
 * max_covering_tombstone_seq} and {@code found_final_value}; {@code MemTable::Get}).
 *
 * <h2>States</h2>
 * <ul>
 *   <li>{@link State#NOT_FOUND}: nothing about the key seen yet; keep looking.
 *   <li>{@link State#MERGE_IN_PROGRESS}: merge operands seen, no base yet; keep looking.
 *   <li>{@link State#FOUND}: a value was found ({@link #value()}). Final. If {@link #operands()} is
 *       not empty the caller's merge operator combines them with the value as base.
 *   <li>{@link State#DELETED}: a deletion, a single deletion, or a range tombstone newer than the
 *       newest visible entry was found ({@link #deletionType()}). Final. With operands pending the
 *       caller merges them with no base; without, the key does not exist.
 * </ul>
 * The memtable never runs a merge operator: it only collects operands, newest first.
 *
 * <p>The running maximum of covering range-tombstone sequence numbers is carried from one
 * memtable to the next: a tombstone in a newer memtable hides older entries in older memtables.
 *
 * <p>Thread-safety: one lookup, one thread.
 *
 * <p>Spec: {@code MT-GET-1} .. {@code MT-GET-6}, {@code RT-GET-1}.
 */
public final class GetContext {
  /** Where a lookup stands; see the class comment. */
  public enum State {
    NOT_FOUND,
    MERGE_IN_PROGRESS,
    FOUND,
    DELETED
  }

  /** Value of {@link #sequence()} before any entry of the key has been seen. */
  public static final long NO_SEQUENCE = -1;

  private State state = State.NOT_FOUND;
  private byte[] value;
  private int deletionType = -1;
  private List<byte[]> operands;
  private long maxCoveringTombstoneSeq;
  private long sequence = NO_SEQUENCE;
  private boolean ignoreRangeDeletions;

  /** Whether the lookup has its answer: {@link State#FOUND} or {@link State#DELETED}. */
  public boolean isDone() {
    return state == State.FOUND || state == State.DELETED;
  }

  public State state() {
    return state;
  }

  /** The value found. Requires: {@link State#FOUND}. */
  public byte[] value() {
    assert state == State.FOUND : state;
    return value;
  }

  /**
   * What ended the lookup in {@link State#DELETED}: {@link ValueType#DELETION}, {@link
   * ValueType#SINGLE_DELETION}, or {@link ValueType#RANGE_DELETION} for an entry hidden by a
   * tombstone (RocksDB turns a covered entry into a range deletion the same way).
   */
  public ValueType deletionType() {
    assert state == State.DELETED : state;
    return ValueType.ofCode(deletionType);
  }

  /** Merge operands collected so far, newest first; unmodifiable. */
  public List<byte[]> operands() {
    return operands == null ? Collections.emptyList() : Collections.unmodifiableList(operands);
  }

  public boolean hasOperands() {
    return operands != null && !operands.isEmpty();
  }

  /**
   * The largest sequence number of a visible range tombstone covering the key in the memtables
   * consulted so far, or 0. Entries with a smaller sequence number are treated as deleted.
   */
  public long maxCoveringTombstoneSeq() {
    return maxCoveringTombstoneSeq;
  }

  /**
   * Makes this lookup ignore range tombstones ({@code ReadOptions.ignore_range_deletions}), which
   * RocksDB documents as returning data they deleted. Requires: set before the first memtable.
   */
  public GetContext ignoreRangeDeletions() {
    this.ignoreRangeDeletions = true;
    return this;
  }

  /** Whether range tombstones are ignored by this lookup. */
  public boolean ignoresRangeDeletions() {
    return ignoreRangeDeletions;
  }

  /**
   * Raises the covering-tombstone sequence (used by the memtable and, later, by SST readers).
   * Lower values are ignored.
   */
  public void recordCoveringTombstone(long seq) {
    if (seq > maxCoveringTombstoneSeq) {
      maxCoveringTombstoneSeq = seq;
    }
  }

  /**
   * The sequence number of the newest visible entry of the key (raised to the covering tombstone's
   * when that is newer), as RocksDB reports through {@code Get}'s {@code seq}; {@link
   * #NO_SEQUENCE} if no entry of the key has been seen.
   */
  public long sequence() {
    return sequence;
  }

  // ---- transitions, driven by MemTable ---------------------------------------------------------

  void noteSequence(long entrySeq) {
    if (sequence == NO_SEQUENCE) {
      sequence = Math.max(entrySeq, maxCoveringTombstoneSeq);
    }
  }

  void found(byte[] v) {
    assert !isDone();
    state = State.FOUND;
    value = v;
  }

  void deleted(int typeCode) {
    assert !isDone();
    state = State.DELETED;
    deletionType = typeCode;
  }

  void pushOperand(byte[] operand) {
    assert !isDone();
    if (operands == null) {
      operands = new ArrayList<>(4);
    }
    operands.add(operand);
  }

  /** Called when a memtable is done with the key and did not end the lookup. */
  void endOfTable() {
    if (!isDone() && hasOperands()) {
      state = State.MERGE_IN_PROGRESS;
    }
  }

  @Override
  public String toString() {
    return "GetContext{" + state + ", operands=" + (operands == null ? 0 : operands.size())
        + ", maxCoveringTombstoneSeq=" + maxCoveringTombstoneSeq + ", sequence=" + sequence + "}";
  }
}
