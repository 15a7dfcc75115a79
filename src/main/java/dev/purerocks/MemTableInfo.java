package dev.purerocks;

import java.util.Objects;

/**
 * What an event listener learns when a memtable is sealed (becomes immutable). Mirrors {@code
 * org.rocksdb.MemTableInfo}; the engine creates it.
 */
public class MemTableInfo {
  private final String columnFamilyName;
  private final long firstSeqno;
  private final long earliestSeqno;
  private final long numEntries;
  private final long numDeletes;

  /** For the engine. */
  MemTableInfo(
      final String columnFamilyName,
      final long firstSeqno,
      final long earliestSeqno,
      final long numEntries,
      final long numDeletes) {
    this.columnFamilyName = columnFamilyName;
    this.firstSeqno = firstSeqno;
    this.earliestSeqno = earliestSeqno;
    this.numEntries = numEntries;
    this.numDeletes = numDeletes;
  }

  /** Returns the name of the memtable's column family. */
  public String getColumnFamilyName() {
    return columnFamilyName;
  }

  /** Returns the sequence number of the first entry inserted. */
  public long getFirstSeqno() {
    return firstSeqno;
  }

  /** Returns the smallest sequence number the memtable may contain. */
  public long getEarliestSeqno() {
    return earliestSeqno;
  }

  /** Returns the number of entries. */
  public long getNumEntries() {
    return numEntries;
  }

  /** Returns the number of deletions. */
  public long getNumDeletes() {
    return numDeletes;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final MemTableInfo that = (MemTableInfo) o;
    return firstSeqno == that.firstSeqno
        && earliestSeqno == that.earliestSeqno
        && numEntries == that.numEntries
        && numDeletes == that.numDeletes
        && Objects.equals(columnFamilyName, that.columnFamilyName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columnFamilyName, firstSeqno, earliestSeqno, numEntries, numDeletes);
  }

  @Override
  public String toString() {
    return "MemTableInfo{columnFamilyName='" + columnFamilyName + "', firstSeqno=" + firstSeqno
        + ", earliestSeqno=" + earliestSeqno + ", numEntries=" + numEntries
        + ", numDeletes=" + numDeletes + '}';
  }
}
