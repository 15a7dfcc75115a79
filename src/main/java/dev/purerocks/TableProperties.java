package dev.purerocks;

/** Mirrors RocksJava's {@code TableProperties}. */
public class TableProperties {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TableProperties() {
    
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getColumnFamilyId() {
    throw Unsupported.unchecked("TableProperties.getColumnFamilyId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getColumnFamilyName() {
    throw Unsupported.unchecked("TableProperties.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getComparatorName() {
    throw Unsupported.unchecked("TableProperties.getComparatorName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getCompressionName() {
    throw Unsupported.unchecked("TableProperties.getCompressionName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCreationTime() {
    throw Unsupported.unchecked("TableProperties.getCreationTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDataSize() {
    throw Unsupported.unchecked("TableProperties.getDataSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFastCompressionEstimatedDataSize() {
    throw Unsupported.unchecked("TableProperties.getFastCompressionEstimatedDataSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getFilterPolicyName() {
    throw Unsupported.unchecked("TableProperties.getFilterPolicyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFilterSize() {
    throw Unsupported.unchecked("TableProperties.getFilterSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFixedKeyLen() {
    throw Unsupported.unchecked("TableProperties.getFixedKeyLen");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFormatVersion() {
    throw Unsupported.unchecked("TableProperties.getFormatVersion");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIndexKeyIsUserKey() {
    throw Unsupported.unchecked("TableProperties.getIndexKeyIsUserKey");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIndexPartitions() {
    throw Unsupported.unchecked("TableProperties.getIndexPartitions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIndexSize() {
    throw Unsupported.unchecked("TableProperties.getIndexSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIndexValueIsDeltaEncoded() {
    throw Unsupported.unchecked("TableProperties.getIndexValueIsDeltaEncoded");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getMergeOperatorName() {
    throw Unsupported.unchecked("TableProperties.getMergeOperatorName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumDataBlocks() {
    throw Unsupported.unchecked("TableProperties.getNumDataBlocks");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumDeletions() {
    throw Unsupported.unchecked("TableProperties.getNumDeletions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumEntries() {
    throw Unsupported.unchecked("TableProperties.getNumEntries");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumMergeOperands() {
    throw Unsupported.unchecked("TableProperties.getNumMergeOperands");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumRangeDeletions() {
    throw Unsupported.unchecked("TableProperties.getNumRangeDeletions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getOldestKeyTime() {
    throw Unsupported.unchecked("TableProperties.getOldestKeyTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getPrefixExtractorName() {
    throw Unsupported.unchecked("TableProperties.getPrefixExtractorName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getPropertyCollectorsNames() {
    throw Unsupported.unchecked("TableProperties.getPropertyCollectorsNames");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getRawKeySize() {
    throw Unsupported.unchecked("TableProperties.getRawKeySize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getRawValueSize() {
    throw Unsupported.unchecked("TableProperties.getRawValueSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, String> getReadableProperties() {
    throw Unsupported.unchecked("TableProperties.getReadableProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSlowCompressionEstimatedDataSize() {
    throw Unsupported.unchecked("TableProperties.getSlowCompressionEstimatedDataSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getTopLevelIndexSize() {
    throw Unsupported.unchecked("TableProperties.getTopLevelIndexSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, String> getUserCollectedProperties() {
    throw Unsupported.unchecked("TableProperties.getUserCollectedProperties");
  }

  /** Behaves as RocksJava's member of the same name. */
  public int hashCode() {
    return super.hashCode();
  }

}
