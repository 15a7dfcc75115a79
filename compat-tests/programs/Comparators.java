// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Comparators: built-in reverse bytewise, a Java AbstractComparator, util comparators.

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

public class Comparators {
  interface Body {
    void run() throws Exception;
  }

  /** The temporary directory the databases live in; printed as $DIR. */
  private static String dir;

  public static void main(final String[] args) throws Exception {
    RocksDB.loadLibrary();
    final Path base = Files.createTempDirectory("swap-comparators-");
    dir = base.toString();
    try {
      section("comparators", Comparators::comparators);
      section("utilComparators", Comparators::utilComparators);
      section("reopenWithAnotherOrder", Comparators::reopenWithAnotherOrder);
    } finally {
      deleteTree(base);
    }
  }

  static void comparators() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        RocksDB db = RocksDB.open(options, dir + "/reverse")) {
      for (final String k : new String[] {"a", "c", "b", "aa"}) {
        db.put(b(k), b(k));
      }
      try (RocksIterator it = db.newIterator()) {
        dump("reverse bytewise", it);
      }
    }
    try (ComparatorOptions copt = new ComparatorOptions();
        AbstractComparator byLength = new AbstractComparator(copt) {
          @Override public String name() {
            return "test.ByLength";
          }

          @Override public int compare(final ByteBuffer x, final ByteBuffer y) {
            final int c = Integer.compare(x.remaining(), y.remaining());
            if (c != 0) {
              return c;
            }
            for (int i = 0; i < x.remaining(); i++) {
              final int d = Integer.compare(x.get(x.position() + i) & 0xff,
                  y.get(y.position() + i) & 0xff);
              if (d != 0) {
                return d;
              }
            }
            return 0;
          }
        };
        Options options = new Options().setCreateIfMissing(true).setComparator(byLength);
        RocksDB db = RocksDB.open(options, dir + "/bylength")) {
      for (final String k : new String[] {"ccc", "a", "bb", "b", "aaaa"}) {
        db.put(b(k), b(k));
      }
      try (RocksIterator it = db.newIterator()) {
        dump("java comparator", it);
        it.seekForPrev(b("zz"));
        say("seekForPrev zz", new String(it.key()));
      }
      say("get bb", db.get(b("bb")));
    }
  }

  static void utilComparators() throws Exception {
    try (ComparatorOptions copt = new ComparatorOptions();
        org.rocksdb.util.ReverseBytewiseComparator reverse =
            new org.rocksdb.util.ReverseBytewiseComparator(copt);
        org.rocksdb.util.BytewiseComparator forward =
            new org.rocksdb.util.BytewiseComparator(copt)) {
      int n = 0;
      for (final AbstractComparator c : new AbstractComparator[] {reverse, forward}) {
        try (Options options = new Options().setCreateIfMissing(true).setComparator(c);
            RocksDB db = RocksDB.open(options, dir + "/util" + n++)) {
          for (final String k : new String[] {"b", "a", "\u00ff", "ab", ""}) {
            db.put(b(k), b("v"));
          }
          final List<String> keys = new ArrayList<>();
          try (RocksIterator it = db.newIterator()) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
              keys.add(hex(it.key()));
            }
            it.seekForPrev(b("aa"));
            keys.add("seekForPrev(aa)=" + (it.isValid() ? hex(it.key()) : "invalid"));
          }
          say(c.name(), keys.toString());
        }
      }
    }
  }

  /** A database's order is part of it: reopening with another comparator is refused. */
  static void reopenWithAnotherOrder() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)) {
      RocksDB.open(options, dir + "/order").close();
    }
    try (Options options = new Options()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR)) {
      attempt("reopen with reverse order", () -> RocksDB.open(options, dir + "/order").close());
      attempt("read-only open with reverse order",
          () -> RocksDB.openReadOnly(options, dir + "/order").close());
    }
    try (ComparatorOptions copt = new ComparatorOptions();
        org.rocksdb.util.BytewiseComparator javaBytewise =
            new org.rocksdb.util.BytewiseComparator(copt);
        Options options = new Options().setComparator(javaBytewise)) {
      attempt("reopen with a Java comparator of another name",
          () -> RocksDB.open(options, dir + "/order").close());
    }
    try (Options options = new Options().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        ColumnFamilyOptions reverse = new ColumnFamilyOptions()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR)) {
      RocksDB.open(options, dir + "/order").close();
      final List<ColumnFamilyHandle> handles = new ArrayList<>();
      try (DBOptions dbo = new DBOptions().setCreateMissingColumnFamilies(true);
          RocksDB db = RocksDB.open(dbo, dir + "/order", Arrays.asList(
              new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("rev"), reverse)), handles)) {
        say("created a reverse family", handles.size());
        for (final ColumnFamilyHandle h : handles) {
          h.close();
        }
      }
      handles.clear();
      try (DBOptions dbo = new DBOptions()) {
        attempt("reopen the reverse family in bytewise order", () -> RocksDB.open(dbo,
            dir + "/order", Arrays.asList(
                new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
                new ColumnFamilyDescriptor(b("rev"))), handles).close());
        attempt("reopen without listing it", () -> RocksDB.open(options, dir + "/order").close());
      }
      say("families", RocksDB.listColumnFamilies(options, dir + "/order"));
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
