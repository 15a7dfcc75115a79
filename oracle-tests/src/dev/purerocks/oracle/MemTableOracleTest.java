package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.GetContext;
import dev.purerocks.internal.memtable.HashLinkListRep;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableIterator;
import dev.purerocks.internal.memtable.MemTableOptions;
import dev.purerocks.internal.memtable.MemTableRepFactory;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.internal.memtable.VectorRep;
import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rocksdb.BuiltinComparator;
import org.rocksdb.HashLinkedListMemTableConfig;
import org.rocksdb.HashSkipListMemTableConfig;
import org.rocksdb.MemTableConfig;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.SkipListMemTableConfig;
import org.rocksdb.VectorMemTableConfig;
import org.rocksdb.WriteOptions;

/**
 * The first differential check, at the memtable level: the same random puts, deletes and range
 * deletions go into one PureRocks memtable and into a RocksJava database (whose data all stays in
 * its memtable), for each of the four representations and both built-in orders. Then every key's
 * point lookup and the order of the live keys in a total-order scan must agree.
 *
 * <p>The database-level harness that replaces this (iterators, merges, snapshots, batches, column
 * families, flushes) comes with the conformance campaign; until then the test resolves the newest
 * visible version itself, through {@link MemTable#get}.
 */
class MemTableOracleTest {
  private static final int OPERATIONS = 600;
  private static final String[] KEYS = alphabet();

  @BeforeAll
  static void loadOracle() {
    RocksJavaOracle.load();
  }

  enum Config {
    SKIP_LIST,
    HASH_SKIP_LIST,
    HASH_LINK_LIST,
    VECTOR;

    MemTableRepFactory ours() {
      switch (this) {
        case SKIP_LIST:
          return SkipListRep.factory(0);
        case HASH_SKIP_LIST:
          return HashSkipListRep.factory(7, 4, 4); // few buckets: prefixes collide
        case HASH_LINK_LIST:
          return HashLinkListRep.factory(7, 0, 4096, false, 3); // buckets turn into skip lists
        default:
          return VectorRep.factory(0);
      }
    }

    MemTableConfig theirs() {
      switch (this) {
        case SKIP_LIST:
          return new SkipListMemTableConfig();
        case HASH_SKIP_LIST:
          return new HashSkipListMemTableConfig().setBucketCount(7);
        case HASH_LINK_LIST:
          return new HashLinkedListMemTableConfig().setBucketCount(7).setThresholdUseSkiplist(3);
        default:
          return new VectorMemTableConfig();
      }
    }

    boolean hashed() {
      return this == HASH_SKIP_LIST || this == HASH_LINK_LIST;
    }
  }

  @Spec({"MT-GET-2", "MT-GET-3", "RT-GET-1", "REP-HASH-TOTAL-1", "IK-CMP-2"})
  @ParameterizedTest(name = "{0}")
  @EnumSource(Config.class)
  void randomWrites_agreeWithRocksJava_onEveryGetAndOnScanOrder(Config config) throws Exception {
    for (boolean reverse : new boolean[] {false, true}) {
      String id = getClass().getName() + "#randomWrites[" + config + (reverse ? ",reverse]" : "]");
      compare(config, reverse, TestSeed.random(id), id);
    }
  }

  private static void compare(Config config, boolean reverse, SplittableRandom rnd, String id)
      throws Exception {
    PrefixExtractor prefix = config.hashed() ? PrefixExtractor.fixed(2) : null;
    MemTable mem =
        new MemTable(
            MemTableOptions.builder()
                .userComparator(
                    reverse ? BytewiseComparators.REVERSE_BYTEWISE : BytewiseComparators.BYTEWISE)
                .prefixExtractor(prefix)
                .repFactory(config.ours())
                .writeBufferSize(64L << 20)
                .build(),
            0);
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "oracle");
    try (Options options = new Options();
        WriteOptions wo = new WriteOptions().setDisableWAL(true);
        ReadOptions ro = new ReadOptions().setTotalOrderSeek(true)) {
      options
          .setCreateIfMissing(true)
          .setWriteBufferSize(64L << 20)
          .setMemTableConfig(config.theirs())
          .setComparator(
              reverse
                  ? BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR
                  : BuiltinComparator.BYTEWISE_COMPARATOR);
      if (config.hashed()) {
        options.useFixedLengthPrefixExtractor(2).setAllowConcurrentMemtableWrite(false);
      }
      try (RocksDB db = RocksDB.open(options, dir.toString())) {
        List<String> log = new ArrayList<>();
        long seq = 0;
        for (int op = 0; op < OPERATIONS; op++) {
          String key = KEYS[rnd.nextInt(KEYS.length)];
          int kind = rnd.nextInt(10);
          if (kind < 6) {
            String value = "v" + op;
            db.put(wo, b(key), b(value));
            mem.add(++seq, ValueType.VALUE, b(key), b(value));
            log.add("put " + key + "=" + value);
          } else if (kind < 9) {
            db.delete(wo, b(key));
            mem.add(++seq, ValueType.DELETION, b(key), new byte[0]);
            log.add("delete " + key);
          } else {
            String end = KEYS[rnd.nextInt(KEYS.length)];
            String lo = key;
            String hi = end;
            if ((lo.compareTo(hi) > 0) != reverse) {
              lo = end;
              hi = key;
            }
            db.deleteRange(wo, b(lo), b(hi));
            mem.add(++seq, ValueType.RANGE_DELETION, b(lo), b(hi));
            log.add("deleteRange " + lo + " " + hi);
          }
        }
        String where = id + " seed " + TestSeed.masterHex() + " after " + log;
        for (String key : KEYS) {
          assertWithMessage("get %s in %s", key, where)
              .that(ours(mem, key, seq))
              .isEqualTo(s(db.get(b(key))));
        }
        assertWithMessage("scan in %s", where)
            .that(liveKeysInScanOrder(mem, seq))
            .containsExactlyElementsIn(theirScan(db, ro))
            .inOrder();
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The value a lookup at {@code seq} finds, or "null". */
  private static String ours(MemTable mem, String key, long seq) {
    GetContext ctx = new GetContext();
    mem.get(new LookupKey(b(key), seq), ctx);
    return ctx.state() == GetContext.State.FOUND ? s(ctx.value()) : "null";
  }

  /** Distinct user keys of a total-order scan, in order, keeping those a lookup finds. */
  private static List<String> liveKeysInScanOrder(MemTable mem, long seq) {
    List<String> keys = new ArrayList<>();
    MemTableIterator it = mem.newIterator(false);
    byte[] last = null;
    for (it.seekToFirst(); it.isValid(); it.next()) {
      byte[] k = it.userKey();
      if (last == null || !Arrays.equals(last, k)) {
        if (!"null".equals(ours(mem, s(k), seq))) {
          keys.add(s(k));
        }
        last = k;
      }
    }
    return keys;
  }

  private static List<String> theirScan(RocksDB db, ReadOptions ro) {
    List<String> keys = new ArrayList<>();
    try (RocksIterator it = db.newIterator(ro)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        keys.add(s(it.key()));
      }
    }
    return keys;
  }

  /** Keys of 2 to 4 bytes over a small alphabet with shared prefixes, including 0x00 and 0xFF. */
  private static String[] alphabet() {
    char[] chars = {'\u0000', 'a', 'b', '\u00ff'};
    List<String> keys = new ArrayList<>();
    for (char c1 : chars) {
      for (char c2 : chars) {
        keys.add("" + c1 + c2);
        keys.add("" + c1 + c2 + 'a');
        keys.add("" + c1 + c2 + c2 + c1);
      }
    }
    return keys.toArray(new String[0]);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String s(byte[] b) {
    return b == null ? "null" : new String(b, StandardCharsets.ISO_8859_1);
  }
}
