package dev.purerocks.internal.memtable;

/**
 * A cursor over the fragments of a {@link FragmentedRangeTombstones} that have at least one
 * tombstone visible at a read sequence number, each reported with its largest visible sequence
 * number (RocksDB's {@code FragmentedRangeTombstoneIterator} in its "top" mode: {@code
 * SeekToTopFirst}, {@code TopNext}, ...). A merging iterator uses it to skip point entries that a
 * newer tombstone covers.
 *
 * <p>Positions: a fresh iterator is invalid. {@link #seek} lands on the first visible fragment
 * that ends after the key (it covers the key when its start is at or before it); {@link
 * #seekForPrev} on the last visible fragment that starts at or before the key.
 *
 * <p>Thread-safety: one thread at a time; the list it reads is immutable.
 *
 * <p>Spec: {@code RT-ITER-1}.
 */
public final class RangeTombstoneIterator {
  private final FragmentedRangeTombstones list;
  private final long readSeq;
  private int pos = -1;
  private long seq = -1;

  RangeTombstoneIterator(FragmentedRangeTombstones list, long readSeq) {
    this.list = list;
    this.readSeq = readSeq;
  }

  /** The read sequence number: tombstones above it are invisible. */
  public long readSequence() {
    return readSeq;
  }

  public boolean isValid() {
    return pos >= 0 && pos < list.size();
  }

  public void seekToFirst() {
    pos = 0;
    skipForward();
  }

  public void seekToLast() {
    pos = list.size() - 1;
    skipBackward();
  }

  /** First visible fragment whose end is after the user key {@code key[off, off+len)}. */
  public void seek(byte[] key, int off, int len) {
    pos = list.firstEndingAfter(key, off, len);
    skipForward();
  }

  /** Last visible fragment whose start is at or before the user key {@code key[off, off+len)}. */
  public void seekForPrev(byte[] key, int off, int len) {
    pos = list.lastStartingAtOrBefore(key, off, len);
    skipBackward();
  }

  /** Requires: {@link #isValid()}. */
  public void next() {
    assert isValid();
    pos++;
    skipForward();
  }

  /** Requires: {@link #isValid()}. */
  public void prev() {
    assert isValid();
    pos--;
    skipBackward();
  }

  /** The current fragment's start key (inclusive); shared, do not modify. */
  public byte[] startKey() {
    assert isValid();
    return list.start(pos);
  }

  /** The current fragment's end key (exclusive); shared, do not modify. */
  public byte[] endKey() {
    assert isValid();
    return list.end(pos);
  }

  /** The largest sequence number of the current fragment visible at the read sequence. */
  public long sequence() {
    assert isValid();
    return seq;
  }

  private void skipForward() {
    while (pos >= 0 && pos < list.size()) {
      seq = list.maxVisibleSeq(pos, readSeq);
      if (seq >= 0) {
        return;
      }
      pos++;
    }
    pos = list.size();
  }

  private void skipBackward() {
    while (pos >= 0 && pos < list.size()) {
      seq = list.maxVisibleSeq(pos, readSeq);
      if (seq >= 0) {
        return;
      }
      pos--;
    }
    pos = -1;
  }
}
