// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Comparators: built-in reverse bytewise, a Java AbstractComparator, util comparators.

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class Comparators extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-comparators-", () -> {
      section("comparators", Comparators::comparators);
      section("utilComparators", Comparators::utilComparators);
      section("reopenWithAnotherOrder", Comparators::reopenWithAnotherOrder);
      section("comparatorThatWrites", Comparators::comparatorThatWrites);
    });
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

  /**
   * A Java comparator that writes to another database each time it is called, so that writes run
   * inside writes (and reads) of the same thread: both databases keep every write whole.
   */
  static void comparatorThatWrites() throws Exception {
    try (Options plain = new Options().setCreateIfMissing(true);
        RocksDB side = RocksDB.open(plain, dir + "/side");
        ComparatorOptions copt = new ComparatorOptions();
        AbstractComparator writing = new AbstractComparator(copt) {
          @Override public String name() {
            return "test.WritingBytewise";
          }

          @Override public int compare(final ByteBuffer x, final ByteBuffer y) {
            try {
              side.put(b("seen"), b("a compare ran"));
            } catch (final RocksDBException e) {
              throw new IllegalStateException(e);
            }
            return x.compareTo(y);
          }
        };
        Options options = new Options().setCreateIfMissing(true).setComparator(writing);
        RocksDB db = RocksDB.open(options, dir + "/writing")) {
      for (final String k : new String[] {"m", "c", "x", "a", "q", "c"}) {
        db.put(b(k), b("value of " + k));
      }
      try (RocksIterator it = db.newIterator()) {
        dump("main, in the writing comparator's order", it);
      }
      try (RocksIterator it = side.newIterator()) {
        dump("side", it);
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
}
