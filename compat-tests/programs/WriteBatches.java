// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Write batches: bytes, handler, save points, copies, limits, data round trip, a corrupt count.

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class WriteBatches extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-batches-", () -> {
      section("batches", WriteBatches::batches);
      section("savePointsAndRoundTrip", WriteBatches::savePointsAndRoundTrip);
      section("malformedBatches", WriteBatches::malformedBatches);
    });
  }

  static void batches() throws Exception {
    final String path = dir + "/batches";
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        ColumnFamilyOptions cfo = new ColumnFamilyOptions().setMergeOperator(
            new StringAppendOperator())) {
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (RocksDB db = RocksDB.open(options, path, Arrays.asList(
          new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfo),
          new ColumnFamilyDescriptor(b("other"), cfo)), handles);
          WriteBatch batch = new WriteBatch()) {
        final ColumnFamilyHandle other = handles.get(1);
        say("empty data", hex(batch.data()));
        batch.put(b("a"), b("b"));
        batch.put(other, b("k"), b("v"));
        batch.merge(b("m"), b("x"));
        batch.merge(other, b("m"), b("y"));
        batch.delete(b("d"));
        batch.delete(other, b("d"));
        batch.singleDelete(b("s"));
        batch.singleDelete(other, b("s"));
        batch.deleteRange(b("r1"), b("r2"));
        batch.deleteRange(other, b("r1"), b("r2"));
        batch.putLogData(b("blob"));
        say("data", hex(batch.data()));
        say("count", batch.count());
        say("dataSize", batch.getDataSize());
        say("has", batch.hasPut() + " " + batch.hasDelete() + " " + batch.hasSingleDelete() + " "
            + batch.hasDeleteRange() + " " + batch.hasMerge() + " " + batch.hasBeginPrepare());
        batch.iterate(new WriteBatch.Handler() {
          @Override public void put(int cf, byte[] k, byte[] v) {
            say("  handler put " + cf, new String(k) + "=" + new String(v));
          }
          @Override public void put(byte[] k, byte[] v) {
            say("  handler legacy put", new String(k));
          }
          @Override public void merge(int cf, byte[] k, byte[] v) {
            say("  handler merge " + cf, new String(k) + "=" + new String(v));
          }
          @Override public void merge(byte[] k, byte[] v) {
            say("  handler legacy merge", new String(k));
          }
          @Override public void delete(int cf, byte[] k) {
            say("  handler delete " + cf, k);
          }
          @Override public void delete(byte[] k) {
            say("  handler legacy delete", k);
          }
          @Override public void singleDelete(int cf, byte[] k) {
            say("  handler singleDelete " + cf, k);
          }
          @Override public void singleDelete(byte[] k) {
            say("  handler legacy singleDelete", k);
          }
          @Override public void deleteRange(int cf, byte[] s, byte[] e) {
            say("  handler deleteRange " + cf, new String(s) + ".." + new String(e));
          }
          @Override public void deleteRange(byte[] s, byte[] e) {
            say("  handler legacy deleteRange", s);
          }
          @Override public void logData(byte[] blob) {
            say("  handler logData", blob);
          }
          @Override public void putBlobIndex(int cf, byte[] k, byte[] v) {
            say("  handler putBlobIndex", k);
          }
          @Override public void markBeginPrepare() {}
          @Override public void markEndPrepare(byte[] xid) {}
          @Override public void markNoop(boolean empty) {}
          @Override public void markRollback(byte[] xid) {}
          @Override public void markCommit(byte[] xid) {}
          @Override public void markCommitWithTimestamp(byte[] xid, byte[] ts) {}
        });
        try (WriteBatch copy = new WriteBatch(batch.data())) {
          say("copy count", copy.count());
          say("copy data equal", Arrays.equals(copy.data(), batch.data()));
          say("copy hasMerge", copy.hasMerge());
        }
        db.put(b("d"), b("gone"));
        db.write(new WriteOptions(), batch);
        say("data after write (sequence set)", hex(batch.data()).substring(0, 24));
        say("get a", db.get(b("a")));
        say("get d", db.get(b("d")));
        say("get m", db.get(b("m")));
        say("get other k", db.get(other, b("k")));
        say("get other m", db.get(other, b("m")));
        say("sequence", db.getLatestSequenceNumber());
        batch.clear();
        say("cleared data", hex(batch.data()));
        batch.put(b("p1"), b("v1"));
        batch.setSavePoint();
        batch.put(b("p2"), b("v2"));
        batch.delete(b("p1"));
        batch.rollbackToSavePoint();
        say("after rollback count", batch.count());
        say("after rollback data", hex(batch.data()));
        attempt("rollback without save point", batch::rollbackToSavePoint);
        attempt("pop without save point", batch::popSavePoint);
        try (WriteBatch bad = new WriteBatch(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0})) {
          attempt("write batch with wrong count", () -> db.write(new WriteOptions(), bad));
          attempt("put after the corrupt batch", () -> db.put(b("x"), b("y")));
        }
      } finally {
        for (final ColumnFamilyHandle h : handles) {
          h.close();
        }
      }
    }
  }

  /** Nested save points, and a batch's bytes written by one database and replayed in another. */
  static void savePointsAndRoundTrip() throws Exception {
    try (WriteBatch batch = new WriteBatch()) {
      batch.put(b("a"), b("1"));
      batch.setSavePoint();
      batch.merge(b("m"), b("x"));
      batch.setSavePoint();
      batch.delete(b("a"));
      batch.deleteRange(b("r"), b("s"));
      say("three levels", batch.count() + " " + batch.hasDelete() + " " + batch.hasDeleteRange());
      batch.rollbackToSavePoint();
      say("after first rollback", batch.count() + " " + batch.hasDelete() + " "
          + batch.hasDeleteRange() + " " + batch.hasMerge());
      batch.popSavePoint();
      attempt("rollback after the last pop", batch::rollbackToSavePoint);
      say("still holds", batch.count() + " " + hex(batch.data()));
      batch.setSavePoint();
      batch.clear();
      attempt("rollback after clear", batch::rollbackToSavePoint);
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator("+"));
        RocksDB first = RocksDB.open(options, dir + "/round1");
        RocksDB second = RocksDB.open(options, dir + "/round2");
        WriteOptions wo = new WriteOptions();
        WriteBatch batch = new WriteBatch()) {
      first.put(b("seq"), b("advances the first database"));
      batch.put(b("k1"), b("v1"));
      batch.merge(b("k1"), b("m1"));
      batch.singleDelete(b("gone"));
      batch.deleteRange(b("x"), b("y"));
      batch.putLogData(b("not data"));
      first.write(wo, batch);
      final byte[] bytes = batch.data();
      say("written batch header", hex(bytes).substring(0, 24));
      try (WriteBatch copy = new WriteBatch(bytes)) {
        second.write(wo, copy);
        say("replayed header", hex(copy.data()).substring(0, 24));
      }
      say("second k1", second.get(b("k1")));
      say("sequences", first.getLatestSequenceNumber() + " " + second.getLatestSequenceNumber());
      try (RocksIterator a = first.newIterator(); RocksIterator c = second.newIterator()) {
        dump("first", a);
        dump("second", c);
      }
    }
  }

  /** Batches adopted from malformed bytes: what each call reports, and what writing one does. */
  static void malformedBatches() throws Exception {
    final byte[][] cases = {
        {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x63, 1, 'k'},
        {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 5, 'k'},
        {0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1, 1, 'k', 1, 'v', 0x63},
        {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 5, 9, 1, 'k', 1, 'v'}};
    int n = 0;
    for (final byte[] data : cases) {
      final String label = "case " + n;
      try (Options options = new Options().setCreateIfMissing(true);
          RocksDB db = RocksDB.open(options, dir + "/malformed" + n++);
          WriteBatch batch = new WriteBatch(data)) {
        say(label + " count/hasPut", batch.count() + " " + batch.hasPut());
        attempt(label + " iterate", () -> batch.iterate(new WriteBatch.Handler() {
          @Override public void put(int cf, byte[] k, byte[] v) {}
          @Override public void put(byte[] k, byte[] v) {}
          @Override public void merge(int cf, byte[] k, byte[] v) {}
          @Override public void merge(byte[] k, byte[] v) {}
          @Override public void delete(int cf, byte[] k) {}
          @Override public void delete(byte[] k) {}
          @Override public void singleDelete(int cf, byte[] k) {}
          @Override public void singleDelete(byte[] k) {}
          @Override public void deleteRange(int cf, byte[] s, byte[] e) {}
          @Override public void deleteRange(byte[] s, byte[] e) {}
          @Override public void logData(byte[] blob) {}
          @Override public void putBlobIndex(int cf, byte[] k, byte[] v) {}
          @Override public void markBeginPrepare() {}
          @Override public void markEndPrepare(byte[] xid) {}
          @Override public void markNoop(boolean empty) {}
          @Override public void markRollback(byte[] xid) {}
          @Override public void markCommit(byte[] xid) {}
          @Override public void markCommitWithTimestamp(byte[] xid, byte[] ts) {}
        }));
        attempt(label + " write", () -> db.write(new WriteOptions(), batch));
        attempt(label + " a later put", () -> db.put(b("z"), b("1")));
        say(label + " k, sequence", render(db.get(b("k"))) + " " + db.getLatestSequenceNumber());
      }
    }
  }
}
