package dev.purerocks;

/**
 * A key-value database: the entry point of the API (open, read, write, iterate, snapshots, column
 * families, properties). Mirrors {@code org.rocksdb.RocksDB} member for member.
 *
 * <p>Every data-path method is a one-line body that the engine replaces; until then each throws
 * {@link RocksDBException} with status {@code NotSupported} naming the method. Methods outside the
 * memtable scope (compaction, files, ingestion, tracing, backups) do the same and stay so.
 */
public class RocksDB extends RocksObject {
  /** Same value as RocksJava's. */
  public static final byte[] DEFAULT_COLUMN_FAMILY = "default".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** Same value as RocksJava's. */
  public static final int NOT_FOUND = -1;

  /** Same value as RocksJava's. */
  protected DBOptionsInterface<?> options_;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected RocksDB(final long value) {
    super(NativeHandles.next());
  }

  private MutableDBOptions dBOptions;
  private MutableColumnFamilyOptions options;
  private PerfLevel perfLevel;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void abortAllCompactions() {
    throw Unsupported.unchecked("RocksDB.abortAllCompactions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void cancelAllBackgroundWork(final boolean value) {
    throw Unsupported.unchecked("RocksDB.cancelAllBackgroundWork");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clipColumnFamily(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.clipColumnFamily");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void close() {
    throw Unsupported.unchecked("RocksDB.close");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void closeE() throws RocksDBException {
    throw Unsupported.feature("RocksDB.closeE");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<String> compactFiles(final CompactionOptions p0, final ColumnFamilyHandle p1, final java.util.List<String> p2, final int p3, final int p4, final CompactionJobInfo p5) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<String> compactFiles(final CompactionOptions p0, final java.util.List<String> p1, final int p2, final int p3, final CompactionJobInfo p4) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void compactRange() throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void compactRange(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void compactRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2, final CompactRangeOptions p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void compactRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void compactRange(final ColumnFamilyHandle value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.compactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void continueBackgroundWork() throws RocksDBException {
    throw Unsupported.feature("RocksDB.continueBackgroundWork");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ColumnFamilyHandle> createColumnFamilies(final ColumnFamilyOptions p0, final java.util.List<byte[]> p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilies");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ColumnFamilyHandle> createColumnFamilies(final java.util.List<ColumnFamilyDescriptor> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilies");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle createColumnFamily(final ColumnFamilyDescriptor value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamily");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle createColumnFamilyWithImport(final ColumnFamilyDescriptor p0, final ImportColumnFamilyOptions p1, final ExportImportFilesMetaData p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilyWithImport");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle createColumnFamilyWithImport(final ColumnFamilyDescriptor p0, final ImportColumnFamilyOptions p1, final java.util.List<ExportImportFilesMetaData> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilyWithImport");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[] p0, final int p1, final int p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final int p3, final int p4) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final WriteOptions p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final WriteOptions p0, final byte[] p1, final int p2, final int p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final WriteOptions p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final WriteOptions p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteFilesInRanges(final ColumnFamilyHandle p0, final java.util.List<byte[]> p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteFilesInRanges");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final WriteOptions p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void destroyColumnFamilyHandle(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.destroyColumnFamilyHandle");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static void destroyDB(final String p0, final Options p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.destroyDB");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void disableFileDeletions() throws RocksDBException {
    throw Unsupported.feature("RocksDB.disableFileDeletions");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void dropColumnFamilies(final java.util.List<ColumnFamilyHandle> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.dropColumnFamilies");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void dropColumnFamily(final ColumnFamilyHandle value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.dropColumnFamily");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void enableAutoCompaction(final java.util.List<ColumnFamilyHandle> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.enableAutoCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void enableFileDeletions() throws RocksDBException {
    throw Unsupported.feature("RocksDB.enableFileDeletions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void endTrace() throws RocksDBException {
    throw Unsupported.feature("RocksDB.endTrace");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void flush(final FlushOptions p0, final ColumnFamilyHandle p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.flush");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void flush(final FlushOptions p0, final java.util.List<ColumnFamilyHandle> p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.flush");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void flush(final FlushOptions value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.flush");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void flushWal(final boolean value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.flushWal");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final byte[] p0, final int p1, final int p2, final byte[] p3, final int p4, final int p5) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final byte[] p0, final int p1, final int p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException, IllegalArgumentException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException, IllegalArgumentException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final int p3, final int p4, final byte[] p5, final int p6, final int p7) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final int p3, final int p4) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ColumnFamilyHandle p0, final ReadOptions p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ReadOptions p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ReadOptions p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ReadOptions p0, final byte[] p1, final int p2, final int p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ReadOptions p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int get(final ReadOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getAggregatedLongProperty(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getAggregatedLongProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksDB.CountAndSize getApproximateMemTableStats(final ColumnFamilyHandle p0, final Range p1) {
    throw Unsupported.unchecked("RocksDB.getApproximateMemTableStats");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksDB.CountAndSize getApproximateMemTableStats(final Range value) {
    throw Unsupported.unchecked("RocksDB.getApproximateMemTableStats");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long[] getApproximateSizes(final ColumnFamilyHandle p0, final java.util.List<Range> p1, final SizeApproximationFlag... p2) {
    throw Unsupported.unchecked("RocksDB.getApproximateSizes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long[] getApproximateSizes(final java.util.List<Range> p0, final SizeApproximationFlag... p1) {
    throw Unsupported.unchecked("RocksDB.getApproximateSizes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyMetaData getColumnFamilyMetaData() {
    throw Unsupported.unchecked("RocksDB.getColumnFamilyMetaData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyMetaData getColumnFamilyMetaData(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.getColumnFamilyMetaData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public MutableDBOptions.MutableDBOptionsBuilder getDBOptions() throws RocksDBException {
    throw Unsupported.feature("RocksDB.getDBOptions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle getDefaultColumnFamily() {
    throw Unsupported.unchecked("RocksDB.getDefaultColumnFamily");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Env getEnv() {
    throw Unsupported.unchecked("RocksDB.getEnv");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getLatestSequenceNumber() {
    throw Unsupported.unchecked("RocksDB.getLatestSequenceNumber");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksDB.LiveFiles getLiveFiles() throws RocksDBException {
    throw Unsupported.feature("RocksDB.getLiveFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksDB.LiveFiles getLiveFiles(final boolean value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getLiveFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<LiveFileMetaData> getLiveFilesMetaData() {
    throw Unsupported.unchecked("RocksDB.getLiveFilesMetaData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getLongProperty(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getLongProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getLongProperty(final ColumnFamilyHandle p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getLongProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, String> getMapProperty(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getMapProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, String> getMapProperty(final ColumnFamilyHandle p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getMapProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getName() {
    throw Unsupported.unchecked("RocksDB.getName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder getOptions() throws RocksDBException {
    throw Unsupported.feature("RocksDB.getOptions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder getOptions(final ColumnFamilyHandle value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getOptions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public PerfContext getPerfContext() {
    throw Unsupported.unchecked("RocksDB.getPerfContext");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public PerfLevel getPerfLevel() {
    return perfLevel;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, TableProperties> getPropertiesOfAllTables() throws RocksDBException {
    throw Unsupported.feature("RocksDB.getPropertiesOfAllTables");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, TableProperties> getPropertiesOfAllTables(final ColumnFamilyHandle value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getPropertiesOfAllTables");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, TableProperties> getPropertiesOfTablesInRange(final ColumnFamilyHandle p0, final java.util.List<Range> p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getPropertiesOfTablesInRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, TableProperties> getPropertiesOfTablesInRange(final java.util.List<Range> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getPropertiesOfTablesInRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getProperty(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getProperty(final ColumnFamilyHandle p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getProperty");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Snapshot getSnapshot() {
    throw Unsupported.unchecked("RocksDB.getSnapshot");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<LogFile> getSortedWalFiles() throws RocksDBException {
    throw Unsupported.feature("RocksDB.getSortedWalFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TransactionLogIterator getUpdatesSince(final long value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.getUpdatesSince");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void ingestExternalFile(final ColumnFamilyHandle p0, final java.util.List<String> p1, final IngestExternalFileOptions p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.ingestExternalFile");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void ingestExternalFile(final java.util.List<String> p0, final IngestExternalFileOptions p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.ingestExternalFile");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isClosed() {
    throw Unsupported.unchecked("RocksDB.isClosed");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final byte[] p0, final int p1, final int p2) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final byte[] value) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final byte[] p1) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final int p3, final int p4) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ColumnFamilyHandle p0, final ReadOptions p1, final java.nio.ByteBuffer p2) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ReadOptions p0, final byte[] p1, final int p2, final int p3) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ReadOptions p0, final byte[] p1) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyExists(final ReadOptions p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("RocksDB.keyExists");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final byte[] p0, final Holder<byte[]> p1) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final byte[] p0, final int p1, final int p2, final Holder<byte[]> p3) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public KeyMayExist keyMayExist(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final byte[] p1, final Holder<byte[]> p2) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3, final Holder<byte[]> p4) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public KeyMayExist keyMayExist(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final Holder<byte[]> p3) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2, final int p3, final int p4, final Holder<byte[]> p5) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public KeyMayExist keyMayExist(final ColumnFamilyHandle p0, final ReadOptions p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ColumnFamilyHandle p0, final ReadOptions p1, final java.nio.ByteBuffer p2) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ReadOptions p0, final byte[] p1, final Holder<byte[]> p2) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ReadOptions p0, final byte[] p1, final int p2, final int p3, final Holder<byte[]> p4) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public KeyMayExist keyMayExist(final ReadOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean keyMayExist(final ReadOptions p0, final java.nio.ByteBuffer p1) {
    throw Unsupported.unchecked("RocksDB.keyMayExist");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int level0StopWriteTrigger() {
    throw Unsupported.unchecked("RocksDB.level0StopWriteTrigger");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int level0StopWriteTrigger(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.level0StopWriteTrigger");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static java.util.List<byte[]> listColumnFamilies(final Options p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.listColumnFamilies");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static void loadLibrary() {
    // Nothing to load: PureRocks is pure Java. Kept so RocksJava programs run unchanged.
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static void loadLibrary(final java.util.List<String> value) {
    // Nothing to load: PureRocks is pure Java. Kept so RocksJava programs run unchanged.
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected ColumnFamilyHandle makeDefaultColumnFamilyHandle() {
    throw Unsupported.unchecked("RocksDB.makeDefaultColumnFamilyHandle");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int maxMemCompactionLevel() {
    throw Unsupported.unchecked("RocksDB.maxMemCompactionLevel");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int maxMemCompactionLevel(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.maxMemCompactionLevel");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final byte[] p0, final int p1, final int p2, final byte[] p3, final int p4, final int p5) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final int p3, final int p4, final byte[] p5, final int p6, final int p7) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final WriteOptions p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final WriteOptions p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final WriteOptions p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final WriteOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final java.util.List<byte[]> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final ReadOptions p0, final java.util.List<byte[]> p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final java.util.List<ColumnFamilyHandle> p0, final java.util.List<byte[]> p1) throws RocksDBException, IllegalArgumentException {
    throw Unsupported.feature("RocksDB.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final java.util.List<byte[]> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final java.util.List<java.nio.ByteBuffer> p2, final java.util.List<java.nio.ByteBuffer> p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetByteBuffers");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final ReadOptions p0, final java.util.List<java.nio.ByteBuffer> p1, final java.util.List<java.nio.ByteBuffer> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetByteBuffers");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final java.util.List<ColumnFamilyHandle> p0, final java.util.List<java.nio.ByteBuffer> p1, final java.util.List<java.nio.ByteBuffer> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetByteBuffers");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final java.util.List<java.nio.ByteBuffer> p0, final java.util.List<java.nio.ByteBuffer> p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.multiGetByteBuffers");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIterator() {
    throw Unsupported.unchecked("RocksDB.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIterator(final ColumnFamilyHandle p0, final ReadOptions p1) {
    throw Unsupported.unchecked("RocksDB.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIterator(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIterator(final ReadOptions value) {
    throw Unsupported.unchecked("RocksDB.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<RocksIterator> newIterators(final java.util.List<ColumnFamilyHandle> p0, final ReadOptions p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.newIterators");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<RocksIterator> newIterators(final java.util.List<ColumnFamilyHandle> value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.newIterators");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int numberLevels() {
    throw Unsupported.unchecked("RocksDB.numberLevels");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int numberLevels(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.numberLevels");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB open(final String p0, final java.util.List<ColumnFamilyDescriptor> p1, final java.util.List<ColumnFamilyHandle> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB open(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB open(final DBOptions p0, final String p1, final java.util.List<ColumnFamilyDescriptor> p2, final java.util.List<ColumnFamilyHandle> p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB open(final Options p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openAsSecondary(final DBOptions p0, final String p1, final String p2, final java.util.List<ColumnFamilyDescriptor> p3, final java.util.List<ColumnFamilyHandle> p4) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openAsSecondary");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openAsSecondary(final Options p0, final String p1, final String p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openAsSecondary");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final String p0, final java.util.List<ColumnFamilyDescriptor> p1, final java.util.List<ColumnFamilyHandle> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final String value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final DBOptions p0, final String p1, final java.util.List<ColumnFamilyDescriptor> p2, final java.util.List<ColumnFamilyHandle> p3, final boolean p4) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final DBOptions p0, final String p1, final java.util.List<ColumnFamilyDescriptor> p2, final java.util.List<ColumnFamilyHandle> p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final Options p0, final String p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB openReadOnly(final Options p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.openReadOnly");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void pauseBackgroundWork() throws RocksDBException {
    throw Unsupported.feature("RocksDB.pauseBackgroundWork");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void promoteL0(final ColumnFamilyHandle p0, final int p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.promoteL0");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void promoteL0(final int value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.promoteL0");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[] p0, final int p1, final int p2, final byte[] p3, final int p4, final int p5) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2, final int p3, final int p4, final byte[] p5, final int p6, final int p7) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final WriteOptions p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final WriteOptions p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final WriteOptions p0, final byte[] p1, final int p2, final int p3, final byte[] p4, final int p5, final int p6) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final WriteOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void releaseSnapshot(final Snapshot value) {
    throw Unsupported.unchecked("RocksDB.releaseSnapshot");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void resetStats() throws RocksDBException {
    throw Unsupported.feature("RocksDB.resetStats");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void resumeAllCompactions() {
    throw Unsupported.unchecked("RocksDB.resumeAllCompactions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static RocksDB.Version rocksdbVersion() {
    return new Version((byte) 11, (byte) 8, (byte) 1);
  }

  /** Stores the value for the engine. */
  public void setDBOptions(final MutableDBOptions value) throws RocksDBException {
    this.dBOptions = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void setOptions(final ColumnFamilyHandle p0, final MutableColumnFamilyOptions p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.setOptions");
  }

  /** Stores the value for the engine. */
  public void setOptions(final MutableColumnFamilyOptions value) throws RocksDBException {
    this.options = value;
  }

  /** Stores the value; see the matching getter. */
  public void setPerfLevel(final PerfLevel value) {
    java.util.Objects.requireNonNull(value);
    this.perfLevel = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final WriteOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final WriteOptions p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void startTrace(final TraceOptions p0, final AbstractTraceWriter p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.startTrace");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected void storeDefaultColumnFamilyHandle(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.storeDefaultColumnFamilyHandle");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected void storeOptionsInstance(final DBOptionsInterface<?> value) {
    throw Unsupported.unchecked("RocksDB.storeOptionsInstance");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Range suggestCompactRange() throws RocksDBException {
    throw Unsupported.feature("RocksDB.suggestCompactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Range suggestCompactRange(final ColumnFamilyHandle value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.suggestCompactRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void syncWal() throws RocksDBException {
    throw Unsupported.feature("RocksDB.syncWal");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void tryCatchUpWithPrimary() throws RocksDBException {
    throw Unsupported.feature("RocksDB.tryCatchUpWithPrimary");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void verifyChecksum() throws RocksDBException {
    throw Unsupported.feature("RocksDB.verifyChecksum");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void write(final WriteOptions p0, final WriteBatchWithIndex p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.write");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void write(final WriteOptions p0, final WriteBatch p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.write");
  }

  /** Mirrors RocksJava's {@code Version}. */
  public static class Version {
    private final byte major;
    private final byte minor;
    private final byte patch;

    /**
     * Creates a version number.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch level
     */
    public Version(final byte major, final byte minor, final byte patch) {
      this.major = major;
      this.minor = minor;
      this.patch = patch;
    }

    /** Returns the major version. */
    public int getMajor() {
      return major;
    }

    /** Returns the minor version. */
    public int getMinor() {
      return minor;
    }

    /** Returns the patch level. */
    public int getPatch() {
      return patch;
    }

    /** Returns {@code major.minor.patch}. */
    @Override
    public String toString() {
      return getMajor() + "." + getMinor() + "." + getPatch();
    }
  }

  /** Mirrors RocksJava's {@code LiveFiles}. */
  public static class LiveFiles {
    /** Same value as RocksJava's. */
    public final java.util.List<String> files = null;

    /** Same value as RocksJava's. */
    public final long manifestFileSize = 0;

    /** Not for callers: RocksJava gives this class no accessible constructor. */
    LiveFiles() {
      
    }

  }
  /** Mirrors RocksJava's {@code CountAndSize}. */
  public static class CountAndSize {
    /** Same value as RocksJava's. */
    public final long count;

    /** Same value as RocksJava's. */
    public final long size;

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public CountAndSize(final long p0, final long p1) {
      this.count = p0;
      this.size = p1;
    }

  }
  /** Mirrors RocksJava's {@code LibraryState}. */
  private enum LibraryState {
    NOT_LOADED,
    LOADING,
    LOADED;

  }
}
