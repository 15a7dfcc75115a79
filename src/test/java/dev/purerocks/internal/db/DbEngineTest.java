package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.db.EngineOracleTest.batchPut;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.Status;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.testing.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

class DbEngineTest {
  private static byte[] b(String s) {
    return s.getBytes();
  }

  private static long prop(DbEngine e, int cf, String name) {
    return Long.parseLong(e.getProperty(cf, "rocksdb." + name));
  }

  @Test
  @Spec({"DB-CF-1", "DB-STICKY-1"})
  void writeToDroppedFamily_failsAndPoisons_readsStillWork() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("one", new ColumnFamilyConfig());
    assertThat(cf).isEqualTo(1);
    WriteBatchRep w = new WriteBatchRep();
    w.put(cf, b("k"), 0, 1, b("v"), 0, 1);
    e.write(false, w);
    e.dropColumnFamily(cf);
    assertThat(e.columnFamilyIds()).containsExactly(0);
    assertThat(e.get(cf, b("k"), -1)).isEqualTo(b("v"));
    WriteBatchRep again = new WriteBatchRep();
    again.put(cf, b("k"), 0, 1, b("w"), 0, 1);
    DbStatusException x = assertThrows(DbStatusException.class, () -> e.write(false, again));
    assertThat(x.getMessage()).isEqualTo("Invalid column family specified in write batch");
    assertThat(x.status().getCode()).isEqualTo(Status.Code.InvalidArgument);
    DbStatusException y =
        assertThrows(DbStatusException.class, () -> e.write(false, batchPut("a", "b")));
    assertThat(y).isSameInstanceAs(x);
    assertThat(e.latestSequenceNumber()).isEqualTo(1);
  }

  @Test
  @Spec({"DB-FLUSH-2", "DB-STALL-1"})
  void flushWithoutWait_whileWritesAreStopped_failsWithTryAgain_andSwitchesNothing() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    e.pauseBackgroundWork();
    e.write(false, batchPut("a", "1"));
    e.flush(0, false);
    e.write(false, batchPut("b", "1"));
    e.flush(0, false);
    DbStatusException x = assertThrows(DbStatusException.class, () -> e.flush(0, false));
    assertThat(x.status().getCode()).isEqualTo(Status.Code.TryAgain);
    assertThat(x.getMessage()).isEqualTo("Writes have been stopped, thus unable to perform "
        + "manual flush. Please try again later after writes are resumed");
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(2);
    e.continueBackgroundWork();
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(0);
  }

  @Test
  @Spec({"DB-FLUSH-2", "DB-STICKY-1"})
  void droppedFamilyAndPoisonedEngine_switchOnFlushButNeverFlush() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("one", new ColumnFamilyConfig());
    WriteBatchRep w = new WriteBatchRep();
    w.put(cf, b("k"), 0, 1, b("v"), 0, 1);
    e.write(false, w);
    e.dropColumnFamily(cf);
    e.flush(cf, false, true);
    assertThat(prop(e, cf, "num-immutable-mem-table")).isEqualTo(1);
    assertThat(prop(e, cf, "mem-table-flush-pending")).isEqualTo(1);
    e.write(false, batchPut("a", "1"));
    WriteBatchRep again = new WriteBatchRep();
    again.put(cf, b("k"), 0, 1, b("w"), 0, 1);
    assertThrows(DbStatusException.class, () -> e.write(false, again));
    e.flush(0, false); // the poison shows only to a flush that waits
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(1);
    assertThrows(DbStatusException.class, () -> e.flush(0, true));
    e.pauseBackgroundWork();
    e.continueBackgroundWork();
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(1);
    assertThat(prop(e, 0, "mem-table-flush-pending")).isEqualTo(1);
    assertThat(e.get(0, b("a"), -1)).isEqualTo(b("1"));
  }

  @Test
  @Spec("DB-FLUSH-3")
  void flushThroughDroppedHandle_reportsColumnFamilyDroppedAsRocksJavaDoes() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("one", new ColumnFamilyConfig());
    WriteBatchRep w = new WriteBatchRep();
    w.put(cf, b("k"), 0, 1, b("v"), 0, 1);
    e.write(false, w);
    e.dropColumnFamily(cf);
    for (boolean wait : new boolean[] {false, true}) {
      IllegalArgumentException x =
          assertThrows(IllegalArgumentException.class, () -> e.flush(cf, wait, false));
      assertThat(x).hasMessageThat().isEqualTo("Illegal value provided for Code (14).");
      assertThat(prop(e, cf, "num-immutable-mem-table")).isEqualTo(0);
    }
    assertThrows(IllegalArgumentException.class, () -> e.flush(cf, true, true));
    assertThat(prop(e, cf, "num-immutable-mem-table")).isEqualTo(1);
    e.write(false, batchPut("a", "1"));
    e.flush(0, true);
    assertThat(e.get(0, b("a"), -1)).isEqualTo(b("1"));
  }

  @Test
  @Spec({"DB-FLUSH-2", "DB-STICKY-1"})
  void poisonedEngine_flushThatWouldStopWrites_failsBeforeSwitching_unlessStallsAreAllowed() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("one", new ColumnFamilyConfig());
    e.dropColumnFamily(cf);
    e.pauseBackgroundWork();
    e.write(false, batchPut("a", "1"));
    e.flush(0, false);
    e.write(false, batchPut("b", "1"));
    WriteBatchRep dropped = new WriteBatchRep();
    dropped.put(cf, b("k"), 0, 1, b("w"), 0, 1);
    DbStatusException x = assertThrows(DbStatusException.class, () -> e.write(false, dropped));
    e.continueBackgroundWork();
    assertThat(assertThrows(DbStatusException.class, () -> e.flush(0, true))).isSameInstanceAs(x);
    assertThat(prop(e, 0, "num-entries-active-mem-table")).isEqualTo(1);
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(1);
    e.flush(0, false, true);
    assertThat(prop(e, 0, "num-entries-active-mem-table")).isEqualTo(0);
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(2);
  }

  @Test
  @Spec({"DB-STALL-2", "DB-FLUSH-2"})
  void droppedFamily_stopsWritesOnlyWhenSwitchedAfterTheDrop() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("one", new ColumnFamilyConfig());
    e.pauseBackgroundWork();
    WriteBatchRep w = new WriteBatchRep();
    w.put(cf, b("k"), 0, 1, b("v"), 0, 1);
    e.write(false, w);
    e.flush(cf, false, true);
    e.write(false, w);
    e.flush(cf, false, true);
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(1);
    e.dropColumnFamily(cf); // releases the stop
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(0);
    e.write(false, batchPut("a", "1"));

    int two = e.createColumnFamily("two", new ColumnFamilyConfig());
    WriteBatchRep t = new WriteBatchRep();
    t.put(two, b("k"), 0, 1, b("v"), 0, 1);
    e.write(false, t);
    e.flush(two, false, true);
    e.write(false, t);
    e.dropColumnFamily(two);
    e.flush(two, false, true); // the second immutable, after the drop: writes stop for good
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(1);
    DbStatusException x =
        assertThrows(DbStatusException.class, () -> e.write(true, batchPut("b", "1")));
    assertThat(x.status().getCode()).isEqualTo(Status.Code.Incomplete);
    e.continueBackgroundWork();
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(1);
  }

  @Test
  @Spec("DB-CF-2")
  void familyNames_areUnique_andDefaultCannotBeDropped() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    e.createColumnFamily("x", new ColumnFamilyConfig());
    assertThat(assertThrows(DbStatusException.class,
        () -> e.createColumnFamily("x", new ColumnFamilyConfig())).getMessage())
        .isEqualTo("Column family already exists");
    assertThat(assertThrows(DbStatusException.class, () -> e.dropColumnFamily(0)).getMessage())
        .isEqualTo("Can't drop default column family");
  }

  @Test
  @Spec({"DB-FLUSH-1", "PROP-MEM-2"})
  void flush_switchesOnlyANonEmptyMemtable_andRetiresUnlessPaused() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    e.flush(0, true);
    assertThat(e.view(0, -1).memTables()).hasSize(1);
    e.write(false, batchPut("a", "1"));
    e.pauseBackgroundWork();
    e.flush(0, false);
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(1);
    assertThat(prop(e, 0, "mem-table-flush-pending")).isEqualTo(1);
    assertThat(prop(e, 0, "num-entries-imm-mem-tables")).isEqualTo(1);
    e.continueBackgroundWork();
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(0);
    assertThat(prop(e, 0, "mem-table-flush-pending")).isEqualTo(0);
    assertThat(prop(e, 0, "cur-size-all-mem-tables"))
        .isEqualTo(prop(e, 0, "cur-size-active-mem-table"));
    assertThat(prop(e, 0, "estimate-num-keys")).isEqualTo(1);
    assertThat(e.get(0, b("a"), -1)).isEqualTo(b("1"));
  }

  @Test
  @Spec("DB-VIEW-1")
  void pinnedView_keepsItsMemtablesAcrossASwitch() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    e.write(false, batchPut("a", "1"));
    MemTableView v = e.view(0, -1);
    e.flush(0, true);
    e.write(false, batchPut("a", "2"));
    assertThat(v.memTables()).hasSize(1);
    assertThat(e.get(v, b("a"))).isEqualTo(b("1"));
    List<MemTable> now = e.view(0, -1).memTables();
    assertThat(now).hasSize(2);
    assertThat(now.get(1)).isSameInstanceAs(v.memTables().get(0));
    assertThat(e.get(0, b("a"), -1)).isEqualTo(b("2"));
  }

  @Test
  @Spec("DB-SEQ-1")
  void emptyRangeDeletion_consumesASequenceNumber_andInsertsNothing() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    WriteBatchRep w = new WriteBatchRep();
    w.deleteRange(0, b("a"), 0, 1, b("a"), 0, 1);
    e.write(false, w);
    assertThat(e.latestSequenceNumber()).isEqualTo(1);
    assertThat(prop(e, 0, "num-entries-active-mem-table")).isEqualTo(0);
    e.write(false, new WriteBatchRep());
    assertThat(e.latestSequenceNumber()).isEqualTo(1);
  }

  @Test
  @Spec("DB-MERGE-2")
  void maxSuccessiveMerges_foldsIntoAValue_withoutChangingWhatReadsSee() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig()
        .mergeOperator(StringAppendMergeOperator.withChar(',')).maxSuccessiveMerges(2));
    for (String v : List.of("a", "b", "c", "d")) {
      WriteBatchRep w = new WriteBatchRep();
      w.merge(0, b("k"), 0, 1, b(v), 0, 1);
      e.write(false, w);
    }
    assertThat(new String(e.get(0, b("k"), -1))).isEqualTo("a,b,c,d");
    assertThat(prop(e, 0, "num-entries-active-mem-table")).isEqualTo(4);
    MemTable m = e.view(0, -1).memTables().get(0);
    assertThat(m.countSuccessiveMergeEntries(
        new dev.purerocks.internal.dbformat.LookupKey(b("k"), 100), 10)).isEqualTo(1);
  }

  @Test
  @Spec("DB-WBM-1")
  void writeBufferBudget_switchesTheOldestFamily_onceWhileItsFlushIsPending() {
    DbEngine e = EngineOracleTest.engine(new DbConfig().writeBufferManagerSize(128 << 10),
        new ColumnFamilyConfig());
    e.pauseBackgroundWork();
    byte[] v = new byte[1000];
    int switchedAt = -1;
    for (int i = 0; i < 400 && switchedAt < 0; i++) {
      WriteBatchRep w = new WriteBatchRep();
      byte[] k = ("key" + i).getBytes();
      w.put(0, k, 0, k.length, v, 0, v.length);
      e.write(false, w);
      if (prop(e, 0, "num-immutable-mem-table") > 0) {
        switchedAt = i;
      }
    }
    assertThat(switchedAt).isGreaterThan(0);
    for (int i = 0; i < 50; i++) {
      e.write(false, batchPut("more" + i, "x"));
    }
    assertThat(prop(e, 0, "num-immutable-mem-table")).isEqualTo(1);
  }

  @Test
  @Spec("MT-ADD-1")
  void eachPointRecord_addsOneEntry_andARangeDeletionGoesToTheTombstoneTable() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig()
        .mergeOperator(StringAppendMergeOperator.withChar(',')));
    WriteBatchRep w = new WriteBatchRep();
    w.put(0, b("a"), 0, 1, b("1"), 0, 1);
    w.delete(0, b("b"), 0, 1);
    w.singleDelete(0, b("c"), 0, 1);
    w.merge(0, b("d"), 0, 1, b("m"), 0, 1);
    w.deleteRange(0, b("e"), 0, 1, b("f"), 0, 1);
    e.write(false, w);
    MemTable m = e.view(0, -1).memTables().get(0);
    assertThat(m.numEntries()).isEqualTo(5);
    assertThat(m.numDeletes()).isEqualTo(2);
    assertThat(m.numRangeDeletes()).isEqualTo(1);
    assertThat(m.rangeTombstones()).isNotNull();
  }

  /** Fills memtables with flushes paused until a no-slowdown write stalls. */
  private static DbEngine stalledEngine() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig().writeBufferSize(64 << 10));
    e.pauseBackgroundWork();
    byte[] v = new byte[1000];
    for (int i = 0; i < 10_000; i++) {
      WriteBatchRep w = new WriteBatchRep();
      byte[] k = ("key" + i).getBytes();
      w.put(0, k, 0, k.length, v, 0, v.length);
      try {
        e.write(true, w);
      } catch (DbStatusException x) {
        assertThat(x.status().getCode()).isEqualTo(Status.Code.Incomplete);
        assertThat(x.getMessage()).isEqualTo("Write stall");
        assertThat(e.get(0, k, -1)).isNull();
        return e;
      }
    }
    throw new AssertionError("no stall");
  }

  @Test
  @Spec("DB-STALL-1")
  void blockedWriter_proceedsWhenBackgroundWorkResumes() throws Exception {
    DbEngine e = stalledEngine();
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(1);
    long before = e.latestSequenceNumber();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        e.write(false, EngineOracleTest.batchPut("late", "1"));
      } catch (Throwable x) {
        failure.set(x);
      }
    });
    t.start();
    e.continueBackgroundWork();
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(failure.get()).isNull();
    assertThat(e.latestSequenceNumber()).isEqualTo(before + 1);
    assertThat(e.get(0, b("late"), -1)).isEqualTo(b("1"));
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(0);
  }

  @Test
  @Spec("DB-STALL-1")
  void blockedWriter_failsWhenTheEngineCloses() throws Exception {
    DbEngine e = stalledEngine();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        e.write(false, EngineOracleTest.batchPut("late", "1"));
      } catch (Throwable x) {
        failure.set(x);
      }
    });
    t.start();
    e.close();
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(((DbStatusException) failure.get()).status().getCode())
        .isEqualTo(Status.Code.ShutdownInProgress);
  }

  @Test
  @Spec({"DB-GET-1", "DB-SNAP-1"})
  void multiGetAndKeyMayExist_readOneSequenceAcrossFamilies() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    int cf = e.createColumnFamily("x", new ColumnFamilyConfig());
    WriteBatchRep w = new WriteBatchRep();
    w.put(0, b("a"), 0, 1, b("1"), 0, 1);
    w.put(cf, b("a"), 0, 1, b("2"), 0, 1);
    e.write(false, w);
    DbEngine.Snapshot s = e.getSnapshot();
    e.write(false, batchPut("a", "3"));
    List<byte[]> got =
        e.multiGet(new int[] {0, cf, 0}, List.of(b("a"), b("a"), b("z")), s.sequence());
    assertThat(got).hasSize(3);
    assertThat(got.get(0)).isEqualTo(b("1"));
    assertThat(got.get(1)).isEqualTo(b("2"));
    assertThat(got.get(2)).isNull();
    assertThat(e.keyMayExist(0, b("a"), -1)).isEqualTo(b("3"));
    assertThat(e.keyMayExist(0, b("z"), -1)).isNull();
    assertThat(e.liveSnapshots()).containsExactly(2L);
    e.releaseSnapshot(s);
    assertThat(e.liveSnapshots()).isEmpty();
  }

  @Test
  @Spec({"DB-FLUSH-1", "DB-SWITCH-1"})
  void minWriteBufferNumberToMerge_keepsImmutablesUntilEnoughAccumulate() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig().writeBufferSize(64 << 10)
        .maxWriteBufferNumber(4).minWriteBufferNumberToMerge(2));
    byte[] v = new byte[1000];
    List<Long> immutables = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      WriteBatchRep w = new WriteBatchRep();
      byte[] k = ("key" + i).getBytes();
      w.put(0, k, 0, k.length, v, 0, v.length);
      e.write(false, w);
      long n = prop(e, 0, "num-immutable-mem-table");
      if (immutables.isEmpty() || immutables.get(immutables.size() - 1) != n) {
        immutables.add(n);
      }
    }
    // 0 -> 1 at the first switch; the second switch reaches 2 and the flush takes both -> 0.
    assertThat(immutables.subList(0, 4)).containsExactly(0L, 1L, 0L, 1L).inOrder();
    assertThat(prop(e, 0, "is-write-stopped")).isEqualTo(0);
    for (int i = 0; i < 400; i++) {
      assertThat(e.get(0, ("key" + i).getBytes(), -1)).isEqualTo(v);
    }
  }

  @Test
  @Spec("PROP-MEM-4")
  void approximateMemTableStats_coverActiveAndUnflushedMemtables() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    e.pauseBackgroundWork();
    for (int i = 0; i < 100; i++) {
      e.write(false, batchPut(String.format("k%03d", i), "v"));
      if (i == 49) {
        e.flush(0, false);
      }
    }
    MemTable.ApproximateStats all = e.approximateMemTableStats(0, b("k"), b("l"));
    assertThat(all.count()).isGreaterThan(50L);
    assertThat(all.count()).isAtMost(100L);
    assertThat(e.approximateMemTableStats(0, b("x"), b("y")).count()).isEqualTo(0);
  }

  @Test
  @Spec("DB-OPT-4")
  void setOptions_usesValuesLiterally_aTinyBufferSwitchesAfterEveryWrite() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    ColumnFamilyConfig next = e.columnFamilyConfig(0).copy().writeBufferSize(4096);
    e.setOptions(0, next);
    assertThat(e.columnFamilyConfig(0).writeBufferSize()).isEqualTo(4096);
    for (int i = 0; i < 5; i++) {
      e.write(false, batchPut("k" + i, "v"));
    }
    // Every write after the first switches the memtable the previous one filled (M33, M37).
    long total = prop(e, 0, "num-entries-active-mem-table");
    assertThat(total).isEqualTo(1);
    assertThat(e.view(0, -1).memTables().size()).isAtLeast(5);
    assertThrows(DbStatusException.class,
        () -> e.setOptions(0, e.columnFamilyConfig(0).copy().protectionBytesPerKey(3)));
  }

  @Test
  @Spec("DB-OPT-5")
  void setOptions_keepsAZeroArenaBlockSize_insteadOfTheOldOne() {
    DbEngine e = EngineOracleTest.engine(new ColumnFamilyConfig());
    assertThat(e.columnFamilyConfig(0).arenaBlockSize()).isEqualTo(1 << 20);
    e.setOptions(0, e.columnFamilyConfig(0).copy().arenaBlockSize(0));
    assertThat(e.columnFamilyConfig(0).arenaBlockSize()).isEqualTo(0);
    assertThat(e.columnFamilyConfig(0).memTableOptions().arenaBlockSize()).isEqualTo(4096);
  }
}
