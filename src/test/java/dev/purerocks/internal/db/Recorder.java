package dev.purerocks.internal.db;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/** Records a batch's records as strings, through our decoder or RocksJava's, for comparison. */
final class Recorder implements WriteBatchHandler {
  private static final HexFormat HEX = HexFormat.of();
  final List<String> events = new ArrayList<>();

  private static String hex(byte[] b, int off, int len) {
    return HEX.formatHex(b, off, off + len);
  }

  static List<String> ours(WriteBatchRep rep) {
    Recorder r = new Recorder();
    try {
      rep.iterate(r);
    } catch (DbStatusException e) {
      r.events.add("error " + e.status().getCode() + " " + e.getMessage());
    }
    return r.events;
  }

  static List<String> theirs(WriteBatch batch) {
    List<String> ev = new ArrayList<>();
    try (WriteBatch.Handler h = new WriteBatch.Handler() {
          @Override public void put(int cf, byte[] k, byte[] v) { ev.add("put " + cf + " " + HEX.formatHex(k) + " " + HEX.formatHex(v)); }
          @Override public void put(byte[] k, byte[] v) { put(0, k, v); }
          @Override public void merge(int cf, byte[] k, byte[] v) { ev.add("merge " + cf + " " + HEX.formatHex(k) + " " + HEX.formatHex(v)); }
          @Override public void merge(byte[] k, byte[] v) { merge(0, k, v); }
          @Override public void delete(int cf, byte[] k) { ev.add("delete " + cf + " " + HEX.formatHex(k)); }
          @Override public void delete(byte[] k) { delete(0, k); }
          @Override public void singleDelete(int cf, byte[] k) { ev.add("sd " + cf + " " + HEX.formatHex(k)); }
          @Override public void singleDelete(byte[] k) { singleDelete(0, k); }
          @Override public void deleteRange(int cf, byte[] b, byte[] e) { ev.add("dr " + cf + " " + HEX.formatHex(b) + " " + HEX.formatHex(e)); }
          @Override public void deleteRange(byte[] b, byte[] e) { deleteRange(0, b, e); }
          @Override public void logData(byte[] b) { ev.add("log " + HEX.formatHex(b)); }
          @Override public void putBlobIndex(int cf, byte[] k, byte[] v) { ev.add("blob " + cf); }
          @Override public void markBeginPrepare() { ev.add("beginPrepare"); }
          @Override public void markEndPrepare(byte[] x) { ev.add("endPrepare " + HEX.formatHex(x)); }
          @Override public void markNoop(boolean e) { ev.add("noop " + e); }
          @Override public void markRollback(byte[] x) { ev.add("rollback " + HEX.formatHex(x)); }
          @Override public void markCommit(byte[] x) { ev.add("commit " + HEX.formatHex(x)); }
          @Override public void markCommitWithTimestamp(byte[] x, byte[] t) { ev.add("commitTs " + HEX.formatHex(x) + " " + HEX.formatHex(t)); }
        }) {
      batch.iterate(h);
    } catch (RocksDBException e) {
      ev.add("error " + e.getStatus().getCode() + " " + e.getMessage());
    }
    return ev;
  }

  @Override public void put(int cf, byte[] b, int ko, int kl, int vo, int vl) { events.add("put " + cf + " " + hex(b, ko, kl) + " " + hex(b, vo, vl)); }
  @Override public void delete(int cf, byte[] b, int ko, int kl) { events.add("delete " + cf + " " + hex(b, ko, kl)); }
  @Override public void singleDelete(int cf, byte[] b, int ko, int kl) { events.add("sd " + cf + " " + hex(b, ko, kl)); }
  @Override public void deleteRange(int cf, byte[] b, int bo, int bl, int eo, int el) { events.add("dr " + cf + " " + hex(b, bo, bl) + " " + hex(b, eo, el)); }
  @Override public void merge(int cf, byte[] b, int ko, int kl, int vo, int vl) { events.add("merge " + cf + " " + hex(b, ko, kl) + " " + hex(b, vo, vl)); }
  @Override public void logData(byte[] b, int off, int len) { events.add("log " + hex(b, off, len)); }
  @Override public void putBlobIndex(int cf, byte[] b, int ko, int kl, int vo, int vl) { events.add("blob " + cf); }
  @Override public void markBeginPrepare(boolean unprepared) { events.add("beginPrepare"); }
  @Override public void markEndPrepare(byte[] b, int o, int l) { events.add("endPrepare " + hex(b, o, l)); }
  @Override public void markNoop(boolean e) { events.add("noop " + e); }
  @Override public void markRollback(byte[] b, int o, int l) { events.add("rollback " + hex(b, o, l)); }
  @Override public void markCommit(byte[] b, int o, int l) { events.add("commit " + hex(b, o, l)); }
  @Override public void markCommitWithTimestamp(byte[] b, int xo, int xl, int to, int tl) { events.add("commitTs " + hex(b, xo, xl) + " " + hex(b, to, tl)); }
}
