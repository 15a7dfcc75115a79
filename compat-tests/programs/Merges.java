// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Merge operators: StringAppend (char and String), UInt64Add, by name, and without operator;
// merges at snapshots.

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class Merges extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-merges-", () -> {
      section("snapshotsAndMerges", Merges::snapshotsAndMerges);
      section("mergeEdges", Merges::mergeEdges);
    });
  }

  static void snapshotsAndMerges() throws Exception {
    final String path = dir + "/merges";
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator('+'));
        RocksDB db = RocksDB.open(options, path)) {
      final Snapshot s0 = db.getSnapshot();
      db.merge(b("k"), b("a"));
      db.merge(b("k"), b("b"));
      final Snapshot s1 = db.getSnapshot();
      say("two snapshots same sequence", db.getSnapshot().getSequenceNumber()
          == s1.getSequenceNumber());
      db.put(b("k"), b("base"));
      db.merge(b("k"), b("c"));
      say("k now", db.get(b("k")));
      try (ReadOptions r0 = new ReadOptions().setSnapshot(s0);
          ReadOptions r1 = new ReadOptions().setSnapshot(s1)) {
        say("k at s0", db.get(r0, b("k")));
        say("k at s1", db.get(r1, b("k")));
      }
      db.releaseSnapshot(s0);
      db.releaseSnapshot(s1);
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator("<->"));
        RocksDB db = RocksDB.open(options, path + "2")) {
      db.merge(b("k"), b("x"));
      db.merge(b("k"), b("y"));
      say("string delimiter", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new UInt64AddOperator());
        RocksDB db = RocksDB.open(options, path + "3")) {
      final ByteBuffer one = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(5);
      db.merge(b("n"), one.array());
      db.merge(b("n"), one.array());
      db.merge(b("n"), one.array());
      say("uint64add", ByteBuffer.wrap(db.get(b("n"))).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperatorName("stringappend");
        RocksDB db = RocksDB.open(options, path + "4")) {
      db.merge(b("k"), b("x"));
      db.merge(b("k"), b("y"));
      say("by name", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, path + "5")) {
      attempt("merge without operator", () -> db.merge(b("k"), b("x")));
      attempt("put afterwards", () -> db.put(b("k"), b("y")));
      say("get", db.get(b("k")));
    }
  }

  /** Merges meeting deletions, range deletions, batches, successive-merge limits, odd operands. */
  static void mergeEdges() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator(""));
        RocksDB db = RocksDB.open(options, dir + "/empty-delimiter")) {
      db.merge(b("k"), b("a"));
      db.merge(b("k"), b("b"));
      db.merge(b("k"), new byte[0]);
      say("empty delimiter", db.get(b("k")));
    }
    try (Options options = new Options().setCreateIfMissing(true).setMaxSuccessiveMerges(2)
            .setMergeOperator(new StringAppendOperator('|'));
        RocksDB db = RocksDB.open(options, dir + "/successive")) {
      db.put(b("k"), b("base"));
      for (int i = 0; i < 5; i++) {
        db.merge(b("k"), b("m" + i));
      }
      say("successive merges 2", db.get(b("k")));
      say("entries", db.getProperty("rocksdb.num-entries-active-mem-table"));
      final Snapshot s = db.getSnapshot();
      db.merge(b("k"), b("late"));
      try (ReadOptions ro = new ReadOptions().setSnapshot(s)) {
        say("at snapshot", db.get(ro, b("k")));
      }
      db.releaseSnapshot(s);
      db.singleDelete(b("sd"));
      db.merge(b("sd"), b("after single delete"));
      say("merge after single delete", db.get(b("sd")));
      db.put(b("r1"), b("v"));
      db.merge(b("r1"), b("op1"));
      db.deleteRange(b("r"), b("s"));
      db.merge(b("r1"), b("op2"));
      say("merge over a range deletion", db.get(b("r1")));
      try (WriteBatch batch = new WriteBatch()) {
        batch.merge(b("w"), b("1"));
        batch.delete(b("w"));
        batch.merge(b("w"), b("2"));
        batch.merge(b("w"), b("3"));
        db.write(new WriteOptions(), batch);
      }
      say("merge, delete, merges in one batch", db.get(b("w")));
      try (RocksIterator it = db.newIterator()) {
        dump("all", it);
        final List<String> back = new ArrayList<>();
        for (it.seekToLast(); it.isValid(); it.prev()) {
          back.add(new String(it.key()) + "=" + new String(it.value()));
        }
        say("backward", back.toString());
      }
      say("multiGet", db.multiGetAsList(Arrays.asList(b("k"), b("r1"), b("w"), b("none"))));
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new UInt64AddOperator());
        RocksDB db = RocksDB.open(options, dir + "/uint64")) {
      final byte[] max = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
          .putLong(-1L).array();
      final byte[] two = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(2).array();
      db.put(b("wrap"), max);
      db.merge(b("wrap"), two);
      say("wrap-around", hex(db.get(b("wrap"))));
      db.merge(b("short"), b("abc"));
      say("lone malformed operand", hex(db.get(b("short"))));
      db.put(b("plain"), b("abc"));
      say("plain malformed put", hex(db.get(b("plain"))));
      db.merge(b("plain"), two);
      say("operand onto a malformed base", hex(db.get(b("plain"))));
    }
  }
}
