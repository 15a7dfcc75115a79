// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Options and properties: the raw values stay in the options objects, the DB runs with (and
// reports) sanitized ones; setOptions; integer, aggregated and map properties, and their errors.

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class OptionsAndProperties extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-options-", () -> {
      section("rawAndSanitized", OptionsAndProperties::rawAndSanitized);
      section("currentOptions", OptionsAndProperties::currentOptions);
      section("properties", OptionsAndProperties::properties);
      section("sizesAndMapProperties", OptionsAndProperties::sizesAndMapProperties);
    });
  }

  /** Each config with non-default parameters: its getters, and a database built with it. */
  /** Out-of-range values: what the options objects keep and what the running family reports. */
  static void rawAndSanitized() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(1000)
            .setArenaBlockSize(100).setMaxWriteBufferNumber(0).setMinWriteBufferNumberToMerge(9)
            .setMemtablePrefixBloomSizeRatio(0.9).useFixedLengthPrefixExtractor(1);
        RocksDB db = RocksDB.open(options, dir + "/raw")) {
      say("options keep writeBufferSize/arenaBlockSize/maxWriteBufferNumber/minToMerge/bloom",
          options.writeBufferSize() + " " + options.arenaBlockSize() + " "
              + options.maxWriteBufferNumber() + " " + options.minWriteBufferNumberToMerge() + " "
              + options.memtablePrefixBloomSizeRatio());
      final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder o = db.getOptions();
      say("running writeBufferSize/arenaBlockSize/maxWriteBufferNumber/bloom",
          o.writeBufferSize() + " " + o.arenaBlockSize() + " " + o.maxWriteBufferNumber() + " "
              + o.memtablePrefixBloomSizeRatio());
      db.setOptions(MutableColumnFamilyOptions.builder().setWriteBufferSize(4096)
          .setArenaBlockSize(0).setMaxWriteBufferNumber(5).build());
      final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder after = db.getOptions();
      say("after setOptions (not sanitized) writeBufferSize/arenaBlockSize/maxWriteBufferNumber",
          after.writeBufferSize() + " " + after.arenaBlockSize() + " "
              + after.maxWriteBufferNumber());
      db.put(b("k"), b("v"));
      say("still readable", db.get(b("k")));
      db.setOptions(MutableColumnFamilyOptions.builder().setMemtablePrefixBloomSizeRatio(0.5)
          .setMemtableWholeKeyFiltering(true).setInplaceUpdateNumLocks(7)
          .setMaxSuccessiveMerges(2).build());
      final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder memtable =
          db.getOptions();
      say("after setOptions bloom/wholeKey/locks/successiveMerges",
          memtable.memtablePrefixBloomSizeRatio() + " " + memtable.memtableWholeKeyFiltering()
              + " " + memtable.inplaceUpdateNumLocks() + " " + memtable.maxSuccessiveMerges());
      say("the options object is not changed by setOptions",
          options.memtablePrefixBloomSizeRatio() + " " + options.memtableWholeKeyFiltering());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setWriteBufferSize(100L << 30).setArenaBlockSize(5000);
        RocksDB db = RocksDB.open(options, dir + "/raw-big")) {
      final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder o = db.getOptions();
      say("100 GiB buffer, 5000-byte blocks run as", o.writeBufferSize() + " "
          + o.arenaBlockSize());
    }
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(-1)
            .setArenaBlockSize(-1).setMaxWriteBufferNumber(-1)
            .setMinWriteBufferNumberToMerge(-1);
        RocksDB db = RocksDB.open(options, dir + "/raw-negative")) {
      attempt("getOptions with negative (huge unsigned) sizes", db::getOptions);
      db.put(b("k"), b("v"));
      say("negative sizes still readable", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setInplaceUpdateSupport(true);
        RocksDB db = RocksDB.open(options, dir + "/inplace-concurrent")) {
      say("in-place with concurrent writes opened", true);
    } catch (RocksDBException e) {
      say("in-place with concurrent writes", e.getMessage() + " | " + e.getStatus().getCode());
    }
    try (Options options = new Options().setCreateIfMissing(true).setInplaceUpdateSupport(true)
            .setMemTableConfig(new VectorMemTableConfig());
        RocksDB db = RocksDB.open(options, dir + "/inplace-vector")) {
      say("in-place and vector with concurrent writes opened", true);
    } catch (RocksDBException e) {
      say("in-place and vector: first check wins", e.getMessage() + " | "
          + e.getStatus().getCode());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMemTableConfig(new HashLinkedListMemTableConfig());
        RocksDB db = RocksDB.open(options, dir + "/hash-no-prefix")) {
      say("hash linked list without prefix extractor opened", true);
    } catch (RocksDBException e) {
      say("hash linked list without prefix extractor", e.getMessage() + " | "
          + e.getStatus().getCode());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setAllowConcurrentMemtableWrite(false)
            .setMemTableConfig(new HashLinkedListMemTableConfig());
        RocksDB db = RocksDB.open(options, dir + "/hash-no-prefix-2")) {
      db.put(b("b"), b("2"));
      db.put(b("a"), b("1"));
      try (RocksIterator it = db.newIterator()) {
        dump("hash linked list without extractor runs as a skip list", it);
      }
      say("the options still name", options.memTableFactoryName());
    }
  }

  /** Integer properties of one family and of all, and the errors of each kind of property call. */
  static void properties() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/props")) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.put(b("a"), b("1"));
      db.put(cf, b("x"), b("1"));
      db.put(cf, b("y"), b("2"));
      db.delete(cf, b("z"));
      for (final String p : new String[] {"num-entries-active-mem-table",
          "num-deletes-active-mem-table", "estimate-num-keys", "num-immutable-mem-table",
          "num-entries-imm-mem-tables", "mem-table-flush-pending", "is-write-stopped",
          "background-errors"}) {
        say(p, db.getProperty("rocksdb." + p) + " / cf " + db.getProperty(cf, "rocksdb." + p)
            + " / long cf " + db.getLongProperty(cf, "rocksdb." + p) + " / aggregated "
            + db.getAggregatedLongProperty("rocksdb." + p));
      }
      // No file, flush or compaction exists yet: RocksDB answers these from an idle engine.
      final List<String> idle = new ArrayList<>();
      for (final String p : new String[] {"num-live-versions", "num-files-at-level0",
          "total-sst-files-size", "live-sst-files-size", "estimate-live-data-size",
          "compaction-pending", "estimate-pending-compaction-bytes", "num-running-compactions",
          "num-running-flushes", "actual-delayed-write-rate", "num-immutable-mem-table-flushed"}) {
        idle.add(p + "=" + db.getProperty(cf, "rocksdb." + p));
      }
      say("idle engine", idle);
      final Snapshot s1 = db.getSnapshot();
      final Snapshot s2 = db.getSnapshot();
      say("num-snapshots", db.getProperty("rocksdb.num-snapshots"));
      db.releaseSnapshot(s1);
      db.releaseSnapshot(s2);
      say("num-snapshots after release", db.getLongProperty("rocksdb.num-snapshots"));
      attempt("name without the rocksdb. prefix",
          () -> db.getProperty("num-entries-active-mem-table"));
      attempt("unknown name", () -> db.getProperty(cf, "rocksdb.no-such-property"));
      attempt("long of unknown", () -> db.getLongProperty("rocksdb.no-such-property"));
      attempt("aggregated of unknown",
          () -> db.getAggregatedLongProperty("rocksdb.no-such-property"));
      attempt("map of an integer property", () -> db.getMapProperty(cf,
          "rocksdb.num-entries-active-mem-table"));
      db.dropColumnFamily(cf);
      say("aggregated entries after dropping cf",
          db.getAggregatedLongProperty("rocksdb.num-entries-active-mem-table"));
      say("dropped family still answers", db.getProperty(cf, "rocksdb.num-entries-active-mem-table"));
      cf.close();
      say("aggregated entries after closing its handle",
          db.getAggregatedLongProperty("rocksdb.num-entries-active-mem-table"));
    }
  }

  static void currentOptions() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(0)
            .setMaxWriteBufferNumber(1).setLevel0FileNumCompactionTrigger(7)
            .setDisableAutoCompactions(true).setMaxBackgroundJobs(5);
        RocksDB db = RocksDB.open(options, dir + "/current")) {
      final MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder o =
          db.getOptions();
      say("writeBufferSize", o.writeBufferSize());
      say("arenaBlockSize", o.arenaBlockSize());
      say("maxWriteBufferNumber", o.maxWriteBufferNumber());
      say("level0FileNumCompactionTrigger", o.level0FileNumCompactionTrigger());
      say("disableAutoCompactions", o.disableAutoCompactions());
      say("maxSuccessiveMerges", o.maxSuccessiveMerges());
      db.setOptions(MutableColumnFamilyOptions.builder()
          .setWriteBufferSize(1 << 20).setMaxSuccessiveMerges(3).build());
      say("writeBufferSize after setOptions", db.getOptions().writeBufferSize());
      say("maxSuccessiveMerges after setOptions", db.getOptions().maxSuccessiveMerges());
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf"),
          new ColumnFamilyOptions().setWriteBufferSize(8 << 20)));
      say("cf writeBufferSize", db.getOptions(cf).writeBufferSize());
      say("cf arenaBlockSize", db.getOptions(cf).arenaBlockSize());
      say("maxBackgroundJobs", db.getDBOptions().maxBackgroundJobs());
      db.setDBOptions(MutableDBOptions.builder().setMaxBackgroundJobs(3)
          .setDelayedWriteRate(1 << 20).build());
      say("after setDBOptions maxBackgroundJobs/delayedWriteRate",
          db.getDBOptions().maxBackgroundJobs() + " " + db.getDBOptions().delayedWriteRate());
      say("the options object after setDBOptions", options.maxBackgroundJobs());
      db.setOptions(cf, MutableColumnFamilyOptions.parse(
          "write_buffer_size=2097152;max_write_buffer_number=3").build());
      say("cf after parsed setOptions", db.getOptions(cf).writeBufferSize() + " "
          + db.getOptions(cf).maxWriteBufferNumber());
      say("default unchanged", db.getOptions().maxWriteBufferNumber());
    }
  }

  static void sizesAndMapProperties() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/sizes")) {
      for (int i = 0; i < 100; i++) {
        db.put(b(String.format("k%03d", i)), new byte[100]);
      }
      final List<Range> ranges = Arrays.asList(
          new Range(new Slice(b("k000")), new Slice(b("k050"))),
          new Range(new Slice(b("x")), new Slice(b("y"))));
      say("sizes files only", Arrays.toString(db.getApproximateSizes(ranges,
          SizeApproximationFlag.INCLUDE_FILES)));
      final long[] withMem = db.getApproximateSizes(ranges,
          SizeApproximationFlag.INCLUDE_MEMTABLES,
          SizeApproximationFlag.INCLUDE_FILES);
      say("sizes with memtables: first positive, second zero", (withMem[0] > 0) + " " + withMem[1]);
      final RocksDB.CountAndSize stats = db.getApproximateMemTableStats(ranges.get(0));
      say("memtable stats count positive", stats.count > 0);
      attempt("map property of an int property",
          () -> say("  map", db.getMapProperty("rocksdb.estimate-num-keys")));
      attempt("map property unknown", () -> db.getMapProperty("rocksdb.nosuch"));
    }
  }
}
