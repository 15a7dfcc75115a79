package dev.purerocks;

import java.util.Arrays;

/**
 * The name and options of a column family, given to {@code RocksDB.open} and {@code
 * createColumnFamily}. Mirrors {@code org.rocksdb.ColumnFamilyDescriptor}: equality is by name and
 * options object identity, as in RocksJava.
 */
public class ColumnFamilyDescriptor {
  private final byte[] columnFamilyName;
  private final ColumnFamilyOptions columnFamilyOptions;

  /**
   * Describes a column family with fresh default options.
   *
   * @param columnFamilyName the name
   */
  public ColumnFamilyDescriptor(final byte[] columnFamilyName) {
    this(columnFamilyName, new ColumnFamilyOptions());
  }

  /**
   * Describes a column family.
   *
   * @param columnFamilyName the name (kept, not copied, as RocksJava does)
   * @param columnFamilyOptions its options
   */
  public ColumnFamilyDescriptor(
      final byte[] columnFamilyName, final ColumnFamilyOptions columnFamilyOptions) {
    this.columnFamilyName = columnFamilyName;
    this.columnFamilyOptions = columnFamilyOptions;
  }

  /** Returns the name given at construction (the same array). */
  public byte[] getName() {
    return columnFamilyName;
  }

  /** Returns the options given at construction. */
  public ColumnFamilyOptions getOptions() {
    return columnFamilyOptions;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final ColumnFamilyDescriptor that = (ColumnFamilyDescriptor) o;
    return Arrays.equals(columnFamilyName, that.columnFamilyName)
        && columnFamilyOptions.nativeHandle_ == that.columnFamilyOptions.nativeHandle_;
  }

  @Override
  public int hashCode() {
    int result = (int) (columnFamilyOptions.nativeHandle_ ^ (columnFamilyOptions.nativeHandle_ >>> 32));
    result = 31 * result + Arrays.hashCode(columnFamilyName);
    return result;
  }
}
