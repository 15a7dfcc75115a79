package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.testing.Spec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a running database reports about its options and its integer properties. The swap program
 * {@code compat-tests/programs/OptionsAndProperties.java} shows RocksJava doing the same; these
 * tests pin the two bugs it found (stale memtable options in {@code getOptions}, dropped families
 * missing from aggregated properties).
 */
class RunningOptionsAndPropertiesTest {
  @TempDir Path dir;

  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Spec({"OPT-REPORT-1", "OPT-RAW-1", "DB-OPT-5"})
  @Test
  void getOptions_reportsTheRunningMemtableOptions_evenAfterSetOptions() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(1000)
            .setArenaBlockSize(100).setMemtablePrefixBloomSizeRatio(0.9);
        RocksDB db = RocksDB.open(options, dir.toString())) {
      MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder o = db.getOptions();
      assertThat(o.writeBufferSize()).isEqualTo(64 << 10);
      assertThat(o.arenaBlockSize()).isEqualTo(100); // kept; only the arena clamps it
      assertThat(o.memtablePrefixBloomSizeRatio()).isEqualTo(0.25);
      db.setOptions(MutableColumnFamilyOptions.builder().setArenaBlockSize(0)
          .setMemtablePrefixBloomSizeRatio(0.5).setMemtableWholeKeyFiltering(true)
          .setInplaceUpdateNumLocks(7).build());
      o = db.getOptions();
      assertThat(o.arenaBlockSize()).isEqualTo(0);
      assertThat(o.memtablePrefixBloomSizeRatio()).isEqualTo(0.5);
      assertThat(o.memtableWholeKeyFiltering()).isTrue();
      assertThat(o.inplaceUpdateNumLocks()).isEqualTo(7);
      assertThat(options.arenaBlockSize()).isEqualTo(100); // the caller's object is untouched
      assertThat(options.memtableWholeKeyFiltering()).isFalse();
      db.put(b("k"), b("v"));
      assertThat(db.get(b("k"))).isEqualTo(b("v"));
    }
  }

  @Spec({"OPT-REPORT-2", "OPT-RAW-1"})
  @Test
  void getDBOptions_reportsWhatSetDBOptionsChanged_andTheObjectKeepsItsValues() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setMaxBackgroundJobs(5);
        RocksDB db = RocksDB.open(options, dir.toString())) {
      assertThat(db.getDBOptions().maxBackgroundJobs()).isEqualTo(5);
      db.setDBOptions(MutableDBOptions.builder().setMaxBackgroundJobs(3).build());
      db.setDBOptions(MutableDBOptions.builder().setDelayedWriteRate(1 << 20).build());
      final MutableDBOptions.MutableDBOptionsBuilder reported = db.getDBOptions();
      assertThat(reported.maxBackgroundJobs()).isEqualTo(3);
      assertThat(reported.delayedWriteRate()).isEqualTo(1 << 20);
      assertThat(reported.bytesPerSync()).isEqualTo(options.bytesPerSync());
      assertThat(options.maxBackgroundJobs()).isEqualTo(5);
    }
  }

  /** Pins DIFF-API-ESTIMATE-1: flushed memtables still count their raw entries. */
  @Spec("PROP-MEM-1")
  @Test
  void estimateNumKeys_afterAFlush_countsTheRunsRawEntries() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator());
        RocksDB db = RocksDB.open(options, dir.toString());
        FlushOptions wait = new FlushOptions().setWaitForFlush(true)) {
      db.put(b("k1"), b("v1"));
      db.put(b("k2"), b("v2"));
      db.merge(b("m"), b("x"));
      db.merge(b("m"), b("y"));
      db.delete(b("k2"));
      db.deleteRange(b("r0"), b("r9"));
      // 6 entries, 1 deletion: RocksDB's flushed file would hold k1 and m only.
      assertThat(db.getLongProperty("rocksdb.estimate-num-keys")).isEqualTo(4);
      db.flush(wait);
      assertThat(db.getLongProperty("rocksdb.num-entries-active-mem-table")).isEqualTo(0);
      assertThat(db.getLongProperty("rocksdb.estimate-num-keys")).isEqualTo(4);
    }
  }

  @Spec("PROP-API-3")
  @Test
  void aggregatedProperty_countsADroppedFamily_whileAHandleReferencesIt() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString())) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.put(b("a"), b("1"));
      db.put(cf, b("x"), b("1"));
      db.put(cf, b("y"), b("1"));
      final String entries = "rocksdb.num-entries-active-mem-table";
      assertThat(db.getAggregatedLongProperty(entries)).isEqualTo(3);
      db.dropColumnFamily(cf);
      assertThat(db.getAggregatedLongProperty(entries)).isEqualTo(3);
      cf.close();
      assertThat(db.getAggregatedLongProperty(entries)).isEqualTo(1);
    }
  }
}
