package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.MemTableOptions;
import dev.purerocks.internal.memtable.MemTableRepFactory;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.internal.util.InfoLog;

/**
 * The options of one column family that the engine uses, as the API layer hands them over (the
 * raw values of RocksJava's {@code ColumnFamilyOptions}); {@link OptionsSanitizer} validates and
 * sanitizes a copy at open or {@code createColumnFamily}, which the family then keeps.
 *
 * <p>Defaults are RocksJava's. Thread-safety: none while being filled; a family's sanitized copy is
 * never modified afterwards and may be read from any thread.
 */
public final class ColumnFamilyConfig {
  UserComparator comparator = BytewiseComparators.BYTEWISE;
  MergeOperator mergeOperator;
  PrefixExtractor prefixExtractor;
  MemTableRepFactory repFactory = SkipListRep.factory(0);
  long writeBufferSize = MemTableOptions.DEFAULT_WRITE_BUFFER_SIZE;
  long arenaBlockSize;
  int maxWriteBufferNumber = 2;
  int minWriteBufferNumberToMerge = 1;
  double prefixBloomSizeRatio;
  boolean wholeKeyFiltering;
  boolean inplaceUpdateSupport;
  long inplaceUpdateNumLocks = MemTableOptions.DEFAULT_INPLACE_UPDATE_NUM_LOCKS;
  long maxSuccessiveMerges;
  int protectionBytesPerKey;
  int maxRangeDeletions;
  InfoLog infoLog = InfoLog.NONE;

  public ColumnFamilyConfig copy() {
    ColumnFamilyConfig c = new ColumnFamilyConfig();
    c.comparator = comparator;
    c.mergeOperator = mergeOperator;
    c.prefixExtractor = prefixExtractor;
    c.repFactory = repFactory;
    c.writeBufferSize = writeBufferSize;
    c.arenaBlockSize = arenaBlockSize;
    c.maxWriteBufferNumber = maxWriteBufferNumber;
    c.minWriteBufferNumberToMerge = minWriteBufferNumberToMerge;
    c.prefixBloomSizeRatio = prefixBloomSizeRatio;
    c.wholeKeyFiltering = wholeKeyFiltering;
    c.inplaceUpdateSupport = inplaceUpdateSupport;
    c.inplaceUpdateNumLocks = inplaceUpdateNumLocks;
    c.maxSuccessiveMerges = maxSuccessiveMerges;
    c.protectionBytesPerKey = protectionBytesPerKey;
    c.maxRangeDeletions = maxRangeDeletions;
    c.infoLog = infoLog;
    return c;
  }

  /** The options each new memtable of a sanitized family is built with. */
  MemTableOptions memTableOptions() {
    return MemTableOptions.builder()
        .userComparator(comparator)
        .prefixExtractor(prefixExtractor)
        .repFactory(repFactory)
        .writeBufferSize(writeBufferSize)
        // The option keeps RocksDB's value (even 0 after setOptions); the arena clamps it, as
        // RocksDB's Arena::OptimizeBlockSize does (ARENA-BLOCK-2).
        .arenaBlockSize(Arena.optimizeBlockSize(arenaBlockSize < 0 ? Long.MAX_VALUE : arenaBlockSize))
        .prefixBloomSizeRatio(prefixBloomSizeRatio)
        .wholeKeyFiltering(wholeKeyFiltering)
        .inplaceUpdateSupport(inplaceUpdateSupport)
        .inplaceUpdateNumLocks(inplaceUpdateNumLocks)
        .maxSuccessiveMerges(maxSuccessiveMerges)
        .protectionBytesPerKey(protectionBytesPerKey)
        .maxRangeDeletions(maxRangeDeletions)
        .infoLog(infoLog)
        .build();
  }

  // ---- fluent setters (RocksJava's names, raw values) --------------------------------------

  public ColumnFamilyConfig comparator(UserComparator v) {
    comparator = v;
    return this;
  }

  /** The merge operator, or null for none. */
  public ColumnFamilyConfig mergeOperator(MergeOperator v) {
    mergeOperator = v;
    return this;
  }

  public ColumnFamilyConfig prefixExtractor(PrefixExtractor v) {
    prefixExtractor = v;
    return this;
  }

  public ColumnFamilyConfig repFactory(MemTableRepFactory v) {
    repFactory = v;
    return this;
  }

  public ColumnFamilyConfig writeBufferSize(long v) {
    writeBufferSize = v;
    return this;
  }

  public ColumnFamilyConfig arenaBlockSize(long v) {
    arenaBlockSize = v;
    return this;
  }

  public ColumnFamilyConfig maxWriteBufferNumber(int v) {
    maxWriteBufferNumber = v;
    return this;
  }

  public ColumnFamilyConfig minWriteBufferNumberToMerge(int v) {
    minWriteBufferNumberToMerge = v;
    return this;
  }

  public ColumnFamilyConfig prefixBloomSizeRatio(double v) {
    prefixBloomSizeRatio = v;
    return this;
  }

  public ColumnFamilyConfig wholeKeyFiltering(boolean v) {
    wholeKeyFiltering = v;
    return this;
  }

  public ColumnFamilyConfig inplaceUpdateSupport(boolean v) {
    inplaceUpdateSupport = v;
    return this;
  }

  public ColumnFamilyConfig inplaceUpdateNumLocks(long v) {
    inplaceUpdateNumLocks = v;
    return this;
  }

  public ColumnFamilyConfig maxSuccessiveMerges(long v) {
    maxSuccessiveMerges = v;
    return this;
  }

  public ColumnFamilyConfig protectionBytesPerKey(int v) {
    protectionBytesPerKey = v;
    return this;
  }

  public ColumnFamilyConfig maxRangeDeletions(int v) {
    maxRangeDeletions = v;
    return this;
  }

  public ColumnFamilyConfig infoLog(InfoLog v) {
    infoLog = v;
    return this;
  }

  // ---- readers -------------------------------------------------------------------------------

  public UserComparator comparator() {
    return comparator;
  }

  public MergeOperator mergeOperator() {
    return mergeOperator;
  }

  public PrefixExtractor prefixExtractor() {
    return prefixExtractor;
  }

  public MemTableRepFactory repFactory() {
    return repFactory;
  }

  public long writeBufferSize() {
    return writeBufferSize;
  }

  public long arenaBlockSize() {
    return arenaBlockSize;
  }

  public int maxWriteBufferNumber() {
    return maxWriteBufferNumber;
  }

  public int minWriteBufferNumberToMerge() {
    return minWriteBufferNumberToMerge;
  }

  public boolean inplaceUpdateSupport() {
    return inplaceUpdateSupport;
  }

  public long maxSuccessiveMerges() {
    return maxSuccessiveMerges;
  }

  public double prefixBloomSizeRatio() {
    return prefixBloomSizeRatio;
  }

  public boolean wholeKeyFiltering() {
    return wholeKeyFiltering;
  }

  public long inplaceUpdateNumLocks() {
    return inplaceUpdateNumLocks;
  }
}
