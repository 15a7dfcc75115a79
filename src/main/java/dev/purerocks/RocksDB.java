package dev.purerocks;

/**
 * A key-value database: the entry point of the API (open, read, write, iterate, snapshots, column
 * families, properties). Mirrors {@code org.rocksdb.RocksDB} member for member.
 *
 * <p>An open database owns a {@code DbEngine} (the memtable engine), the in-process lock of its
 * directory ({@link DbDirectory}) and the column family handles it gave out. Each data-path call
 * checks its arguments as RocksJava's Java side does (bounds, buffer kinds, handle lists), builds
 * one {@code WriteBatchRep} per write or reads a pinned memtable view, and turns engine statuses
 * into {@link RocksDBException} in {@link Statuses}. Use after close, closed handles and handles of
 * another database throw {@link IllegalStateException} / {@link IllegalArgumentException} where
 * RocksJava crashes. Members needing components PureRocks does not have (SST files, compaction,
 * WAL access, ingestion, tracing, secondary instances) throw {@code NotSupported} naming the
 * member.
 *
 * <p>Thread-safety: as RocksJava's, every method may be called from any thread; column family
 * administration is serialized with the directory's record of the families.
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

  /**
   * The mutable DB options {@code setDBOptions} changed, by RocksDB name, in order: no engine
   * component reads them yet, but {@code getDBOptions} reports them as RocksDB does
   * (OPT-REPORT-2). Guarded by itself.
   */
  private final java.util.Map<String, String> changedDbOptions = new java.util.LinkedHashMap<>();
  private MutableColumnFamilyOptions options;
  private PerfLevel perfLevel;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clipColumnFamily(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.clipColumnFamily");
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
  public ColumnFamilyHandle createColumnFamilyWithImport(final ColumnFamilyDescriptor p0, final ImportColumnFamilyOptions p1, final ExportImportFilesMetaData p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilyWithImport");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle createColumnFamilyWithImport(final ColumnFamilyDescriptor p0, final ImportColumnFamilyOptions p1, final java.util.List<ExportImportFilesMetaData> p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.createColumnFamilyWithImport");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteFilesInRanges(final ColumnFamilyHandle p0, final java.util.List<byte[]> p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("RocksDB.deleteFilesInRanges");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void endTrace() throws RocksDBException {
    throw Unsupported.feature("RocksDB.endTrace");
  }

  /** Behaves as RocksJava's member of the same name. */
  /** Behaves as RocksJava's member of the same name. */
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyMetaData getColumnFamilyMetaData() {
    throw Unsupported.unchecked("RocksDB.getColumnFamilyMetaData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyMetaData getColumnFamilyMetaData(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("RocksDB.getColumnFamilyMetaData");
  }

  /** Behaves as RocksJava's member of the same name. */
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

  /** Behaves as RocksJava's member of the same name. */
  /** Behaves as RocksJava's member of the same name. */
  /** Behaves as RocksJava's member of the same name. */
  /** Behaves as RocksJava's member of the same name. */
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

  /** A no-op: there is no native library. */
  public static void loadLibrary() {
    // Nothing to load: PureRocks is pure Java. Kept so RocksJava programs run unchanged.
  }

  /** A no-op: there is no native library. */
  public static void loadLibrary(final java.util.List<String> value) {
    // Nothing to load: PureRocks is pure Java. Kept so RocksJava programs run unchanged.
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
  public void promoteL0(final ColumnFamilyHandle p0, final int p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.promoteL0");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void promoteL0(final int value) throws RocksDBException {
    throw Unsupported.feature("RocksDB.promoteL0");
  }

  /** The RocksDB version whose behaviour PureRocks reproduces: 11.8.1. */
  public static RocksDB.Version rocksdbVersion() {
    return new Version((byte) 11, (byte) 8, (byte) 1);
  }

  /**
   * Records the mutable DB options for {@link #getDBOptions}; the caller's options object is not
   * changed (OPT-RAW-1). None of them changes what the memtable engine does.
   */
  public void setDBOptions(final MutableDBOptions value) throws RocksDBException {
    engine();
    final String[] keys = value.getKeys();
    final String[] values = value.getValues();
    synchronized (changedDbOptions) {
      for (int i = 0; i < keys.length; i++) {
        changedDbOptions.put(keys[i], values[i]);
      }
    }
  }

  /** Stores the value; see the matching getter. */
  public void setPerfLevel(final PerfLevel value) {
    java.util.Objects.requireNonNull(value);
    this.perfLevel = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void startTrace(final TraceOptions p0, final AbstractTraceWriter p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.startTrace");
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
  public void tryCatchUpWithPrimary() throws RocksDBException {
    throw Unsupported.feature("RocksDB.tryCatchUpWithPrimary");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void write(final WriteOptions p0, final WriteBatchWithIndex p1) throws RocksDBException {
    throw Unsupported.feature("RocksDB.write");
  }

  // ===== engine wiring =====================================================================
  // A RocksDB object owns a DbEngine, the lock on its directory and the column family handles
  // it gave out. Every data-path call validates its arguments as RocksJava's Java side does,
  // builds a WriteBatchRep (writes) or reads a pinned view (reads), and maps engine statuses to
  // RocksDBException in Statuses. Use after close throws IllegalStateException where RocksJava
  // would crash or misbehave.

  private static final WriteOptions DEFAULT_WRITE_OPTIONS = new WriteOptions();
  private static final String BB_ALL_DIRECT_OR_INDIRECT =
      "ByteBuffer parameters must all be direct, or must all be indirect";

  private dev.purerocks.internal.db.DbEngine engine;
  private DbDirectory directory;
  private String path;
  private dev.purerocks.internal.util.InfoLog infoLog = dev.purerocks.internal.util.InfoLog.NONE;
  private ColumnFamilyHandle defaultHandle;
  /** Handles this DB created and closes on close (RocksJava's ownedColumnFamilyHandles). */
  private final java.util.List<ColumnFamilyHandle> ownedHandles =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Serializes column family administration with the CURRENT file that records it. */
  private final Object adminLock = new Object();

  private dev.purerocks.internal.db.DbEngine engine() {
    final dev.purerocks.internal.db.DbEngine e = engine;
    if (e == null || !owningHandle_.get()) {
      throw Statuses.closed("RocksDB");
    }
    return e;
  }

  /** The engine id of a handle of this database, checked. */
  int cfId(final ColumnFamilyHandle h) {
    engine();
    if (h == null) {
      throw new NullPointerException("columnFamilyHandle");
    }
    if (h.db() != this) {
      throw new IllegalArgumentException(
          "the column family handle belongs to another database");
    }
    if (!h.usable()) {
      throw Statuses.closed("ColumnFamilyHandle");
    }
    return h.getID();
  }

  /** For tests in this package: the engine. */
  dev.purerocks.internal.db.DbEngine engineForTests() {
    return engine();
  }

  private int cfIdOrDefault(final ColumnFamilyHandle h) {
    return h == null ? 0 : cfId(h);
  }

  private static void checkBounds(final int offset, final int len, final int size) {
    if ((offset | len | (offset + len) | (size - (offset + len))) < 0) {
      throw new IndexOutOfBoundsException(
          String.format("offset(%d), len(%d), size(%d)", offset, len, size));
    }
  }

  private static String str(final byte[] name) {
    return new String(name, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(final String name) {
    return name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static RocksDBException invalidArgument(final String state) {
    return new RocksDBException(new Status(Status.Code.InvalidArgument, Status.SubCode.None, state));
  }

  // ---- open / close -------------------------------------------------------------------------

  public static RocksDB open(final String path) throws RocksDBException {
    try (Options options = new Options()) {
      options.setCreateIfMissing(true);
      return open(options, path);
    }
  }

  public static RocksDB open(final String path,
      final java.util.List<ColumnFamilyDescriptor> columnFamilyDescriptors,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles) throws RocksDBException {
    try (DBOptions options = new DBOptions()) {
      return open(options, path, columnFamilyDescriptors, columnFamilyHandles);
    }
  }

  public static RocksDB open(final Options options, final String path) throws RocksDBException {
    final dev.purerocks.internal.db.DbConfig dbc = EngineOptions.dbConfig(options);
    final java.util.List<String> names = java.util.List.of("default");
    final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs =
        java.util.List.of(EngineOptions.cfConfig(options));
    final java.util.List<ColumnFamilyOptions> cfOptions =
        java.util.Collections.singletonList(null);
    final RocksDB db = openImpl(path, dbc, EngineOptions.infoLog(options), options.db.createIfMissing,
        options.db.errorIfExists, options.db.createMissingColumnFamilies, names, cfgs, cfOptions, null);
    db.options_ = options;
    return db;
  }

  public static RocksDB open(final DBOptions options, final String path,
      final java.util.List<ColumnFamilyDescriptor> columnFamilyDescriptors,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles) throws RocksDBException {
    boolean hasDefault = false;
    for (final ColumnFamilyDescriptor d : columnFamilyDescriptors) {
      if (java.util.Arrays.equals(d.getName(), DEFAULT_COLUMN_FAMILY)) {
        hasDefault = true;
      }
    }
    if (!hasDefault) {
      throw new IllegalArgumentException(
          "You must provide the default column family in your columnFamilyDescriptors");
    }
    final dev.purerocks.internal.db.DbConfig dbc = EngineOptions.dbConfig(options);
    final dev.purerocks.internal.util.InfoLog log = EngineOptions.infoLog(options);
    final java.util.List<String> names = new java.util.ArrayList<>();
    final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs =
        new java.util.ArrayList<>();
    final java.util.List<ColumnFamilyOptions> cfOptions = new java.util.ArrayList<>();
    for (final ColumnFamilyDescriptor d : columnFamilyDescriptors) {
      names.add(str(d.getName()));
      cfgs.add(EngineOptions.cfConfig(d.getOptions(), log));
      cfOptions.add(d.getOptions());
    }
    final RocksDB db = openImpl(path, dbc, log, options.createIfMissing, options.errorIfExists,
        options.createMissingColumnFamilies, names, cfgs, cfOptions, columnFamilyHandles);
    db.options_ = options;
    return db;
  }

  private static RocksDB openImpl(final String path,
      final dev.purerocks.internal.db.DbConfig dbc,
      final dev.purerocks.internal.util.InfoLog log,
      final boolean createIfMissing, final boolean errorIfExists,
      final boolean createMissingColumnFamilies, final java.util.List<String> names,
      final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs,
      final java.util.List<ColumnFamilyOptions> cfOptions,
      final java.util.List<ColumnFamilyHandle> handlesOut) throws RocksDBException {
    java.util.Objects.requireNonNull(path, "path");
    // RocksDB validates the options before touching the directory.
    try {
      for (final dev.purerocks.internal.db.ColumnFamilyConfig c : cfgs) {
        dev.purerocks.internal.db.OptionsSanitizer.validate(dbc, c);
      }
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw Statuses.toException(e);
    }
    final DbDirectory dir = DbDirectory.lock(path);
    boolean ok = false;
    try {
      final boolean exists = dir.exists();
      if (!exists && !createIfMissing) {
        throw invalidArgument(path + "/" + DbDirectory.CURRENT
            + ": does not exist (create_if_missing is false)");
      }
      if (exists && errorIfExists) {
        throw invalidArgument(path + ": exists (error_if_exists is true)");
      }
      final java.util.List<String> existing =
          exists ? dir.families() : java.util.List.of("default");
      final java.util.Map<String, String> recorded =
          exists ? DbDirectory.readComparators(java.nio.file.Paths.get(path), path)
              : java.util.Map.of();
      checkComparators(existing, recorded, names, cfgs);
      final java.util.List<String> notOpened = new java.util.ArrayList<>();
      for (final String e : existing) {
        if (!names.contains(e)) {
          notOpened.add(e);
        }
      }
      if (!notOpened.isEmpty()) {
        throw invalidArgument("Column families not opened: " + String.join(", ", notOpened));
      }
      for (final String n : names) {
        if (!existing.contains(n) && !createMissingColumnFamilies) {
          throw invalidArgument("Column family not found: " + n);
        }
      }
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).isEmpty() && !existing.contains("")) {
          // RocksDB opens, then creates the missing families one by one (CreateColumnFamilyImpl
          // refuses an empty name, DB-CF-3): the database and the families before it persist.
          final java.util.List<String> persisted = new java.util.ArrayList<>(existing);
          for (final String before : names.subList(0, i)) {
            if (!persisted.contains(before)) {
              persisted.add(before);
            }
          }
          final java.util.List<String> comparators = new java.util.ArrayList<>();
          for (final String n : persisted) {
            comparators.add(names.contains(n) ? cfgs.get(names.indexOf(n)).comparator().name()
                : recorded.get(n));
          }
          dir.writeFamilies(persisted, comparators);
          throw invalidArgument("Column family name cannot be the empty string");
        }
      }
      // Families keep the order they were created in (their ids), new ones follow.
      final java.util.LinkedHashMap<String, dev.purerocks.internal.db.ColumnFamilyConfig> map =
          new java.util.LinkedHashMap<>();
      for (final String e : existing) {
        map.put(e, cfgs.get(names.indexOf(e)));
      }
      for (int i = 0; i < names.size(); i++) {
        map.putIfAbsent(names.get(i), cfgs.get(i));
      }
      final dev.purerocks.internal.db.DbEngine engine;
      try {
        engine = dev.purerocks.internal.db.DbEngine.open(dbc, map);
      } catch (dev.purerocks.internal.db.DbStatusException e) {
        throw Statuses.toException(e);
      }
      final RocksDB db = new RocksDB(0L);
      db.engine = engine;
      db.directory = dir;
      db.path = path;
      db.infoLog = log;
      db.defaultHandle = new ColumnFamilyHandle(db, 0, DEFAULT_COLUMN_FAMILY,
          cfOptions.get(names.indexOf("default")), false);
      final java.util.List<String> order = new java.util.ArrayList<>(map.keySet());
      if (handlesOut != null) {
        for (int i = 0; i < names.size(); i++) {
          final ColumnFamilyHandle h = new ColumnFamilyHandle(db, order.indexOf(names.get(i)),
              bytes(names.get(i)), cfOptions.get(i), true);
          db.ownedHandles.add(h);
          handlesOut.add(h);
        }
      }
      final java.util.List<String> comparators = new java.util.ArrayList<>();
      for (final String n : order) {
        comparators.add(map.get(n).comparator().name());
      }
      dir.writeFamilies(order, comparators);
      if (dir.created()) {
        // RocksDB lists the directory before creating it and logs the failure as an error.
        log.log(dev.purerocks.internal.util.InfoLog.Level.ERROR,
            "Error when reading " + path + " dir NotFound: \n");
      }
      logOpen(log, path, engine, createIfMissing, errorIfExists, createMissingColumnFamilies);
      ok = true;
      return db;
    } finally {
      if (!ok) {
        dir.unlock();
      }
    }
  }

  /**
   * The info-log lines RocksDB writes at open, in its format (a subset: the version, the DB
   * summary and the memtable options), at INFO level so that a logger at WARN or above gets none,
   * as with RocksDB.
   */
  private static void logOpen(final dev.purerocks.internal.util.InfoLog log, final String path,
      final dev.purerocks.internal.db.DbEngine engine, final boolean createIfMissing,
      final boolean errorIfExists, final boolean createMissingColumnFamilies) {
    final dev.purerocks.internal.util.InfoLog.Level info =
        dev.purerocks.internal.util.InfoLog.Level.INFO;
    log.log(info, "RocksDB version: 11.8.1 (PureRocks, in-memory)");
    log.log(info, "DB SUMMARY");
    log.log(info, "DB path: " + path);
    log.log(info, "                         Options.error_if_exists: " + (errorIfExists ? 1 : 0));
    log.log(info, "                       Options.create_if_missing: " + (createIfMissing ? 1 : 0));
    log.log(info, "         Options.create_missing_column_families: "
        + (createMissingColumnFamilies ? 1 : 0));
    for (final int id : engine.columnFamilyIds()) {
      final dev.purerocks.internal.db.ColumnFamilyConfig c = engine.columnFamilyConfig(id);
      log.log(info, "--------------- Options for column family [" + engine.columnFamilyName(id)
          + "]:");
      log.log(info, "               Options.comparator: " + c.comparator().name());
      log.log(info, "           Options.merge_operator: "
          + (c.mergeOperator() == null ? "None" : c.mergeOperator().name()));
      log.log(info, "        Options.memtable_factory: " + c.repFactory().name());
      log.log(info, "       Options.write_buffer_size: " + c.writeBufferSize());
      log.log(info, " Options.max_write_buffer_number: " + c.maxWriteBufferNumber());
      log.log(info, "        Options.arena_block_size: "
          + Long.toUnsignedString(c.arenaBlockSize()));
    }
    log.log(info, "DB pointer opened");
  }

  private void shutdown() {
    infoLog.log(dev.purerocks.internal.util.InfoLog.Level.INFO, "Shutdown complete");
    for (final ColumnFamilyHandle h : ownedHandles) {
      h.close();
    }
    ownedHandles.clear();
    final dev.purerocks.internal.db.DbEngine e = engine;
    if (e != null) {
      e.close();
    }
    if (directory != null) {
      directory.unlock();
    }
  }

  @Override
  public void close() {
    if (owningHandle_.compareAndSet(true, false)) {
      shutdown();
    }
  }

  public void closeE() throws RocksDBException {
    close();
  }

  public boolean isClosed() {
    return !owningHandle_.get();
  }

  public static void destroyDB(final String path, final Options options) throws RocksDBException {
    DbDirectory.destroy(path);
  }

  public static java.util.List<byte[]> listColumnFamilies(final Options options, final String path)
      throws RocksDBException {
    final java.util.List<byte[]> out = new java.util.ArrayList<>();
    if (!java.nio.file.Files.exists(java.nio.file.Paths.get(path, DbDirectory.CURRENT))) {
      return out; // as RocksJava: no database, no families, no error
    }
    for (final String n : DbDirectory.readFamilies(java.nio.file.Paths.get(path), path)) {
      out.add(bytes(n));
    }
    return out;
  }

  public String getName() {
    return path;
  }

  public ColumnFamilyHandle getDefaultColumnFamily() {
    engine();
    return defaultHandle;
  }

  protected ColumnFamilyHandle makeDefaultColumnFamilyHandle() {
    return getDefaultColumnFamily();
  }

  protected void storeDefaultColumnFamilyHandle(final ColumnFamilyHandle handle) {
    this.defaultHandle = handle;
  }

  protected void storeOptionsInstance(final DBOptionsInterface<?> options) {
    this.options_ = options;
  }

  /** Called by an owned handle's close(): the DB no longer closes it. */
  void forgetHandle(final ColumnFamilyHandle h) {
    ownedHandles.remove(h);
  }

  public void destroyColumnFamilyHandle(final ColumnFamilyHandle handle) {
    handle.close();
  }

  // ---- column families ----------------------------------------------------------------------

  public ColumnFamilyHandle createColumnFamily(final ColumnFamilyDescriptor descriptor)
      throws RocksDBException {
    synchronized (adminLock) {
      final ColumnFamilyHandle h = createOne(descriptor.getName(), descriptor.getOptions());
      recordFamilies();
      return h;
    }
  }

  public java.util.List<ColumnFamilyHandle> createColumnFamilies(
      final ColumnFamilyOptions options, final java.util.List<byte[]> names)
      throws RocksDBException {
    synchronized (adminLock) {
      final java.util.List<ColumnFamilyHandle> out = new java.util.ArrayList<>();
      try {
        for (final byte[] n : names) {
          out.add(createOne(n, options));
        }
      } finally {
        recordFamilies();
      }
      return out;
    }
  }

  public java.util.List<ColumnFamilyHandle> createColumnFamilies(
      final java.util.List<ColumnFamilyDescriptor> descriptors) throws RocksDBException {
    synchronized (adminLock) {
      final java.util.List<ColumnFamilyHandle> out = new java.util.ArrayList<>();
      try {
        for (final ColumnFamilyDescriptor d : descriptors) {
          out.add(createOne(d.getName(), d.getOptions()));
        }
      } finally {
        recordFamilies();
      }
      return out;
    }
  }

  private ColumnFamilyHandle createOne(final byte[] name, final ColumnFamilyOptions options)
      throws RocksDBException {
    checkWritable();
    final dev.purerocks.internal.db.DbEngine e = engine();
    final int id;
    try {
      id = e.createColumnFamily(str(name), EngineOptions.cfConfig(options, infoLog));
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
    final ColumnFamilyHandle h = new ColumnFamilyHandle(this, id, name, options, true);
    ownedHandles.add(h);
    return h;
  }

  private void recordFamilies() throws RocksDBException {
    if (readOnly) {
      // A read-only instance changes no family and has no directory to record them in; the
      // calls that end here (in finally blocks) have already refused.
      return;
    }
    final dev.purerocks.internal.db.DbEngine e = engine();
    final java.util.List<String> live = new java.util.ArrayList<>();
    final java.util.List<String> comparators = new java.util.ArrayList<>();
    for (final int id : e.columnFamilyIds()) {
      live.add(e.columnFamilyName(id));
      comparators.add(e.columnFamilyConfig(id).comparator().name());
    }
    directory.writeFamilies(live, comparators);
  }

  /**
   * RocksDB's recovery check, family by family in recorded order: an opened family's comparator
   * must have the name it was created with (API-DIR-2).
   */
  private static void checkComparators(final java.util.List<String> existing,
      final java.util.Map<String, String> recorded, final java.util.List<String> names,
      final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs)
      throws RocksDBException {
    for (final String family : existing) {
      final String was = recorded.get(family);
      final int i = names.indexOf(family);
      if (was != null && i >= 0) {
        final String now = cfgs.get(i).comparator().name();
        if (!now.equals(was)) {
          throw invalidArgument(now + ": does not match existing comparator " + was);
        }
      }
    }
  }

  public void dropColumnFamily(final ColumnFamilyHandle handle) throws RocksDBException {
    synchronized (adminLock) {
      checkDroppable(handle);
      final int id = cfId(handle);
      try {
        engine().dropColumnFamily(id);
      } catch (dev.purerocks.internal.db.DbStatusException x) {
        throw Statuses.toException(x);
      }
      recordFamilies();
    }
  }

  public void dropColumnFamilies(final java.util.List<ColumnFamilyHandle> handles)
      throws RocksDBException {
    synchronized (adminLock) {
      engine();
      try {
        for (final ColumnFamilyHandle h : handles) {
          checkDroppable(h);
          engine().dropColumnFamily(cfId(h));
        }
      } catch (dev.purerocks.internal.db.DbStatusException x) {
        throw Statuses.toException(x);
      } finally {
        recordFamilies();
      }
    }
  }

  // ---- writes -------------------------------------------------------------------------------

  private void apply(final WriteOptions writeOptions,
      final dev.purerocks.internal.db.WriteBatchRep rep) throws RocksDBException {
    java.util.Objects.requireNonNull(writeOptions, "writeOptions");
    checkWritable();
    if (writeOptions.sync() && writeOptions.disableWAL()) {
      // RocksDB's WriteImpl refuses this first, before any sticky error (API-WRITE-2).
      throw invalidArgument("Sync writes has to enable WAL.");
    }
    try {
      engine().write(writeOptions.noSlowdown(), writeOptions.ignoreMissingColumnFamilies(), rep);
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  /**
   * Applies a batch from {@code WriteBatchRep.forSingleRecord} and gives it back. (Should filling
   * it fail, the batch is never given back and the thread's later writes allocate their own.)
   */
  private void applySingle(final WriteOptions wo, final dev.purerocks.internal.db.WriteBatchRep b)
      throws RocksDBException {
    try {
      apply(wo, b);
    } finally {
      b.release();
    }
  }

  private void putImpl(final int cf, final WriteOptions wo, final byte[] key, final int ko,
      final int kl, final byte[] value, final int vo, final int vl) throws RocksDBException {
    final dev.purerocks.internal.db.WriteBatchRep b =
        dev.purerocks.internal.db.WriteBatchRep.forSingleRecord(kl + vl);
    b.put(cf, key, ko, kl, value, vo, vl);
    applySingle(wo, b);
  }

  private void mergeImpl(final int cf, final WriteOptions wo, final byte[] key, final int ko,
      final int kl, final byte[] value, final int vo, final int vl) throws RocksDBException {
    checkWritable();
    try {
      engine().checkMergeOperator(cf);
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
    final dev.purerocks.internal.db.WriteBatchRep b =
        dev.purerocks.internal.db.WriteBatchRep.forSingleRecord(kl + vl);
    b.merge(cf, key, ko, kl, value, vo, vl);
    applySingle(wo, b);
  }

  private void deleteImpl(final int cf, final WriteOptions wo, final byte[] key, final int ko,
      final int kl) throws RocksDBException {
    final dev.purerocks.internal.db.WriteBatchRep b =
        dev.purerocks.internal.db.WriteBatchRep.forSingleRecord(kl);
    b.delete(cf, key, ko, kl);
    applySingle(wo, b);
  }

  private void singleDeleteImpl(final int cf, final WriteOptions wo, final byte[] key)
      throws RocksDBException {
    final dev.purerocks.internal.db.WriteBatchRep b =
        dev.purerocks.internal.db.WriteBatchRep.forSingleRecord(key.length);
    b.singleDelete(cf, key, 0, key.length);
    applySingle(wo, b);
  }

  private void deleteRangeImpl(final int cf, final WriteOptions wo, final byte[] begin,
      final byte[] end) throws RocksDBException {
    final dev.purerocks.internal.db.WriteBatchRep b =
        dev.purerocks.internal.db.WriteBatchRep.forSingleRecord(begin.length + end.length);
    b.deleteRange(cf, begin, 0, begin.length, end, 0, end.length);
    applySingle(wo, b);
  }

  /** A buffer's remaining bytes as an array slice (copied for direct buffers). */
  static byte[] remainingBytes(final java.nio.ByteBuffer b) {
    final byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  private void bufferWrite(final int cf, final WriteOptions wo, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value, final boolean merge) throws RocksDBException {
    if (key.isDirect() != value.isDirect()) {
      throw new RocksDBException(BB_ALL_DIRECT_OR_INDIRECT);
    }
    final byte[] k = remainingBytes(key);
    final byte[] v = remainingBytes(value);
    if (merge) {
      mergeImpl(cf, wo, k, 0, k.length, v, 0, v.length);
    } else {
      putImpl(cf, wo, k, 0, k.length, v, 0, v.length);
    }
    key.position(key.limit());
    value.position(value.limit());
  }

  public void put(final byte[] key, final byte[] value) throws RocksDBException {
    putImpl(0, DEFAULT_WRITE_OPTIONS, key, 0, key.length, value, 0, value.length);
  }

  public void put(final byte[] key, final int offset, final int len, final byte[] value,
      final int vOffset, final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    putImpl(0, DEFAULT_WRITE_OPTIONS, key, offset, len, value, vOffset, vLen);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final byte[] value) throws RocksDBException {
    putImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, 0, key.length, value, 0,
        value.length);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final byte[] key, final int offset,
      final int len, final byte[] value, final int vOffset, final int vLen)
      throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    putImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, offset, len, value, vOffset,
        vLen);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final byte[] key, final byte[] value) throws RocksDBException {
    putImpl(cfId(columnFamilyHandle), writeOpts, key, 0, key.length, value, 0, value.length);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final byte[] key, final int offset, final int len, final byte[] value, final int vOffset,
      final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    putImpl(cfId(columnFamilyHandle), writeOpts, key, offset, len, value, vOffset, vLen);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final java.nio.ByteBuffer key, final java.nio.ByteBuffer value) throws RocksDBException {
    bufferWrite(cfId(columnFamilyHandle), writeOpts, key, value, false);
  }

  public void put(final WriteOptions writeOpts, final byte[] key, final byte[] value)
      throws RocksDBException {
    putImpl(0, writeOpts, key, 0, key.length, value, 0, value.length);
  }

  public void put(final WriteOptions writeOpts, final byte[] key, final int offset,
      final int len, final byte[] value, final int vOffset, final int vLen)
      throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    putImpl(0, writeOpts, key, offset, len, value, vOffset, vLen);
  }

  public void put(final WriteOptions writeOpts, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) throws RocksDBException {
    bufferWrite(0, writeOpts, key, value, false);
  }

  public void merge(final byte[] key, final byte[] value) throws RocksDBException {
    mergeImpl(0, DEFAULT_WRITE_OPTIONS, key, 0, key.length, value, 0, value.length);
  }

  public void merge(final byte[] key, final int offset, final int len, final byte[] value,
      final int vOffset, final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    mergeImpl(0, DEFAULT_WRITE_OPTIONS, key, offset, len, value, vOffset, vLen);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final byte[] value) throws RocksDBException {
    mergeImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, 0, key.length, value, 0,
        value.length);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final int offset, final int len, final byte[] value, final int vOffset, final int vLen)
      throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    mergeImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, offset, len, value, vOffset,
        vLen);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final byte[] key, final byte[] value) throws RocksDBException {
    mergeImpl(cfId(columnFamilyHandle), writeOpts, key, 0, key.length, value, 0, value.length);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final byte[] key, final int offset, final int len, final byte[] value, final int vOffset,
      final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    mergeImpl(cfId(columnFamilyHandle), writeOpts, key, offset, len, value, vOffset, vLen);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpts,
      final java.nio.ByteBuffer key, final java.nio.ByteBuffer value) throws RocksDBException {
    bufferWrite(cfId(columnFamilyHandle), writeOpts, key, value, true);
  }

  public void merge(final WriteOptions writeOpts, final byte[] key, final byte[] value)
      throws RocksDBException {
    mergeImpl(0, writeOpts, key, 0, key.length, value, 0, value.length);
  }

  public void merge(final WriteOptions writeOpts, final byte[] key, final int offset,
      final int len, final byte[] value, final int vOffset, final int vLen)
      throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    mergeImpl(0, writeOpts, key, offset, len, value, vOffset, vLen);
  }

  public void merge(final WriteOptions writeOpts, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) throws RocksDBException {
    bufferWrite(0, writeOpts, key, value, true);
  }

  public void delete(final byte[] key) throws RocksDBException {
    deleteImpl(0, DEFAULT_WRITE_OPTIONS, key, 0, key.length);
  }

  public void delete(final byte[] key, final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    deleteImpl(0, DEFAULT_WRITE_OPTIONS, key, offset, len);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final byte[] key)
      throws RocksDBException {
    deleteImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, 0, key.length);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    deleteImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key, offset, len);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpt,
      final byte[] key) throws RocksDBException {
    deleteImpl(cfId(columnFamilyHandle), writeOpt, key, 0, key.length);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpt,
      final byte[] key, final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    deleteImpl(cfId(columnFamilyHandle), writeOpt, key, offset, len);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final WriteOptions writeOpt,
      final java.nio.ByteBuffer key) throws RocksDBException {
    final byte[] k = remainingBytes(key);
    deleteImpl(cfId(columnFamilyHandle), writeOpt, k, 0, k.length);
    key.position(key.limit());
  }

  public void delete(final WriteOptions writeOpt, final byte[] key) throws RocksDBException {
    deleteImpl(0, writeOpt, key, 0, key.length);
  }

  public void delete(final WriteOptions writeOpt, final byte[] key, final int offset,
      final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    deleteImpl(0, writeOpt, key, offset, len);
  }

  public void delete(final WriteOptions writeOpt, final java.nio.ByteBuffer key)
      throws RocksDBException {
    final byte[] k = remainingBytes(key);
    deleteImpl(0, writeOpt, k, 0, k.length);
    key.position(key.limit());
  }

  public void singleDelete(final byte[] key) throws RocksDBException {
    singleDeleteImpl(0, DEFAULT_WRITE_OPTIONS, key);
  }

  public void singleDelete(final ColumnFamilyHandle columnFamilyHandle, final byte[] key)
      throws RocksDBException {
    singleDeleteImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, key);
  }

  public void singleDelete(final ColumnFamilyHandle columnFamilyHandle,
      final WriteOptions writeOpt, final byte[] key) throws RocksDBException {
    singleDeleteImpl(cfId(columnFamilyHandle), writeOpt, key);
  }

  public void singleDelete(final WriteOptions writeOpt, final byte[] key)
      throws RocksDBException {
    singleDeleteImpl(0, writeOpt, key);
  }

  public void deleteRange(final byte[] beginKey, final byte[] endKey) throws RocksDBException {
    deleteRangeImpl(0, DEFAULT_WRITE_OPTIONS, beginKey, endKey);
  }

  public void deleteRange(final ColumnFamilyHandle columnFamilyHandle, final byte[] beginKey,
      final byte[] endKey) throws RocksDBException {
    deleteRangeImpl(cfId(columnFamilyHandle), DEFAULT_WRITE_OPTIONS, beginKey, endKey);
  }

  public void deleteRange(final ColumnFamilyHandle columnFamilyHandle,
      final WriteOptions writeOpt, final byte[] beginKey, final byte[] endKey)
      throws RocksDBException {
    deleteRangeImpl(cfId(columnFamilyHandle), writeOpt, beginKey, endKey);
  }

  public void deleteRange(final WriteOptions writeOpt, final byte[] beginKey,
      final byte[] endKey) throws RocksDBException {
    deleteRangeImpl(0, writeOpt, beginKey, endKey);
  }

  public void write(final WriteOptions writeOpts, final WriteBatch updates)
      throws RocksDBException {
    apply(writeOpts, updates.rep());
  }

  // ---- reads --------------------------------------------------------------------------------

  private static boolean ignoreRangeDeletions(final ReadOptions readOptions) {
    return readOptions != null && readOptions.ignoreRangeDeletions;
  }

  private static long readSequence(final ReadOptions readOptions) {
    if (readOptions == null || readOptions.snapshot == null) {
      return -1;
    }
    return readOptions.snapshot.getSequenceNumber();
  }

  private static byte[] slice(final byte[] key, final int offset, final int len) {
    return offset == 0 && len == key.length
        ? key
        : java.util.Arrays.copyOfRange(key, offset, offset + len);
  }

  private byte[] getImpl(final int cf, final ReadOptions ro, final byte[] key, final int offset,
      final int len) throws RocksDBException {
    try {
      return engine().get(cf, slice(key, offset, len), readSequence(ro), ignoreRangeDeletions(ro));
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  /** Copies what fits into {@code out[off, off+len)}; returns the full size or NOT_FOUND. */
  private static int copyOut(final byte[] value, final byte[] out, final int off, final int len) {
    if (value == null) {
      return NOT_FOUND;
    }
    System.arraycopy(value, 0, out, off, Math.min(len, value.length));
    return value.length;
  }

  public byte[] get(final byte[] key) throws RocksDBException {
    return getImpl(0, null, key, 0, key.length);
  }

  public byte[] get(final byte[] key, final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    return getImpl(0, null, key, offset, len);
  }

  public int get(final byte[] key, final byte[] value) throws RocksDBException {
    return copyOut(getImpl(0, null, key, 0, key.length), value, 0, value.length);
  }

  public int get(final byte[] key, final int offset, final int len, final byte[] value,
      final int vOffset, final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    return copyOut(getImpl(0, null, key, offset, len), value, vOffset, vLen);
  }

  public byte[] get(final ColumnFamilyHandle columnFamilyHandle, final byte[] key)
      throws RocksDBException {
    return getImpl(cfId(columnFamilyHandle), null, key, 0, key.length);
  }

  public byte[] get(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    return getImpl(cfId(columnFamilyHandle), null, key, offset, len);
  }

  public int get(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final byte[] value) throws RocksDBException, IllegalArgumentException {
    return copyOut(getImpl(cfId(columnFamilyHandle), null, key, 0, key.length), value, 0,
        value.length);
  }

  public int get(final ColumnFamilyHandle columnFamilyHandle, final byte[] key, final int offset,
      final int len, final byte[] value, final int vOffset, final int vLen)
      throws RocksDBException, IllegalArgumentException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    return copyOut(getImpl(cfId(columnFamilyHandle), null, key, offset, len), value, vOffset,
        vLen);
  }

  public byte[] get(final ColumnFamilyHandle columnFamilyHandle, final ReadOptions opt,
      final byte[] key) throws RocksDBException {
    return getImpl(cfId(columnFamilyHandle), opt, key, 0, key.length);
  }

  public byte[] get(final ColumnFamilyHandle columnFamilyHandle, final ReadOptions opt,
      final byte[] key, final int offset, final int len) throws RocksDBException {
    checkBounds(offset, len, key.length);
    return getImpl(cfId(columnFamilyHandle), opt, key, offset, len);
  }

  public int get(final ColumnFamilyHandle columnFamilyHandle, final ReadOptions opt,
      final byte[] key, final byte[] value) throws RocksDBException {
    return copyOut(getImpl(cfId(columnFamilyHandle), opt, key, 0, key.length), value, 0,
        value.length);
  }

  public int get(final ColumnFamilyHandle columnFamilyHandle, final ReadOptions opt,
      final byte[] key, final int offset, final int len, final byte[] value, final int vOffset,
      final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    return copyOut(getImpl(cfId(columnFamilyHandle), opt, key, offset, len), value, vOffset,
        vLen);
  }

  public int get(final ColumnFamilyHandle columnFamilyHandle, final ReadOptions opt,
      final java.nio.ByteBuffer key, final java.nio.ByteBuffer value) throws RocksDBException {
    return bufferGet(cfId(columnFamilyHandle), opt, key, value);
  }

  public byte[] get(final ReadOptions opt, final byte[] key) throws RocksDBException {
    return getImpl(0, opt, key, 0, key.length);
  }

  public byte[] get(final ReadOptions opt, final byte[] key, final int offset, final int len)
      throws RocksDBException {
    checkBounds(offset, len, key.length);
    return getImpl(0, opt, key, offset, len);
  }

  public int get(final ReadOptions opt, final byte[] key, final byte[] value)
      throws RocksDBException {
    return copyOut(getImpl(0, opt, key, 0, key.length), value, 0, value.length);
  }

  public int get(final ReadOptions opt, final byte[] key, final int offset, final int len,
      final byte[] value, final int vOffset, final int vLen) throws RocksDBException {
    checkBounds(offset, len, key.length);
    checkBounds(vOffset, vLen, value.length);
    return copyOut(getImpl(0, opt, key, offset, len), value, vOffset, vLen);
  }

  public int get(final ReadOptions opt, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) throws RocksDBException {
    return bufferGet(0, opt, key, value);
  }

  private int bufferGet(final int cf, final ReadOptions opt, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) throws RocksDBException {
    if (key.isDirect() != value.isDirect()) {
      throw new RocksDBException(BB_ALL_DIRECT_OR_INDIRECT);
    }
    final byte[] k = remainingBytes(key);
    final byte[] v = getImpl(cf, opt, k, 0, k.length);
    final int result = fillBuffer(v, value);
    key.position(key.limit());
    return result;
  }

  /**
   * Copies what fits of {@code v} into {@code out} from its position, keeping the position and
   * setting the limit after the copied bytes; returns the full size or NOT_FOUND.
   */
  static int fillBuffer(final byte[] v, final java.nio.ByteBuffer out) {
    if (v == null) {
      return NOT_FOUND;
    }
    final int n = Math.min(v.length, out.remaining());
    out.duplicate().put(v, 0, n);
    out.limit(out.position() + n);
    return v.length;
  }

  public java.util.List<byte[]> multiGetAsList(final java.util.List<byte[]> keys)
      throws RocksDBException {
    return multiGetImpl(null, null, keys);
  }

  public java.util.List<byte[]> multiGetAsList(final ReadOptions opt,
      final java.util.List<byte[]> keys) throws RocksDBException {
    return multiGetImpl(opt, null, keys);
  }

  public java.util.List<byte[]> multiGetAsList(
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList,
      final java.util.List<byte[]> keys) throws RocksDBException, IllegalArgumentException {
    return multiGetImpl(null, columnFamilyHandleList, keys);
  }

  public java.util.List<byte[]> multiGetAsList(final ReadOptions opt,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList,
      final java.util.List<byte[]> keys) throws RocksDBException {
    return multiGetImpl(opt, columnFamilyHandleList, keys);
  }

  private java.util.List<byte[]> multiGetImpl(final ReadOptions opt,
      final java.util.List<ColumnFamilyHandle> handles, final java.util.List<byte[]> keys)
      throws RocksDBException {
    if (handles != null && keys.size() != handles.size()) {
      throw new IllegalArgumentException("For each key there must be a ColumnFamilyHandle.");
    }
    final int[] cfs = new int[keys.size()];
    for (int i = 0; i < cfs.length; i++) {
      cfs[i] = handles == null ? 0 : cfId(handles.get(i));
      java.util.Objects.requireNonNull(keys.get(i), "key");
    }
    try {
      return new java.util.ArrayList<>(engine().multiGet(cfs, keys, readSequence(opt), ignoreRangeDeletions(opt)));
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  private byte[] lookup(final ColumnFamilyHandle h, final ReadOptions ro, final byte[] key,
      final int offset, final int len) {
    try {
      return engine().keyMayExist(
          cfIdOrDefault(h), slice(key, offset, len), readSequence(ro), ignoreRangeDeletions(ro));
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      // Read failures (e.g. a merge without an operator) mean "may exist", never a false "no".
      return new byte[0];
    }
  }

  private boolean keyMayExistImpl(final ColumnFamilyHandle h, final ReadOptions ro,
      final byte[] key, final int offset, final int len, final Holder<byte[]> holder) {
    checkBounds(offset, len, key.length);
    final byte[] v = lookup(h, ro, key, offset, len);
    if (holder != null) {
      holder.setValue(v);
    }
    return v != null;
  }

  public boolean keyMayExist(final byte[] key, final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(null, null, key, 0, key.length, valueHolder);
  }

  public boolean keyMayExist(final byte[] key, final int offset, final int len,
      final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(null, null, key, offset, len, valueHolder);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(columnFamilyHandle, null, key, 0, key.length, valueHolder);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final int offset, final int len, final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(columnFamilyHandle, null, key, offset, len, valueHolder);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final byte[] key, final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(columnFamilyHandle, readOptions, key, 0, key.length, valueHolder);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final byte[] key, final int offset, final int len,
      final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(columnFamilyHandle, readOptions, key, offset, len, valueHolder);
  }

  public boolean keyMayExist(final ReadOptions readOptions, final byte[] key,
      final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(null, readOptions, key, 0, key.length, valueHolder);
  }

  public boolean keyMayExist(final ReadOptions readOptions, final byte[] key, final int offset,
      final int len, final Holder<byte[]> valueHolder) {
    return keyMayExistImpl(null, readOptions, key, offset, len, valueHolder);
  }

  public boolean keyMayExist(final java.nio.ByteBuffer key) {
    return keyMayExist((ColumnFamilyHandle) null, (ReadOptions) null, key);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final java.nio.ByteBuffer key) {
    return keyMayExist(columnFamilyHandle, (ReadOptions) null, key);
  }

  public boolean keyMayExist(final ReadOptions readOptions, final java.nio.ByteBuffer key) {
    return keyMayExist((ColumnFamilyHandle) null, readOptions, key);
  }

  public boolean keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final java.nio.ByteBuffer key) {
    final byte[] k = remainingBytes(key);
    final boolean r = lookup(columnFamilyHandle, readOptions, k, 0, k.length) != null;
    key.position(key.limit());
    return r;
  }

  public KeyMayExist keyMayExist(final java.nio.ByteBuffer key, final java.nio.ByteBuffer value) {
    return keyMayExist((ColumnFamilyHandle) null, (ReadOptions) null, key, value);
  }

  public KeyMayExist keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final java.nio.ByteBuffer key, final java.nio.ByteBuffer value) {
    return keyMayExist(columnFamilyHandle, (ReadOptions) null, key, value);
  }

  public KeyMayExist keyMayExist(final ReadOptions readOptions, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) {
    return keyMayExist((ColumnFamilyHandle) null, readOptions, key, value);
  }

  public KeyMayExist keyMayExist(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) {
    java.util.Objects.requireNonNull(value, "value");
    final byte[] k = remainingBytes(key);
    final byte[] v = lookup(columnFamilyHandle, readOptions, k, 0, k.length);
    key.position(key.limit());
    if (v == null) {
      value.limit(value.position());
      return new KeyMayExist(KeyMayExist.KeyMayExistEnum.kNotExist, 0);
    }
    fillBuffer(v, value);
    return new KeyMayExist(KeyMayExist.KeyMayExistEnum.kExistsWithValue, v.length);
  }

  private boolean keyExistsImpl(final ColumnFamilyHandle h, final ReadOptions ro,
      final byte[] key, final int offset, final int len) {
    checkBounds(offset, len, key.length);
    try {
      return engine().get(cfIdOrDefault(h), slice(key, offset, len), readSequence(ro),
          ignoreRangeDeletions(ro)) != null;
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      return false;
    }
  }

  public boolean keyExists(final byte[] key) {
    return keyExistsImpl(null, null, key, 0, key.length);
  }

  public boolean keyExists(final byte[] key, final int offset, final int len) {
    return keyExistsImpl(null, null, key, offset, len);
  }

  public boolean keyExists(final java.nio.ByteBuffer key) {
    return keyExists((ColumnFamilyHandle) null, (ReadOptions) null, key);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle, final byte[] key) {
    return keyExistsImpl(columnFamilyHandle, null, key, 0, key.length);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final int offset, final int len) {
    return keyExistsImpl(columnFamilyHandle, null, key, offset, len);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle,
      final java.nio.ByteBuffer key) {
    return keyExists(columnFamilyHandle, (ReadOptions) null, key);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final byte[] key) {
    return keyExistsImpl(columnFamilyHandle, readOptions, key, 0, key.length);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final byte[] key, final int offset, final int len) {
    return keyExistsImpl(columnFamilyHandle, readOptions, key, offset, len);
  }

  public boolean keyExists(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions, final java.nio.ByteBuffer key) {
    final byte[] k = remainingBytes(key);
    // RocksJava reads the key at (position, remaining) without consuming it (API-BUF-1).
    return keyExistsImpl(columnFamilyHandle, readOptions, k, 0, k.length);
  }

  public boolean keyExists(final ReadOptions readOptions, final byte[] key) {
    return keyExistsImpl(null, readOptions, key, 0, key.length);
  }

  public boolean keyExists(final ReadOptions readOptions, final byte[] key, final int offset,
      final int len) {
    return keyExistsImpl(null, readOptions, key, offset, len);
  }

  public boolean keyExists(final ReadOptions readOptions, final java.nio.ByteBuffer key) {
    return keyExists((ColumnFamilyHandle) null, readOptions, key);
  }

  // ---- snapshots ----------------------------------------------------------------------------

  public Snapshot getSnapshot() {
    final dev.purerocks.internal.db.DbEngine.Snapshot s = engine().getSnapshot();
    return s == null ? null : new Snapshot(s);
  }

  public void releaseSnapshot(final Snapshot snapshot) {
    final dev.purerocks.internal.db.DbEngine.Snapshot s = snapshot.release();
    if (s != null) {
      engine().releaseSnapshot(s);
    }
  }

  public long getLatestSequenceNumber() {
    return engine().latestSequenceNumber();
  }

  // ---- iterators ----------------------------------------------------------------------------

  /** A pinned iterator view of a family at the read options' snapshot (or the latest). */
  dev.purerocks.internal.db.IteratorView iteratorView(final int cf, final long sequence) {
    final dev.purerocks.internal.db.MemTableView v = engine().view(cf, sequence);
    return new dev.purerocks.internal.db.IteratorView(v.comparator(), v.mergeOperator(),
        v.prefixExtractor(), v.memTables(), v.readSequence(), v.liveCount());
  }

  private RocksIterator iteratorImpl(final int cf, final ReadOptions ro) {
    final ReadOptions r = ro == null ? new ReadOptions() : ro;
    final dev.purerocks.internal.db.ReadSettings settings =
        new dev.purerocks.internal.db.ReadSettings(
            r.iterateLowerBound == null ? null : r.iterateLowerBound.bytes(),
            r.iterateUpperBound == null ? null : r.iterateUpperBound.bytes(),
            r.prefixSameAsStart(), r.totalOrderSeek(), r.autoPrefixMode(),
            r.ignoreRangeDeletions());
    return new RocksIterator(this, cf,
        new dev.purerocks.internal.db.DbIterator(iteratorView(cf, readSequence(r)), settings));
  }

  public RocksIterator newIterator() {
    return iteratorImpl(0, null);
  }

  public RocksIterator newIterator(final ReadOptions readOptions) {
    return iteratorImpl(0, readOptions);
  }

  public RocksIterator newIterator(final ColumnFamilyHandle columnFamilyHandle) {
    return iteratorImpl(cfId(columnFamilyHandle), null);
  }

  public RocksIterator newIterator(final ColumnFamilyHandle columnFamilyHandle,
      final ReadOptions readOptions) {
    return iteratorImpl(cfId(columnFamilyHandle), readOptions);
  }

  public java.util.List<RocksIterator> newIterators(
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList) throws RocksDBException {
    return newIterators(columnFamilyHandleList, new ReadOptions());
  }

  public java.util.List<RocksIterator> newIterators(
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList,
      final ReadOptions readOptions) throws RocksDBException {
    // One read sequence for all, as RocksDB's NewIterators takes one consistent view.
    final ReadOptions r = new ReadOptions(readOptions);
    if (r.snapshot == null) {
      r.snapshot = new Snapshot(engine().latestSequenceNumber());
    }
    final java.util.List<RocksIterator> out = new java.util.ArrayList<>();
    for (final ColumnFamilyHandle h : columnFamilyHandleList) {
      out.add(iteratorImpl(cfId(h), r));
    }
    return out;
  }

  // ---- flush, background work, properties, options -----------------------------------------

  public void flush(final FlushOptions flushOptions) throws RocksDBException {
    flushImpl(flushOptions, 0);
  }

  public void flush(final FlushOptions flushOptions, final ColumnFamilyHandle columnFamilyHandle)
      throws RocksDBException {
    flushImpl(flushOptions, cfId(columnFamilyHandle));
  }

  public void flush(final FlushOptions flushOptions,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles) throws RocksDBException {
    for (final ColumnFamilyHandle h : columnFamilyHandles) {
      flushImpl(flushOptions, cfId(h));
    }
  }

  private void flushImpl(final FlushOptions fo, final int cf) throws RocksDBException {
    checkWritable();
    try {
      engine().flush(cf, fo.waitForFlush(), fo.allowWriteStall());
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  public void pauseBackgroundWork() throws RocksDBException {
    engine().pauseBackgroundWork();
  }

  public void continueBackgroundWork() throws RocksDBException {
    try {
      engine().continueBackgroundWork();
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  public String getProperty(final String property) throws RocksDBException {
    return propertyImpl(0, property);
  }

  public String getProperty(final ColumnFamilyHandle columnFamilyHandle, final String property)
      throws RocksDBException {
    return propertyImpl(cfId(columnFamilyHandle), property);
  }

  private String propertyImpl(final int cf, final String property) throws RocksDBException {
    java.util.Objects.requireNonNull(property, "property");
    try {
      return engine().getProperty(cf, property);
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  private long longPropertyImpl(final int cf, final String property) throws RocksDBException {
    final String v = propertyImpl(cf, property);
    try {
      return Long.parseUnsignedLong(v.trim());
    } catch (NumberFormatException e) {
      throw new RocksDBException(new Status(Status.Code.NotFound, Status.SubCode.None, null));
    }
  }

  public long getLongProperty(final String property) throws RocksDBException {
    return longPropertyImpl(0, property);
  }

  public long getLongProperty(final ColumnFamilyHandle columnFamilyHandle, final String property)
      throws RocksDBException {
    return longPropertyImpl(cfId(columnFamilyHandle), property);
  }

  /**
   * Sums an integer property over the column families, as RocksDB sums over its column family
   * set: the live families plus each dropped family that an open handle still references (spec
   * PROP-API-3).
   */
  public long getAggregatedLongProperty(final String property) throws RocksDBException {
    final java.util.SortedSet<Integer> ids = new java.util.TreeSet<>(engine().columnFamilyIds());
    for (final ColumnFamilyHandle h : ownedHandles.toArray(new ColumnFamilyHandle[0])) {
      ids.add(h.getID());
    }
    long sum = 0;
    for (final int id : ids) {
      sum += longPropertyImpl(id, property);
    }
    return sum;
  }

  public RocksDB.CountAndSize getApproximateMemTableStats(final Range range) {
    return memTableStats(0, range);
  }

  public RocksDB.CountAndSize getApproximateMemTableStats(
      final ColumnFamilyHandle columnFamilyHandle, final Range range) {
    return memTableStats(cfId(columnFamilyHandle), range);
  }

  private RocksDB.CountAndSize memTableStats(final int cf, final Range range) {
    final dev.purerocks.internal.memtable.MemTable.ApproximateStats s =
        engine().approximateMemTableStats(cf, range.start.bytes(), range.limit.bytes());
    return new CountAndSize(s.count(), s.size());
  }

  public void setOptions(final MutableColumnFamilyOptions mutableColumnFamilyOptions)
      throws RocksDBException {
    setOptionsImpl(0, mutableColumnFamilyOptions);
  }

  public void setOptions(final ColumnFamilyHandle columnFamilyHandle,
      final MutableColumnFamilyOptions mutableColumnFamilyOptions) throws RocksDBException {
    setOptionsImpl(cfId(columnFamilyHandle), mutableColumnFamilyOptions);
  }

  private void setOptionsImpl(final int cf, final MutableColumnFamilyOptions m)
      throws RocksDBException {
    final dev.purerocks.internal.db.DbEngine e = engine();
    final dev.purerocks.internal.db.ColumnFamilyConfig c = e.columnFamilyConfig(cf).copy();
    final String[] keys = m.getKeys();
    final String[] values = m.getValues();
    try {
      for (int i = 0; i < keys.length; i++) {
        final String v = values[i];
        switch (keys[i]) {
          case "write_buffer_size":
            c.writeBufferSize(Long.parseLong(v));
            break;
          case "arena_block_size":
            c.arenaBlockSize(Long.parseLong(v));
            break;
          case "max_write_buffer_number":
            c.maxWriteBufferNumber(Integer.parseInt(v));
            break;
          case "max_successive_merges":
            c.maxSuccessiveMerges(Long.parseLong(v));
            break;
          case "memtable_prefix_bloom_size_ratio":
            c.prefixBloomSizeRatio(Double.parseDouble(v));
            break;
          case "memtable_whole_key_filtering":
            c.wholeKeyFiltering(Boolean.parseBoolean(v));
            break;
          case "inplace_update_num_locks":
            c.inplaceUpdateNumLocks(Long.parseLong(v));
            break;
          case "memtable_max_range_deletions":
            c.maxRangeDeletions(Integer.parseInt(v));
            break;
          default:
            // Options of components PureRocks does not have yet (compaction, blobs, ...):
            // accepted and without effect, like the values the option objects store.
            break;
        }
      }
      e.setOptions(cf, c);
    } catch (NumberFormatException x) {
      throw invalidArgument("Invalid value for a mutable option: " + x.getMessage());
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
  }

  // ---- read-only open -----------------------------------------------------------------------

  private static final String READ_ONLY_MESSAGE = "Not supported operation in read only mode.";
  /** Opened with openReadOnly: every write and every column family change is refused. */
  private boolean readOnly;

  /**
   * A read-only instance refuses to drop a family (NotSupported), where RocksDB's drops it and
   * records the drop in the database (DIFF-API-READONLY-2); dropping the default family fails
   * first with RocksDB's own refusal either way.
   */
  private void checkDroppable(final ColumnFamilyHandle handle) throws RocksDBException {
    engine();
    if (readOnly) {
      if (cfId(handle) == 0) {
        throw invalidArgument("Can't drop default column family");
      }
      checkWritable();
    }
  }

  private void checkWritable() throws RocksDBException {
    engine();
    if (readOnly) {
      throw new RocksDBException(
          new Status(Status.Code.NotSupported, Status.SubCode.None, READ_ONLY_MESSAGE));
    }
  }

  public static RocksDB openReadOnly(final String path) throws RocksDBException {
    try (Options options = new Options()) {
      return openReadOnly(options, path);
    }
  }

  public static RocksDB openReadOnly(final Options options, final String path)
      throws RocksDBException {
    return openReadOnly(options, path, false);
  }

  public static RocksDB openReadOnly(final Options options, final String path,
      final boolean errorIfWalFileExists) throws RocksDBException {
    final RocksDB db = openReadOnlyImpl(path, EngineOptions.dbConfig(options),
        EngineOptions.infoLog(options), java.util.List.of("default"),
        java.util.List.of(EngineOptions.cfConfig(options)),
        java.util.Collections.singletonList(null), null);
    db.options_ = options;
    return db;
  }

  public static RocksDB openReadOnly(final String path,
      final java.util.List<ColumnFamilyDescriptor> columnFamilyDescriptors,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles) throws RocksDBException {
    try (DBOptions options = new DBOptions()) {
      return openReadOnly(options, path, columnFamilyDescriptors, columnFamilyHandles);
    }
  }

  public static RocksDB openReadOnly(final DBOptions options, final String path,
      final java.util.List<ColumnFamilyDescriptor> columnFamilyDescriptors,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles) throws RocksDBException {
    return openReadOnly(options, path, columnFamilyDescriptors, columnFamilyHandles, false);
  }

  public static RocksDB openReadOnly(final DBOptions options, final String path,
      final java.util.List<ColumnFamilyDescriptor> columnFamilyDescriptors,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandles,
      final boolean errorIfWalFileExists) throws RocksDBException {
    final dev.purerocks.internal.util.InfoLog log = EngineOptions.infoLog(options);
    final java.util.List<String> names = new java.util.ArrayList<>();
    final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs =
        new java.util.ArrayList<>();
    final java.util.List<ColumnFamilyOptions> cfOptions = new java.util.ArrayList<>();
    for (final ColumnFamilyDescriptor d : columnFamilyDescriptors) {
      names.add(str(d.getName()));
      cfgs.add(EngineOptions.cfConfig(d.getOptions(), log));
      cfOptions.add(d.getOptions());
    }
    final RocksDB db = openReadOnlyImpl(path, EngineOptions.dbConfig(options), log, names, cfgs,
        cfOptions, columnFamilyHandles);
    db.options_ = options;
    return db;
  }

  /**
   * RocksDB's read-only open: no lock, the database must exist, a subset of its column families
   * may be opened. With no durability yet the families are empty (DIFF-API-READONLY-1).
   */
  private static RocksDB openReadOnlyImpl(final String path,
      final dev.purerocks.internal.db.DbConfig dbc,
      final dev.purerocks.internal.util.InfoLog log, final java.util.List<String> names,
      final java.util.List<dev.purerocks.internal.db.ColumnFamilyConfig> cfgs,
      final java.util.List<ColumnFamilyOptions> cfOptions,
      final java.util.List<ColumnFamilyHandle> handlesOut) throws RocksDBException {
    java.util.Objects.requireNonNull(path, "path");
    final java.util.List<String> existing =
        DbDirectory.readFamilies(java.nio.file.Paths.get(path), path);
    checkComparators(existing, DbDirectory.readComparators(java.nio.file.Paths.get(path), path),
        names, cfgs);
    for (final String n : names) {
      if (!existing.contains(n)) {
        throw invalidArgument("Column family not found: " + n);
      }
    }
    final java.util.LinkedHashMap<String, dev.purerocks.internal.db.ColumnFamilyConfig> map =
        new java.util.LinkedHashMap<>();
    for (final String e : existing) {
      if (names.contains(e)) {
        map.put(e, cfgs.get(names.indexOf(e)));
      }
    }
    if (!map.containsKey("default")) {
      // RocksDB requires the default family in a read-only open too.
      throw invalidArgument("Default column family not specified");
    }
    final dev.purerocks.internal.db.DbEngine engine;
    try {
      // Nothing is written, so the memtable concurrency checks do not apply.
      engine = dev.purerocks.internal.db.DbEngine.open(
          dbc.allowConcurrentMemtableWrite(false), map);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw Statuses.toException(e);
    }
    final RocksDB db = new RocksDB(0L);
    db.engine = engine;
    db.path = path;
    db.infoLog = log;
    db.readOnly = true;
    final java.util.List<String> order = new java.util.ArrayList<>(map.keySet());
    db.defaultHandle = new ColumnFamilyHandle(db, 0, DEFAULT_COLUMN_FAMILY,
        cfOptions.get(names.indexOf("default")), false);
    if (handlesOut != null) {
      for (int i = 0; i < names.size(); i++) {
        final ColumnFamilyHandle h = new ColumnFamilyHandle(db, order.indexOf(names.get(i)),
            bytes(names.get(i)), cfOptions.get(i), true);
        db.ownedHandles.add(h);
        handlesOut.add(h);
      }
    }
    return db;
  }

  // ---- file-level operations with nothing to act on (no WAL or SST files yet) ---------------

  public void flushWal(final boolean sync) throws RocksDBException {
    engine(); // no write-ahead log: nothing to flush
  }

  public void syncWal() throws RocksDBException {
    engine(); // no write-ahead log: nothing to sync
  }

  public void verifyChecksum() throws RocksDBException {
    engine(); // no SST files: nothing to verify (memtable entries verify themselves when read)
  }

  public void resetStats() throws RocksDBException {
    engine(); // no statistics are collected yet
  }

  public void enableFileDeletions() throws RocksDBException {
    engine(); // no files are ever deleted
  }

  public void disableFileDeletions() throws RocksDBException {
    engine(); // no files are ever deleted
  }

  /**
   * RocksDB's manual compaction first flushes memtables overlapping the range; with no SST files
   * that flush is all there is to do, so the family is flushed (DIFF-API-COMPACT-1).
   */
  private void compactImpl(final int cf) throws RocksDBException {
    checkWritable();
    try (FlushOptions fo = new FlushOptions()) {
      flushImpl(fo, cf);
    }
  }

  public void compactRange() throws RocksDBException {
    compactImpl(0);
  }

  public void compactRange(final byte[] begin, final byte[] end) throws RocksDBException {
    compactImpl(0);
  }

  public void compactRange(final ColumnFamilyHandle columnFamilyHandle) throws RocksDBException {
    compactImpl(cfId(columnFamilyHandle));
  }

  public void compactRange(final ColumnFamilyHandle columnFamilyHandle, final byte[] begin,
      final byte[] end) throws RocksDBException {
    compactImpl(cfId(columnFamilyHandle));
  }

  public void compactRange(final ColumnFamilyHandle columnFamilyHandle, final byte[] begin,
      final byte[] end, final CompactRangeOptions compactRangeOptions) throws RocksDBException {
    compactImpl(cfId(columnFamilyHandle));
  }

  // ---- multiGetByteBuffers, level queries, env ---------------------------------------------

  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(
      final java.util.List<java.nio.ByteBuffer> keys,
      final java.util.List<java.nio.ByteBuffer> values) throws RocksDBException {
    return multiGetByteBuffers(new ReadOptions(),
        java.util.Collections.singletonList(getDefaultColumnFamily()), keys, values);
  }

  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final ReadOptions readOptions,
      final java.util.List<java.nio.ByteBuffer> keys,
      final java.util.List<java.nio.ByteBuffer> values) throws RocksDBException {
    return multiGetByteBuffers(readOptions,
        java.util.Collections.singletonList(getDefaultColumnFamily()), keys, values);
  }

  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList,
      final java.util.List<java.nio.ByteBuffer> keys,
      final java.util.List<java.nio.ByteBuffer> values) throws RocksDBException {
    return multiGetByteBuffers(new ReadOptions(), columnFamilyHandleList, keys, values);
  }

  public java.util.List<ByteBufferGetStatus> multiGetByteBuffers(final ReadOptions readOptions,
      final java.util.List<ColumnFamilyHandle> columnFamilyHandleList,
      final java.util.List<java.nio.ByteBuffer> keys,
      final java.util.List<java.nio.ByteBuffer> values) throws RocksDBException {
    if (keys.size() != columnFamilyHandleList.size() && columnFamilyHandleList.size() > 1) {
      throw new IllegalArgumentException("Wrong number of ColumnFamilyHandle(s) supplied. "
          + "Provide 0, 1, or as many as there are key/value(s)");
    }
    if (values.size() != keys.size()) {
      throw new IllegalArgumentException("For each key there must be a corresponding value. "
          + keys.size() + " keys were supplied, but " + values.size()
          + " values were supplied.");
    }
    for (final java.nio.ByteBuffer key : keys) {
      if (!key.isDirect()) {
        throw new IllegalArgumentException("All key buffers must be direct byte buffers");
      }
    }
    for (final java.nio.ByteBuffer value : values) {
      if (!value.isDirect()) {
        throw new IllegalArgumentException("All value buffers must be direct byte buffers");
      }
    }
    final int[] cfs = new int[keys.size()];
    final java.util.List<byte[]> keyBytes = new java.util.ArrayList<>(keys.size());
    for (int i = 0; i < cfs.length; i++) {
      cfs[i] = columnFamilyHandleList.isEmpty() ? 0
          : cfId(columnFamilyHandleList.get(columnFamilyHandleList.size() == 1 ? 0 : i));
      keyBytes.add(remainingBytes(keys.get(i)));
    }
    final java.util.List<byte[]> found;
    try {
      found = engine().multiGet(
          cfs, keyBytes, readSequence(readOptions), ignoreRangeDeletions(readOptions));
    } catch (dev.purerocks.internal.db.DbStatusException x) {
      throw Statuses.toException(x);
    }
    final java.util.List<ByteBufferGetStatus> out = new java.util.ArrayList<>(cfs.length);
    for (int i = 0; i < cfs.length; i++) {
      final byte[] v = found.get(i);
      if (v == null) {
        out.add(new ByteBufferGetStatus(
            new Status(Status.Code.NotFound, Status.SubCode.None, null)));
        continue;
      }
      // As RocksJava: the value is written from the buffer's start, then the buffer is flipped.
      final java.nio.ByteBuffer value = values.get(i);
      final int n = Math.min(v.length, value.capacity());
      value.clear();
      value.put(v, 0, n);
      value.flip();
      out.add(new ByteBufferGetStatus(new Status(Status.Code.Ok, Status.SubCode.None, null),
          v.length, value));
    }
    return out;
  }

  /** The options a family was opened or created with, or null when unknown. */
  private Object familyOptions(final ColumnFamilyHandle h) {
    if (h != null && h.getID() != 0) {
      return h.options();
    }
    if (options_ instanceof Options) {
      return options_;
    }
    return h == null ? null : h.options();
  }

  public int numberLevels() {
    return numberLevels(null);
  }

  public int numberLevels(final ColumnFamilyHandle columnFamilyHandle) {
    if (columnFamilyHandle != null) {
      cfId(columnFamilyHandle);
    }
    final Object o = familyOptions(columnFamilyHandle);
    final int n = o instanceof Options ? ((Options) o).cf.numLevels
        : o instanceof ColumnFamilyOptions ? ((ColumnFamilyOptions) o).numLevels : 7;
    return Math.max(n, 2); // RocksDB raises num_levels below 2 to 2
  }

  public int maxMemCompactionLevel() {
    return maxMemCompactionLevel(null);
  }

  public int maxMemCompactionLevel(final ColumnFamilyHandle columnFamilyHandle) {
    engine();
    return 0; // RocksDB's MaxMemCompactionLevel is always 0
  }

  public int level0StopWriteTrigger() {
    return level0StopWriteTrigger(null);
  }

  public int level0StopWriteTrigger(final ColumnFamilyHandle columnFamilyHandle) {
    if (columnFamilyHandle != null) {
      cfId(columnFamilyHandle);
    }
    final Object o = familyOptions(columnFamilyHandle);
    return o instanceof Options ? ((Options) o).cf.level0StopWritesTrigger
        : o instanceof ColumnFamilyOptions ? ((ColumnFamilyOptions) o).level0StopWritesTrigger
        : 36;
  }

  public Env getEnv() {
    engine();
    return Env.getDefault();
  }

  // ---- background-work controls with nothing to control (no compactions, flushes are inline) --

  public void cancelAllBackgroundWork(final boolean wait) {
    engine(); // nothing runs in the background: flushes happen inline, there are no compactions
  }

  public void abortAllCompactions() {
    engine(); // there are no compactions
  }

  public void resumeAllCompactions() {
    engine(); // there are no compactions
  }

  public void enableAutoCompaction(final java.util.List<ColumnFamilyHandle> columnFamilyHandles)
      throws RocksDBException {
    for (final ColumnFamilyHandle h : columnFamilyHandles) {
      cfId(h); // there are no compactions
    }
  }

  // ---- size estimates and map properties -----------------------------------------------------

  public long[] getApproximateSizes(final java.util.List<Range> ranges,
      final SizeApproximationFlag... sizeApproximationFlags) {
    return getApproximateSizes(null, ranges, sizeApproximationFlags);
  }

  /**
   * RocksDB's {@code GetApproximateSizes}: the memtable part is the memtable statistics' size
   * estimate of each range when {@code INCLUDE_MEMTABLES} is given; there are no files yet, so
   * the file part is always 0.
   */
  public long[] getApproximateSizes(final ColumnFamilyHandle columnFamilyHandle,
      final java.util.List<Range> ranges, final SizeApproximationFlag... sizeApproximationFlags) {
    final int cf = cfIdOrDefault(columnFamilyHandle);
    boolean memtables = false;
    for (final SizeApproximationFlag f : sizeApproximationFlags) {
      memtables |= f == SizeApproximationFlag.INCLUDE_MEMTABLES;
    }
    final long[] sizes = new long[ranges.size()];
    for (int i = 0; i < sizes.length; i++) {
      if (memtables) {
        final Range r = ranges.get(i);
        sizes[i] = engine().approximateMemTableStats(cf, r.start.bytes(), r.limit.bytes()).size();
      }
    }
    return sizes;
  }

  public java.util.Map<String, String> getMapProperty(final String property)
      throws RocksDBException {
    return getMapProperty(null, property);
  }

  /**
   * RocksDB's map properties describe compaction and file statistics PureRocks does not keep;
   * every name answers NotFound, as RocksDB does for a name without a map form.
   */
  public java.util.Map<String, String> getMapProperty(final ColumnFamilyHandle columnFamilyHandle,
      final String property) throws RocksDBException {
    cfIdOrDefault(columnFamilyHandle);
    java.util.Objects.requireNonNull(property, "property");
    throw new RocksDBException(new Status(Status.Code.NotFound, Status.SubCode.None, null));
  }

  // ---- current options --------------------------------------------------------------------

  /** The options object a family runs with, for the values the engine does not hold. */
  private MutableColumnFamilyOptionsInterface<?> mutableSource(final ColumnFamilyHandle h) {
    final Object o = familyOptions(h);
    if (o instanceof MutableColumnFamilyOptionsInterface) {
      return (MutableColumnFamilyOptionsInterface<?>) o;
    }
    return new ColumnFamilyOptions();
  }

  public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder getOptions()
      throws RocksDBException {
    return getOptions(null);
  }

  /**
   * The family's mutable options: the memtable sizes the engine runs with (sanitized, and as
   * changed by {@code setOptions}), the other values as the family's options object holds them.
   */
  public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder getOptions(
      final ColumnFamilyHandle columnFamilyHandle) throws RocksDBException {
    final int cf = cfIdOrDefault(columnFamilyHandle);
    final dev.purerocks.internal.db.ColumnFamilyConfig c = engine().columnFamilyConfig(cf);
    for (final long size : new long[] {c.writeBufferSize(), c.arenaBlockSize()}) {
      if (size < 0) {
        // RocksDB reports the size_t; RocksJava cannot read it back into a long (DB-OPT-6).
        throw new IllegalArgumentException(
            "Unable to parse or round " + Long.toUnsignedString(size) + " to long");
      }
    }
    final MutableColumnFamilyOptionsInterface<?> m = mutableSource(columnFamilyHandle);
    final AdvancedMutableColumnFamilyOptionsInterface<?> a =
        (AdvancedMutableColumnFamilyOptionsInterface<?>) m;
    final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder b =
        MutableColumnFamilyOptions.builder()
            .setWriteBufferSize(c.writeBufferSize())
            .setArenaBlockSize(c.arenaBlockSize())
            .setMaxWriteBufferNumber(c.maxWriteBufferNumber())
            .setMaxSuccessiveMerges(c.maxSuccessiveMerges())
            .setMemtablePrefixBloomSizeRatio(c.prefixBloomSizeRatio())
            .setMemtableWholeKeyFiltering(c.wholeKeyFiltering())
            .setMemtableHugePageSize(a.memtableHugePageSize())
            .setInplaceUpdateNumLocks(c.inplaceUpdateNumLocks())
            .setExperimentalMempurgeThreshold(a.experimentalMempurgeThreshold())
            .setDisableAutoCompactions(m.disableAutoCompactions())
            .setLevel0FileNumCompactionTrigger(m.level0FileNumCompactionTrigger())
            .setLevel0SlowdownWritesTrigger(a.level0SlowdownWritesTrigger())
            .setLevel0StopWritesTrigger(a.level0StopWritesTrigger())
            .setMaxCompactionBytes(m.maxCompactionBytes())
            .setTargetFileSizeBase(a.targetFileSizeBase())
            .setTargetFileSizeMultiplier(a.targetFileSizeMultiplier())
            .setMaxBytesForLevelBase(m.maxBytesForLevelBase())
            .setSoftPendingCompactionBytesLimit(a.softPendingCompactionBytesLimit())
            .setHardPendingCompactionBytesLimit(a.hardPendingCompactionBytesLimit())
            .setTtl(a.ttl())
            .setPeriodicCompactionSeconds(a.periodicCompactionSeconds())
            .setMaxSequentialSkipInIterations(a.maxSequentialSkipInIterations())
            .setParanoidFileChecks(a.paranoidFileChecks())
            .setReportBgIoStats(a.reportBgIoStats())
            .setCompressionType(m.compressionType());
    return b;
  }

  public MutableDBOptions.MutableDBOptionsBuilder getDBOptions() throws RocksDBException {
    engine();
    final MutableDBOptionsInterface<?> m = options_ instanceof MutableDBOptionsInterface
        ? (MutableDBOptionsInterface<?>) options_ : new DBOptions();
    final MutableDBOptions.MutableDBOptionsBuilder fromObject = MutableDBOptions.builder()
        .setMaxBackgroundJobs(m.maxBackgroundJobs())
        .setMaxBackgroundCompactions(m.maxBackgroundCompactions())
        .setAvoidFlushDuringShutdown(m.avoidFlushDuringShutdown())
        .setWritableFileMaxBufferSize(m.writableFileMaxBufferSize())
        .setDelayedWriteRate(m.delayedWriteRate())
        .setMaxTotalWalSize(m.maxTotalWalSize())
        .setDeleteObsoleteFilesPeriodMicros(m.deleteObsoleteFilesPeriodMicros())
        .setStatsDumpPeriodSec(m.statsDumpPeriodSec())
        .setStatsPersistPeriodSec(m.statsPersistPeriodSec())
        .setStatsHistoryBufferSize(m.statsHistoryBufferSize())
        .setMaxOpenFiles(m.maxOpenFiles())
        .setBytesPerSync(m.bytesPerSync())
        .setWalBytesPerSync(m.walBytesPerSync())
        .setStrictBytesPerSync(m.strictBytesPerSync())
        .setCompactionReadaheadSize(m.compactionReadaheadSize());
    final java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    final MutableDBOptions current = fromObject.build();
    for (int i = 0; i < current.getKeys().length; i++) {
      all.put(current.getKeys()[i], current.getValues()[i]);
    }
    synchronized (changedDbOptions) {
      if (changedDbOptions.isEmpty()) {
        return fromObject;
      }
      all.putAll(changedDbOptions);
    }
    final StringBuilder text = new StringBuilder();
    for (final java.util.Map.Entry<String, String> e : all.entrySet()) {
      text.append(text.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
    }
    return MutableDBOptions.parse(text.toString());
  }

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
