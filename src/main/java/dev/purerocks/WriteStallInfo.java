package dev.purerocks;

import java.util.Objects;

/**
 * What an event listener learns when a column family's write-stall condition changes. Mirrors
 * {@code org.rocksdb.WriteStallInfo}; the engine creates it.
 */
public class WriteStallInfo {
  private final String columnFamilyName;
  private final WriteStallCondition currentCondition;
  private final WriteStallCondition previousCondition;

  /** For the engine. */
  WriteStallInfo(
      final String columnFamilyName,
      final WriteStallCondition currentCondition,
      final WriteStallCondition previousCondition) {
    this.columnFamilyName = columnFamilyName;
    this.currentCondition = currentCondition;
    this.previousCondition = previousCondition;
  }

  /** Returns the name of the column family. */
  public String getColumnFamilyName() {
    return columnFamilyName;
  }

  /** Returns the condition now in force. */
  public WriteStallCondition getCurrentCondition() {
    return currentCondition;
  }

  /** Returns the condition before the change. */
  public WriteStallCondition getPreviousCondition() {
    return previousCondition;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final WriteStallInfo that = (WriteStallInfo) o;
    return Objects.equals(columnFamilyName, that.columnFamilyName)
        && currentCondition == that.currentCondition
        && previousCondition == that.previousCondition;
  }

  @Override
  public int hashCode() {
    return Objects.hash(columnFamilyName, currentCondition, previousCondition);
  }

  @Override
  public String toString() {
    return "WriteStallInfo{columnFamilyName='" + columnFamilyName + "', currentCondition="
        + currentCondition + ", previousCondition=" + previousCondition + '}';
  }
}
