package dev.purerocks;

/** Mirrors RocksJava's {@code PerfContext}. */
public class PerfContext extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected PerfContext(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobCacheHitCount() {
    throw Unsupported.unchecked("PerfContext.getBlobCacheHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobCacheReadByte() {
    throw Unsupported.unchecked("PerfContext.getBlobCacheReadByte");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobChecksumTime() {
    throw Unsupported.unchecked("PerfContext.getBlobChecksumTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobDecompressTime() {
    throw Unsupported.unchecked("PerfContext.getBlobDecompressTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobReadByte() {
    throw Unsupported.unchecked("PerfContext.getBlobReadByte");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobReadCount() {
    throw Unsupported.unchecked("PerfContext.getBlobReadCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlobReadTime() {
    throw Unsupported.unchecked("PerfContext.getBlobReadTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockCacheFilterHitCount() {
    throw Unsupported.unchecked("PerfContext.getBlockCacheFilterHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockCacheHitCount() {
    throw Unsupported.unchecked("PerfContext.getBlockCacheHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockCacheIndexHitCount() {
    throw Unsupported.unchecked("PerfContext.getBlockCacheIndexHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockCacheRealHandleCount() {
    throw Unsupported.unchecked("PerfContext.getBlockCacheRealHandleCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockCacheStandaloneHandleCount() {
    throw Unsupported.unchecked("PerfContext.getBlockCacheStandaloneHandleCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockChecksumTime() {
    throw Unsupported.unchecked("PerfContext.getBlockChecksumTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockDecompressTime() {
    throw Unsupported.unchecked("PerfContext.getBlockDecompressTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockReadByte() {
    throw Unsupported.unchecked("PerfContext.getBlockReadByte");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockReadCount() {
    throw Unsupported.unchecked("PerfContext.getBlockReadCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockReadCpuTime() {
    throw Unsupported.unchecked("PerfContext.getBlockReadCpuTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockReadTime() {
    throw Unsupported.unchecked("PerfContext.getBlockReadTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBlockSeekNanos() {
    throw Unsupported.unchecked("PerfContext.getBlockSeekNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBloomMemtableHitCount() {
    throw Unsupported.unchecked("PerfContext.getBloomMemtableHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBloomMemtableMissCount() {
    throw Unsupported.unchecked("PerfContext.getBloomMemtableMissCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBloomSstHitCount() {
    throw Unsupported.unchecked("PerfContext.getBloomSstHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getBloomSstMissCount() {
    throw Unsupported.unchecked("PerfContext.getBloomSstMissCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCompressedSecCacheCompressedBytes() {
    throw Unsupported.unchecked("PerfContext.getCompressedSecCacheCompressedBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCompressedSecCacheInsertDummyCount() {
    throw Unsupported.unchecked("PerfContext.getCompressedSecCacheInsertDummyCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCompressedSecCacheInsertRealCount() {
    throw Unsupported.unchecked("PerfContext.getCompressedSecCacheInsertRealCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCompressedSecCacheUncompressedBytes() {
    throw Unsupported.unchecked("PerfContext.getCompressedSecCacheUncompressedBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCompressionDictBlockReadCount() {
    throw Unsupported.unchecked("PerfContext.getCompressionDictBlockReadCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDbConditionWaitNanos() {
    throw Unsupported.unchecked("PerfContext.getDbConditionWaitNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDbMutexLockNanos() {
    throw Unsupported.unchecked("PerfContext.getDbMutexLockNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDecryptDataNanos() {
    throw Unsupported.unchecked("PerfContext.getDecryptDataNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEncryptDataNanos() {
    throw Unsupported.unchecked("PerfContext.getEncryptDataNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvCreateDirIfMissingNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvCreateDirIfMissingNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvCreateDirNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvCreateDirNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvDeleteDirNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvDeleteDirNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvDeleteFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvDeleteFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvFileExistsNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvFileExistsNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvGetChildrenFileAttributesNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvGetChildrenFileAttributesNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvGetChildrenNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvGetChildrenNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvGetFileModificationTimeNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvGetFileModificationTimeNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvGetFileSizeNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvGetFileSizeNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvLinkFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvLinkFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvLockFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvLockFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewDirectoryNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewDirectoryNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewLoggerNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewLoggerNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewRandomAccessFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewRandomAccessFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewRandomRwFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewRandomRwFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewSequentialFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewSequentialFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvNewWritableFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvNewWritableFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvRenameFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvRenameFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvReuseWritableFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvReuseWritableFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEnvUnlockFileNanos() {
    throw Unsupported.unchecked("PerfContext.getEnvUnlockFileNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFilterBlockReadCount() {
    throw Unsupported.unchecked("PerfContext.getFilterBlockReadCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFindNextUserEntryTime() {
    throw Unsupported.unchecked("PerfContext.getFindNextUserEntryTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFindTableNanos() {
    throw Unsupported.unchecked("PerfContext.getFindTableNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFromMemtableCount() {
    throw Unsupported.unchecked("PerfContext.getFromMemtableCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFromMemtableTime() {
    throw Unsupported.unchecked("PerfContext.getFromMemtableTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFromOutputFilesTime() {
    throw Unsupported.unchecked("PerfContext.getFromOutputFilesTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getGetCpuNanos() {
    throw Unsupported.unchecked("PerfContext.getGetCpuNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIndexBlockReadCount() {
    throw Unsupported.unchecked("PerfContext.getIndexBlockReadCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalDeleteSkippedCount() {
    throw Unsupported.unchecked("PerfContext.getInternalDeleteSkippedCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalKeySkippedCount() {
    throw Unsupported.unchecked("PerfContext.getInternalKeySkippedCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalMergeCount() {
    throw Unsupported.unchecked("PerfContext.getInternalMergeCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalMergePointLookupCount() {
    throw Unsupported.unchecked("PerfContext.getInternalMergePointLookupCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalRangeDelReseekCount() {
    throw Unsupported.unchecked("PerfContext.getInternalRangeDelReseekCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getInternalRecentSkippedCount() {
    throw Unsupported.unchecked("PerfContext.getInternalRecentSkippedCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIterNextCpuNanos() {
    throw Unsupported.unchecked("PerfContext.getIterNextCpuNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIterPrevCpuNanos() {
    throw Unsupported.unchecked("PerfContext.getIterPrevCpuNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIterReadBytes() {
    throw Unsupported.unchecked("PerfContext.getIterReadBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getIterSeekCpuNanos() {
    throw Unsupported.unchecked("PerfContext.getIterSeekCpuNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getKeyLockWaitCount() {
    throw Unsupported.unchecked("PerfContext.getKeyLockWaitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getKeyLockWaitTime() {
    throw Unsupported.unchecked("PerfContext.getKeyLockWaitTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getMergeOperatorTimeNanos() {
    throw Unsupported.unchecked("PerfContext.getMergeOperatorTimeNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getMultigetReadBytes() {
    throw Unsupported.unchecked("PerfContext.getMultigetReadBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNewTableBlockIterNanos() {
    throw Unsupported.unchecked("PerfContext.getNewTableBlockIterNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNewTableIteratorNanos() {
    throw Unsupported.unchecked("PerfContext.getNewTableIteratorNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNextOnMemtableCount() {
    throw Unsupported.unchecked("PerfContext.getNextOnMemtableCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumberAsyncSeek() {
    throw Unsupported.unchecked("PerfContext.getNumberAsyncSeek");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getPostProcessTime() {
    throw Unsupported.unchecked("PerfContext.getPostProcessTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getPrevOnMemtableCount() {
    throw Unsupported.unchecked("PerfContext.getPrevOnMemtableCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getReadBytes() {
    throw Unsupported.unchecked("PerfContext.getReadBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getReadFilterBlockNanos() {
    throw Unsupported.unchecked("PerfContext.getReadFilterBlockNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getReadIndexBlockNanos() {
    throw Unsupported.unchecked("PerfContext.getReadIndexBlockNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSecondaryCacheHitCount() {
    throw Unsupported.unchecked("PerfContext.getSecondaryCacheHitCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekChildSeekCount() {
    throw Unsupported.unchecked("PerfContext.getSeekChildSeekCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekChildSeekTime() {
    throw Unsupported.unchecked("PerfContext.getSeekChildSeekTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekInternalSeekTime() {
    throw Unsupported.unchecked("PerfContext.getSeekInternalSeekTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekMaxHeapTime() {
    throw Unsupported.unchecked("PerfContext.getSeekMaxHeapTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekMinHeapTime() {
    throw Unsupported.unchecked("PerfContext.getSeekMinHeapTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekOnMemtableCount() {
    throw Unsupported.unchecked("PerfContext.getSeekOnMemtableCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSeekOnMemtableTime() {
    throw Unsupported.unchecked("PerfContext.getSeekOnMemtableTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSnapshotTime() {
    throw Unsupported.unchecked("PerfContext.getSnapshotTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getUserKeyComparisonCount() {
    throw Unsupported.unchecked("PerfContext.getUserKeyComparisonCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWriteDelayTime() {
    throw Unsupported.unchecked("PerfContext.getWriteDelayTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWriteMemtableTime() {
    throw Unsupported.unchecked("PerfContext.getWriteMemtableTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWritePreAndPostProcessTime() {
    throw Unsupported.unchecked("PerfContext.getWritePreAndPostProcessTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWriteSchedulingFlushesCompactionsTime() {
    throw Unsupported.unchecked("PerfContext.getWriteSchedulingFlushesCompactionsTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWriteThreadWaitNanos() {
    throw Unsupported.unchecked("PerfContext.getWriteThreadWaitNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getWriteWalTime() {
    throw Unsupported.unchecked("PerfContext.getWriteWalTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void reset() {
    throw Unsupported.unchecked("PerfContext.reset");
  }

  /** Behaves as RocksJava's member of the same name. */
  public String toString() {
    return super.toString();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String toString(final boolean value) {
    throw Unsupported.unchecked("PerfContext.toString");
  }

}
