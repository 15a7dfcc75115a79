// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Merge operators: StringAppend (char and String), UInt64Add, by name, and without operator;
// merges at snapshots.

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rocksdb.*;

public class Merges {
  interface Body {
    void run() throws Exception;
  }

  /** The temporary directory the databases live in; printed as $DIR. */
  private static String dir;

  public static void main(final String[] args) throws Exception {
    RocksDB.loadLibrary();
    final Path base = Files.createTempDirectory("swap-merges-");
    dir = base.toString();
    try {
      section("snapshotsAndMerges", Merges::snapshotsAndMerges);
      section("mergeEdges", Merges::mergeEdges);
    } finally {
      deleteTree(base);
    }
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

  // ---- printing ---------------------------------------------------------------------------

  /** Runs one section; an exception ends the section, not the program. */
  private static void section(final String name, final Body body) {
    System.out.println("== " + name);
    try {
      body.run();
    } catch (Exception e) {
      System.out.println("section threw " + e.getClass().getName() + ": "
          + String.valueOf(e.getMessage()).replace(dir, "$DIR"));
    }
  }

  private static void say(final String label, final Object value) {
    System.out.println(label + " -> " + render(value));
  }

  private static String render(final Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return "'" + new String((byte[]) v, StandardCharsets.ISO_8859_1) + "'";
    }
    if (v instanceof List) {
      final List<String> parts = new ArrayList<>();
      for (final Object o : (List<?>) v) {
        parts.add(render(o));
      }
      return parts.toString();
    }
    return String.valueOf(v).replace(dir, "$DIR");
  }

  /** Prints "ok", or the exception: type, message and, for RocksDBException, code/sub-code. */
  private static void attempt(final String label, final Body body) {
    try {
      body.run();
      System.out.println(label + " -> ok");
    } catch (RocksDBException e) {
      final String msg = String.valueOf(e.getMessage()).replace(dir, "$DIR")
          .replaceAll("acquire time \\d+ acquiring thread \\d+", "acquire time T acquiring thread N");
      System.out.println(label + " -> RocksDBException: " + msg + " | "
          + (e.getStatus() == null ? "no status"
              : e.getStatus().getCode() + "/" + e.getStatus().getSubCode()));
    } catch (Exception e) {
      System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String hex(final byte[] data) {
    final StringBuilder sb = new StringBuilder();
    for (final byte x : data) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  private static void dump(final String label, final RocksIterator it) {
    final List<String> seen = new ArrayList<>();
    for (it.seekToFirst(); it.isValid(); it.next()) {
      seen.add(new String(it.key(), StandardCharsets.ISO_8859_1) + "="
          + new String(it.value(), StandardCharsets.ISO_8859_1));
    }
    System.out.println(label + " -> " + seen);
  }

  private static void deleteTree(final Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (final Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
