// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Iterators in every mode: directions, seeks, bounds, prefix mode (defined part only), total
// order, snapshots, refresh.

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class Iteration extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-iteration-", () -> {
      section("iterators", Iteration::iterators);
      section("iteratorsMore", Iteration::iteratorsMore);
      section("prefixAndBounds", Iteration::prefixAndBounds);
      section("acrossMemtables", Iteration::acrossMemtables);
    });
  }

  static void iterators() throws Exception {
    final String path = dir + "/iterators";
    try (Options options = new Options().setCreateIfMissing(true)
            .useFixedLengthPrefixExtractor(2);
        RocksDB db = RocksDB.open(options, path)) {
      for (final String k : new String[] {"aa1", "aa2", "ab1", "ab2", "b", "ba9", "c"}) {
        db.put(b(k), b("v" + k));
      }
      db.delete(b("ab1"));
      db.deleteRange(b("ba"), b("bz"));
      try (RocksIterator it = db.newIterator()) {
        dump("all", it);
        final List<String> back = new ArrayList<>();
        for (it.seekToLast(); it.isValid(); it.prev()) {
          back.add(new String(it.key()));
        }
        say("backward", back.toString());
        it.seek(b("ab"));
        say("seek ab", it.isValid() ? new String(it.key()) : "invalid");
        it.seekForPrev(b("ab"));
        say("seekForPrev ab", it.isValid() ? new String(it.key()) : "invalid");
        it.seek(b("zz"));
        say("seek past end valid", it.isValid());
        attempt("status", it::status);
        it.seek(b("aa2"));
        final ByteBuffer kb = ByteBuffer.allocateDirect(2);
        say("key into 2-byte buffer", it.key(kb));
        say("  limit", kb.limit());
        final byte[] vb = new byte[10];
        say("value into array", it.value(vb));
      }
      try (Slice lower = new Slice(b("aa2")); Slice upper = new Slice(b("b"));
          ReadOptions ro = new ReadOptions().setIterateLowerBound(lower)
              .setIterateUpperBound(upper);
          RocksIterator it = db.newIterator(ro)) {
        dump("bounded", it);
        it.seekToLast();
        say("bounded seekToLast", new String(it.key()));
      }
      try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true);
          RocksIterator it = db.newIterator(ro)) {
        final List<String> seen = new ArrayList<>();
        for (it.seek(b("aa")); it.isValid(); it.next()) {
          seen.add(new String(it.key()));
        }
        say("prefixSameAsStart aa", seen.toString());
      }
      try (ReadOptions ro = new ReadOptions().setTotalOrderSeek(true);
          RocksIterator it = db.newIterator(ro)) {
        dump("totalOrderSeek", it);
      }
      final Snapshot snap = db.getSnapshot();
      db.put(b("aa1"), b("changed"));
      try (ReadOptions ro = new ReadOptions().setSnapshot(snap);
          RocksIterator it = db.newIterator(ro);
          RocksIterator live = db.newIterator()) {
        dump("snapshot iterator", it);
        say("snapshot get", db.get(ro, b("aa1")));
        db.put(b("zz"), b("new"));
        dump("live before refresh", live);
        live.refresh();
        dump("live after refresh", live);
      }
      db.releaseSnapshot(snap);
    }
  }

  static void iteratorsMore() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir + "/itmore")) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.put(b("a"), b("1"));
      db.put(cf, b("x"), b("9"));
      final Snapshot s1 = db.getSnapshot();
      db.put(b("b"), b("2"));
      db.put(cf, b("y"), b("8"));
      final List<RocksIterator> its = db.newIterators(
          Arrays.asList(db.getDefaultColumnFamily(), cf));
      try {
        db.put(b("c"), b("3"));
        dump("newIterators default", its.get(0));
        dump("newIterators cf", its.get(1));
        its.get(0).refresh(s1);
        dump("refreshed to s1", its.get(0));
        its.get(0).refresh();
        dump("refreshed to latest", its.get(0));
      } finally {
        for (final RocksIterator it : its) {
          it.close();
        }
      }
      try (ReadOptions ro = new ReadOptions().setSnapshot(s1)) {
        final List<RocksIterator> snapIts = db.newIterators(
            Arrays.asList(db.getDefaultColumnFamily(), cf), ro);
        dump("newIterators at s1 default", snapIts.get(0));
        dump("newIterators at s1 cf", snapIts.get(1));
        for (final RocksIterator it : snapIts) {
          it.close();
        }
        final Holder<byte[]> h = new Holder<>();
        say("keyMayExist b at s1", db.keyMayExist(ro, b("b"), h) + " " + render(h.getValue()));
        say("keyExists b at s1", db.keyExists(ro, b("b")));
        say("multiGet at s1", db.multiGetAsList(ro, Arrays.asList(b("a"), b("b"))));
      }
      db.releaseSnapshot(s1);
      try (RocksIterator it = db.newIterator()) {
        final ByteBuffer target = ByteBuffer.allocateDirect(4);
        target.put(b("b")).flip();
        it.seekForPrev(target);
        final ByteBuffer key = ByteBuffer.allocateDirect(4);
        final int n = it.key(key);
        final byte[] k = new byte[key.remaining()];
        key.get(k);
        say("seekForPrev direct", n + " " + new String(k));
        it.next();
        final byte[] small = new byte[0];
        say("value into empty array", it.value(small));
        it.next(); // past the last key ("c"); a further next() would crash RocksJava
        say("after end valid", it.isValid());
      }
    }
  }

  /** Prefix modes and bounds together, printing only what RocksDB defines (ITER-PREFIX-2). */
  static void prefixAndBounds() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .useCappedPrefixExtractor(2).setMemtablePrefixBloomSizeRatio(0.1);
        RocksDB db = RocksDB.open(options, dir + "/prefix-bounds")) {
      for (final String k : new String[] {"a", "ab1", "ab2", "ab3", "ac1", "b", "bc1", "bc2"}) {
        db.put(b(k), b(k));
      }
      db.delete(b("ab2"));
      try (Slice upper = new Slice(b("ac"));
          ReadOptions ro = new ReadOptions().setAutoPrefixMode(true).setIterateUpperBound(upper);
          RocksIterator it = db.newIterator(ro)) {
        final List<String> seen = new ArrayList<>();
        for (it.seek(b("ab")); it.isValid(); it.next()) {
          seen.add(new String(it.key()));
        }
        say("autoPrefixMode seek ab, upper ac", seen.toString());
        it.seekForPrev(b("ab9"));
        say("autoPrefixMode seekForPrev ab9", it.isValid() ? new String(it.key()) : "invalid");
      }
      try (ReadOptions ro = new ReadOptions().setPrefixSameAsStart(true);
          RocksIterator it = db.newIterator(ro)) {
        final List<String> seen = new ArrayList<>();
        for (it.seekForPrev(b("bc9")); it.isValid(); it.prev()) {
          seen.add(new String(it.key()));
        }
        say("prefixSameAsStart seekForPrev bc9 backward", seen.toString());
        it.seek(b("zz"));
        say("prefixSameAsStart seek zz", it.isValid());
        it.seek(b("a"));
        say("prefixSameAsStart seek a (shorter than the prefix)",
            it.isValid() ? new String(it.key()) : "invalid");
      }
      try (Slice lower = new Slice(b("ab")); Slice upper = new Slice(b("bc2"));
          ReadOptions ro = new ReadOptions().setTotalOrderSeek(true)
              .setIterateLowerBound(lower).setIterateUpperBound(upper);
          RocksIterator it = db.newIterator(ro)) {
        dump("total order within [ab, bc2)", it);
        it.seek(b("a"));
        say("seek below the lower bound", new String(it.key()));
        it.seekForPrev(b("zz"));
        say("seekForPrev above the upper bound", new String(it.key()));
        final List<String> back = new ArrayList<>();
        for (it.seekToLast(); it.isValid(); it.prev()) {
          back.add(new String(it.key()));
        }
        say("backward within the bounds", back.toString());
      }
      final Snapshot before = db.getSnapshot();
      db.put(b("ab2"), b("again"));
      db.deleteRange(b("ac"), b("b"));
      try (ReadOptions old = new ReadOptions().setSnapshot(before).setTotalOrderSeek(true);
          RocksIterator atSnapshot = db.newIterator(old);
          ReadOptions now = new ReadOptions().setTotalOrderSeek(true);
          RocksIterator live = db.newIterator(now)) {
        dump("at the snapshot", atSnapshot);
        dump("now", live);
      }
      db.releaseSnapshot(before);
    }
  }

  /**
   * Data spread over many memtables (a 64 KiB write buffer): which memtable holds what depends on
   * RocksDB's background flushes, but what a read returns does not.
   */
  static void acrossMemtables() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(64 << 10)
            .setMaxWriteBufferNumber(4).setMergeOperator(new StringAppendOperator());
        RocksDB db = RocksDB.open(options, dir + "/across")) {
      final byte[] filler = new byte[900];
      Snapshot middle = null;
      for (int i = 0; i < 600; i++) {
        final String k = String.format("k%04d", (i * 7919) % 1000);
        db.put(b(k), filler);
        if (i % 5 == 0) {
          db.merge(b(k), b("m" + i));
        }
        if (i % 11 == 0) {
          db.delete(b(String.format("k%04d", (i * 31) % 1000)));
        }
        if (i == 300) {
          middle = db.getSnapshot();
          db.deleteRange(b("k0100"), b("k0200"));
        }
      }
      try (RocksIterator it = db.newIterator()) {
        say("forward", summary(it, true));
        say("backward", summary(it, false));
        it.seek(b("k0150"));
        say("seek k0150", new String(it.key()));
        it.seekForPrev(b("k0150"));
        say("seekForPrev k0150", new String(it.key()));
        it.prev();
        say("prev", new String(it.key()));
        it.next();
        it.next();
        say("next next", new String(it.key()));
      }
      try (ReadOptions ro = new ReadOptions().setSnapshot(middle);
          RocksIterator it = db.newIterator(ro)) {
        say("at the middle snapshot", summary(it, true));
        say("get k0150 at the middle", db.get(ro, b("k0150")) == null ? "null" : "found");
      }
      db.releaseSnapshot(middle);
    }
  }

  /** Count, first and last key, and a CRC of every key and value seen, in order. */
  private static String summary(final RocksIterator it, final boolean forward) {
    final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    int n = 0;
    String first = null;
    String last = null;
    if (forward) {
      it.seekToFirst();
    } else {
      it.seekToLast();
    }
    while (it.isValid()) {
      final String k = new String(it.key(), StandardCharsets.ISO_8859_1);
      first = first == null ? k : first;
      last = k;
      crc.update(it.key());
      crc.update(it.value());
      n++;
      if (forward) {
        it.next();
      } else {
        it.prev();
      }
    }
    return n + " keys, " + first + " .. " + last + ", crc " + Long.toHexString(crc.getValue());
  }
}
