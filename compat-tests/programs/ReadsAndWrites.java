// A swap program: plain RocksJava, written once. SwapProgramsCompatTest compiles it as written
// and with the package rewritten to PureRocks's, runs both and requires identical output.
// Every kind of read and write: byte arrays, offsets, ByteBuffers, keyMayExist/keyExists,
// multiGet, range deletions.

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.*;

public class ReadsAndWrites extends Swap {
  public static void main(final String[] args) throws Exception {
    inTempDir("swap-reads-writes-", () -> {
      section("basics", ReadsAndWrites::basics);
      section("buffersAndOffsets", ReadsAndWrites::buffersAndOffsets);
      section("levelsAndMultiGetBuffers", ReadsAndWrites::levelsAndMultiGetBuffers);
      section("ignoreRangeDeletions", ReadsAndWrites::ignoreRangeDeletions);
      section("familyFormsAndFlushes", ReadsAndWrites::familyFormsAndFlushes);
      section("largeValuesAndMissingFamilies", ReadsAndWrites::largeValuesAndMissingFamilies);
    });
  }

  static void basics() throws Exception {
    final String path = dir + "/basics";
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, path)) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("22"));
      db.put(new WriteOptions(), b("xcx"), 1, 1, b("zz3zz"), 2, 1);
      say("get a", db.get(b("a")));
      say("get missing", db.get(b("nope")));
      say("get c (offset put)", db.get(b("c")));
      final byte[] small = new byte[1];
      say("get b into 1 byte", db.get(b("b"), small));
      say("  copied", small);
      say("get missing into array", db.get(b("nope"), small));
      say("keyExists a", db.keyExists(b("a")));
      say("keyExists nope", db.keyExists(b("nope")));
      final Holder<byte[]> holder = new Holder<>();
      say("keyMayExist b", db.keyMayExist(b("b"), holder));
      say("  holder", holder.getValue());
      say("keyMayExist nope", db.keyMayExist(b("nope"), null));
      say("multiGet", db.multiGetAsList(Arrays.asList(b("a"), b("nope"), b("b"))));
      db.delete(b("a"));
      say("get a after delete", db.get(b("a")));
      db.singleDelete(b("c"));
      say("get c after singleDelete", db.get(b("c")));
      say("sequence", db.getLatestSequenceNumber());
      final ByteBuffer key = ByteBuffer.allocateDirect(8);
      key.put(b("b")).flip();
      final ByteBuffer value = ByteBuffer.allocateDirect(8);
      say("get ByteBuffer", db.get(new ReadOptions(), key, value));
      say("  key pos/limit", key.position() + "/" + key.limit());
      say("  value pos/limit", value.position() + "/" + value.limit());
      final ByteBuffer hk = ByteBuffer.wrap(b("hk"));
      final ByteBuffer hv = ByteBuffer.wrap(b("hv"));
      db.put(new WriteOptions(), hk, hv);
      say("get heap-buffer put", db.get(b("hk")));
      attempt("put mixed buffers",
          () -> db.put(new WriteOptions(), ByteBuffer.wrap(b("k")), ByteBuffer.allocateDirect(1)));
      attempt("put bad offset", () -> db.put(b("abc"), 2, 5, b("v"), 0, 1));
      attempt("get bad offset", () -> db.get(b("abc"), -1, 2));
      say("estimate-num-keys", db.getProperty("rocksdb.estimate-num-keys"));
      say("num-entries-active", db.getLongProperty("rocksdb.num-entries-active-mem-table"));
      say("num-deletes-active", db.getLongProperty("rocksdb.num-deletes-active-mem-table"));
      say("num-immutable", db.getProperty("rocksdb.num-immutable-mem-table"));
      attempt("unknown property", () -> db.getProperty("rocksdb.no-such-thing"));
      attempt("long of rocksdb.stats", () -> db.getLongProperty("rocksdb.stats"));
      db.flushWal(true);
      db.syncWal();
      db.flush(new FlushOptions());
      say("after flush: num-entries-active", db.getProperty("rocksdb.num-entries-active-mem-table"));
      say("after flush: get b", db.get(b("b")));
      db.put(b("after"), b("flush"));
      db.compactRange();
      say("after compactRange: num-entries-active",
          db.getProperty("rocksdb.num-entries-active-mem-table"));
      say("after compactRange: get after", db.get(b("after")));
    }
  }

  static void buffersAndOffsets() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator());
        RocksDB db = RocksDB.open(options, dir + "/buffers");
        ReadOptions ro = new ReadOptions();
        WriteOptions wo = new WriteOptions()) {
      final ColumnFamilyHandle dflt = db.getDefaultColumnFamily();
      db.put(dflt, wo, b("__key__"), 2, 3, b("--value--"), 2, 5);
      say("offset put", db.get(b("key")));
      say("offset get", db.get(dflt, ro, b("xxkeyxx"), 2, 3));
      final byte[] out = new byte[8];
      say("offset get into", db.get(ro, b("key"), 0, 3, out, 1, 3));
      say("  out", out);
      db.merge(dflt, wo, b("mkey"), 0, 4, b("abc"), 1, 1);
      db.merge(wo, b("mkey"), b("z"));
      say("merged", db.get(b("mkey")));
      db.delete(dflt, wo, b("xmkey"), 1, 4);
      say("deleted with offset", db.get(b("mkey")));
      final ByteBuffer dk = ByteBuffer.allocateDirect(16);
      final ByteBuffer dv = ByteBuffer.allocateDirect(16);
      dk.put(b("dkey")).flip();
      dv.put(b("dvalue")).flip();
      db.put(wo, dk, dv);
      say("direct put positions", dk.position() + " " + dv.position());
      say("direct put value", db.get(b("dkey")));
      final ByteBuffer probe = ByteBuffer.allocateDirect(8);
      probe.put(b("dkey")).flip();
      say("keyExists buffer", db.keyExists(probe));
      probe.rewind();
      say("keyMayExist buffer", db.keyMayExist(probe));
      probe.rewind();
      final ByteBuffer small = ByteBuffer.allocateDirect(3);
      final KeyMayExist kme = db.keyMayExist(probe, small);
      say("keyMayExist value", kme.exists + " " + kme.valueLength + " limit " + small.limit());
      final ByteBuffer missing = ByteBuffer.allocateDirect(8);
      missing.put(b("nope")).flip();
      final KeyMayExist none = db.keyMayExist(missing, ByteBuffer.allocateDirect(4));
      say("keyMayExist missing", none.exists + " " + none.valueLength);
      final ByteBuffer missing2 = ByteBuffer.allocateDirect(8);
      missing2.put(b("nope")).flip();
      final ByteBuffer val = ByteBuffer.allocateDirect(8);
      say("get missing buffer", db.get(ro, missing2, val) + " limit " + val.limit());
      final ByteBuffer del = ByteBuffer.allocateDirect(8); // RocksJava asserts direct here
      del.put(b("dkey")).flip();
      db.delete(wo, del);
      say("deleted by buffer", db.get(b("dkey")));
      try (RocksIterator it = db.newIterator()) {
        final ByteBuffer target = ByteBuffer.allocateDirect(8);
        target.put(b("k")).flip();
        it.seek(target);
        say("seek buffer position", target.position());
        final ByteBuffer vb = ByteBuffer.allocate(3);
        say("value into heap buffer", it.value(vb) + " limit " + vb.limit());
        final byte[] kb = new byte[5];
        say("key into array slice", it.key(kb, 1, 2));
        say("  kb", kb);
        attempt("key into bad slice", () -> it.key(kb, 4, 2));
      }
    }
  }

  static void levelsAndMultiGetBuffers() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setNumLevels(4)
            .setLevel0StopWritesTrigger(40);
        RocksDB db = RocksDB.open(options, dir + "/levels")) {
      say("numberLevels", db.numberLevels());
      say("maxMemCompactionLevel", db.maxMemCompactionLevel());
      say("level0StopWriteTrigger", db.level0StopWriteTrigger());
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf"),
          new ColumnFamilyOptions().setNumLevels(0)));
      say("cf numberLevels", db.numberLevels(cf));
      say("cf level0StopWriteTrigger", db.level0StopWriteTrigger(cf));
      db.put(b("k1"), b("value-one"));
      db.put(b("k2"), b("v2"));
      final List<ByteBuffer> keys = new ArrayList<>();
      final List<ByteBuffer> values = new ArrayList<>();
      for (final String k : new String[] {"k1", "nope", "k2"}) {
        final ByteBuffer kb = ByteBuffer.allocateDirect(8);
        kb.put(b(k)).flip();
        keys.add(kb);
        values.add(ByteBuffer.allocateDirect(4));
      }
      for (final ByteBufferGetStatus r : db.multiGetByteBuffers(keys, values)) {
        final String v;
        if (r.value == null) {
          v = "null";
        } else {
          final byte[] got = new byte[r.value.remaining()];
          r.value.duplicate().get(got);
          v = new String(got) + " pos " + r.value.position() + " limit " + r.value.limit();
        }
        say("multiGetByteBuffers", r.status.getCode() + " " + r.requiredSize + " " + v);
      }
      say("key positions", keys.get(0).position() + " " + keys.get(0).limit());
      attempt("multiGetByteBuffers heap key", () -> db.multiGetByteBuffers(
          Arrays.asList(ByteBuffer.wrap(b("k1"))), Arrays.asList(ByteBuffer.allocateDirect(4))));
      attempt("multiGetByteBuffers fewer values", () -> db.multiGetByteBuffers(keys,
          values.subList(0, 1)));
    }
  }

  static void ignoreRangeDeletions() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator(','));
        RocksDB db = RocksDB.open(options, dir + "/ignore-range");
        ReadOptions ignoring = new ReadOptions().setIgnoreRangeDeletions(true);
        ReadOptions normal = new ReadOptions()) {
      db.put(b("a"), b("1"));
      db.put(b("b"), b("2"));
      db.merge(b("c"), b("x"));
      db.deleteRange(b("a"), b("c\u0000"));
      db.merge(b("c"), b("y"));
      db.put(b("d"), b("4"));
      for (final String k : new String[] {"a", "b", "c", "d"}) {
        say("get " + k, db.get(normal, b(k)));
        say("get ignoring " + k, db.get(ignoring, b(k)));
      }
      say("multiGet ignoring", db.multiGetAsList(ignoring, java.util.Arrays.asList(b("a"), b("c"))));
      say("keyExists ignoring b", db.keyExists(ignoring, b("b")));
      try (RocksIterator it = db.newIterator(normal)) {
        dump("scan", it);
      }
      try (RocksIterator it = db.newIterator(ignoring)) {
        dump("scan ignoring", it);
      }
    }
  }

  /** The column-family and ReadOptions forms of each read, and flushes that keep data readable. */
  static void familyFormsAndFlushes() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true)
            .setMergeOperator(new StringAppendOperator());
        RocksDB db = RocksDB.open(options, dir + "/forms");
        ReadOptions ro = new ReadOptions();
        WriteOptions wo = new WriteOptions()) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf"),
          new ColumnFamilyOptions().setMergeOperator(new StringAppendOperator(';'))));
      db.put(cf, wo, b("k1"), b("v1"));
      db.put(cf, b("k2"), b("v2"));
      db.merge(cf, b("m"), b("x"));
      db.merge(cf, wo, b("m"), b("y"));
      db.delete(cf, b("k2"));
      db.singleDelete(cf, wo, b("never"));
      db.deleteRange(cf, wo, b("r0"), b("r9"));
      say("get cf", db.get(cf, b("k1")));
      say("get cf ro", db.get(cf, ro, b("m")));
      final byte[] out = new byte[1];
      say("get cf ro into", db.get(cf, ro, b("k1"), out) + " " + render(out));
      say("keyExists cf", db.keyExists(cf, b("k1")) + " " + db.keyExists(cf, b("k2")));
      say("keyExists cf ro", db.keyExists(cf, ro, b("m")));
      final Holder<byte[]> h = new Holder<>();
      say("keyMayExist cf", db.keyMayExist(cf, b("m"), h) + " " + render(h.getValue()));
      final Holder<byte[]> h2 = new Holder<>();
      say("keyMayExist cf ro missing", db.keyMayExist(cf, ro, b("k2"), h2) + " "
          + render(h2.getValue()));
      say("multiGet duplicates", db.multiGetAsList(Arrays.asList(cf, cf, cf),
          Arrays.asList(b("k1"), b("k1"), b("m"))));
      say("sequence", db.getLatestSequenceNumber());
      try (FlushOptions wait = new FlushOptions().setWaitForFlush(true)) {
        db.flush(wait, Arrays.asList(cf, db.getDefaultColumnFamily()));
        say("after flushing both: cf entries / immutables",
            db.getProperty(cf, "rocksdb.num-entries-active-mem-table") + " / "
                + db.getProperty(cf, "rocksdb.num-immutable-mem-table"));
        say("still readable", db.multiGetAsList(Arrays.asList(cf, cf),
            Arrays.asList(b("k1"), b("m"))));
        db.merge(cf, b("m"), b("z"));
        say("merge onto flushed operands", db.get(cf, b("m")));
        db.flush(wait, cf);
      }
      db.put(cf, b("k3"), b("v3"));
      db.compactRange(cf);
      db.compactRange(cf, b("a"), b("z"));
      try (RocksIterator it = db.newIterator(cf, ro)) {
        dump("cf after compactRange", it);
      }
      say("cf entries after compactRange", db.getProperty(cf, "rocksdb.num-entries-active-mem-table"));
      // (estimate-num-keys is not printed after a flush: DIFF-API-ESTIMATE-1.)
    }
  }

  /** Values larger than the write buffer, empty keys as bounds, writes to dropped families. */
  static void largeValuesAndMissingFamilies() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true).setWriteBufferSize(64 << 10)
            .setMaxWriteBufferNumber(4);
        RocksDB db = RocksDB.open(options, dir + "/large")) {
      final byte[] big = new byte[2 << 20];
      for (int i = 0; i < big.length; i++) {
        big[i] = (byte) (i * 31);
      }
      db.put(b("big"), big);
      db.put(b("small"), b("s"));
      db.put(new byte[0], b("empty key"));
      say("big value back", java.util.Arrays.equals(db.get(b("big")), big));
      try (Slice empty = new Slice(new byte[0]); Slice upper = new Slice(b("c"));
          ReadOptions ro = new ReadOptions().setIterateLowerBound(empty)
              .setIterateUpperBound(upper);
          RocksIterator it = db.newIterator(ro)) {
        final List<String> seen = new ArrayList<>();
        for (it.seekToFirst(); it.isValid(); it.next()) {
          seen.add("'" + new String(it.key()) + "':" + it.value().length);
        }
        say("from the empty key to c", seen.toString());
        it.seek(new byte[0]);
        say("seek empty key", "'" + new String(it.key()) + "'");
      }
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.dropColumnFamily(cf);
      try (WriteOptions ignore = new WriteOptions().setIgnoreMissingColumnFamilies(true);
          WriteBatch batch = new WriteBatch()) {
        batch.put(b("before"), b("1"));
        batch.put(cf, b("lost"), b("2"));
        batch.put(b("after"), b("3"));
        final long seq = db.getLatestSequenceNumber();
        attempt("batch with a dropped family, ignoring missing families",
            () -> db.write(ignore, batch));
        say("default got", db.multiGetAsList(Arrays.asList(b("before"), b("after"))));
        say("sequence advanced by", db.getLatestSequenceNumber() - seq);
        attempt("single put to the dropped family, ignoring",
            () -> db.put(cf, ignore, b("k"), b("v")));
        attempt("a later put", () -> db.put(b("later"), b("4")));
      }
      cf.close();
    }
  }
}
