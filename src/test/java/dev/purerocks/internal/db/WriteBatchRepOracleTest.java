package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Our encoder and decoder against RocksJava's {@code WriteBatch}: the same random call sequences
 * must give the same bytes, counts, flags and failures; RocksJava's bytes, whole or damaged, must
 * decode to the same records or the same Corruption text.
 */
class WriteBatchRepOracleTest {
  private static DBOptions dbOptions;
  private static RocksDB db;
  private static final List<ColumnFamilyHandle> handles = new ArrayList<>();

  @BeforeAll
  static void openOracle() throws Exception {
    RocksJavaOracle.load();
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "wb");
    dbOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
    List<ColumnFamilyDescriptor> cfs = new ArrayList<>();
    cfs.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    for (int i = 1; i <= 3; i++) {
      cfs.add(new ColumnFamilyDescriptor(("cf" + i).getBytes()));
    }
    db = RocksDB.open(dbOptions, dir.toString(), cfs, handles);
  }

  @AfterAll
  static void closeOracle() {
    handles.forEach(ColumnFamilyHandle::close);
    db.close();
    dbOptions.close();
  }

  private static byte[] bytes(SplittableRandom r) {
    int n = r.nextInt(4) == 0 ? r.nextInt(300) : r.nextInt(6);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  /** Applies one random call to both batches; returns a description for failure messages. */
  private static String step(SplittableRandom r, WriteBatchRep ours, WriteBatch theirs)
      throws RocksDBException {
    int cf = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
    ColumnFamilyHandle h = handles.get(cf);
    byte[] k = bytes(r);
    byte[] v = bytes(r);
    int op = r.nextInt(11);
    String what = "op" + op + " cf" + cf + " k" + k.length + " v" + v.length;
    DbStatusException ourError = null;
    RocksDBException theirError = null;
    try {
      switch (op) {
        case 0 -> ours.put(cf, k, 0, k.length, v, 0, v.length);
        case 1 -> ours.delete(cf, k, 0, k.length);
        case 2 -> ours.singleDelete(cf, k, 0, k.length);
        case 3 -> ours.deleteRange(cf, k, 0, k.length, v, 0, v.length);
        case 4 -> ours.merge(cf, k, 0, k.length, v, 0, v.length);
        case 5 -> ours.putLogData(v, 0, v.length);
        case 6 -> ours.setSavePoint();
        case 7 -> ours.rollbackToSavePoint();
        case 8 -> ours.popSavePoint();
        case 9 -> ours.setMaxBytes(r.nextInt(3) == 0 ? 0 : ours.dataSize() + r.nextInt(40));
        default -> ours.put(cf, k, 0, k.length, v, 0, v.length);
      }
    } catch (DbStatusException e) {
      ourError = e;
    }
    try {
      switch (op) {
        case 0 -> theirs.put(h, k, v);
        case 1 -> theirs.delete(h, k);
        case 2 -> theirs.singleDelete(h, k);
        case 3 -> theirs.deleteRange(h, k, v);
        case 4 -> theirs.merge(h, k, v);
        case 5 -> theirs.putLogData(v);
        case 6 -> theirs.setSavePoint();
        case 7 -> theirs.rollbackToSavePoint();
        case 8 -> theirs.popSavePoint();
        case 9 -> theirs.setMaxBytes(ours.maxBytesForTest());
        default -> {
          if (cf == 0) {
            theirs.put(k, v);
          } else {
            theirs.put(h, k, v);
          }
        }
      }
    } catch (RocksDBException e) {
      theirError = e;
    }
    assertWithMessage(what + " ours=" + ourError + " theirs=" + theirError)
        .that(ourError == null)
        .isEqualTo(theirError == null);
    if (ourError != null) {
      assertWithMessage(what).that(ourError.getMessage()).isEqualTo(theirError.getMessage());
      assertWithMessage(what)
          .that(ourError.status().getCode().getValue())
          .isEqualTo(theirError.getStatus().getCode().getValue());
      assertWithMessage(what)
          .that(ourError.status().getSubCode().getValue())
          .isEqualTo(theirError.getStatus().getSubCode().getValue());
    }
    return what;
  }

  @Test
  @Spec({"WB-FORMAT-1", "WB-FORMAT-2", "WB-SAVEPOINT-1", "WB-MAXBYTES-1", "WB-FLAGS-1"})
  void randomCallSequences_giveRocksJavasBytesCountsAndFlags() throws Exception {
    String id = "WriteBatchRepOracleTest.randomCallSequences";
    SplittableRandom r = TestSeed.random(id);
    for (int round = 0; round < 300; round++) {
      try (WriteBatch theirs = new WriteBatch()) {
        WriteBatchRep ours = new WriteBatchRep();
        int steps = r.nextInt(40);
        for (int i = 0; i < steps; i++) {
          String what = step(r, ours, theirs);
          String msg = "seed " + TestSeed.masterHex() + " round " + round + " step " + i + " " + what;
          assertWithMessage(msg).that(ours.data()).isEqualTo(theirs.data());
          assertWithMessage(msg).that(ours.count()).isEqualTo(theirs.count());
          assertWithMessage(msg).that(ours.dataSize()).isEqualTo((int) theirs.getDataSize());
          assertWithMessage(msg).that(flags(ours)).isEqualTo(flags(theirs));
        }
        // RocksJava's bytes decode to the same records through our decoder and theirs.
        assertThat(Recorder.ours(WriteBatchRep.fromBytes(theirs.data(), 0, theirs.data().length)))
            .isEqualTo(Recorder.theirs(theirs));
      }
    }
  }

  @Test
  @Spec({"WB-DECODE-1", "WB-DECODE-2", "WB-FLAGS-2"})
  void damagedRepresentations_failWithRocksJavasCorruptionText() throws Exception {
    SplittableRandom r = TestSeed.random("WriteBatchRepOracleTest.damaged");
    for (int round = 0; round < 2000; round++) {
      byte[] data;
      try (WriteBatch src = new WriteBatch()) {
        WriteBatchRep scratch = new WriteBatchRep();
        for (int i = r.nextInt(6); i > 0; i--) {
          step(r, scratch, src);
        }
        data = src.data();
      }
      byte[] bad = damage(r, data);
      String msg = "seed " + TestSeed.masterHex() + " round " + round + " " + Arrays.toString(bad);
      try (WriteBatch theirs = new WriteBatch(bad)) {
        WriteBatchRep ours = WriteBatchRep.fromBytes(bad, 0, bad.length);
        assertWithMessage(msg).that(Recorder.ours(ours)).isEqualTo(Recorder.theirs(theirs));
        if (bad.length >= WriteBatchRep.HEADER) {
          assertWithMessage(msg).that(ours.count()).isEqualTo(theirs.count());
          assertWithMessage(msg).that(flags(ours)).isEqualTo(flags(theirs));
        }
      }
    }
  }

  private static byte[] damage(SplittableRandom r, byte[] data) {
    byte[] b = data.clone();
    switch (r.nextInt(5)) {
      case 0 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
      case 1 -> b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      case 2 -> b[8] = (byte) (b[8] + (r.nextBoolean() ? 1 : -1));
      case 3 -> {
        b = Arrays.copyOf(b, b.length + 1 + r.nextInt(3));
        for (int i = data.length; i < b.length; i++) {
          b[i] = (byte) r.nextInt(0x1B);
        }
      }
      default -> {
        if (b.length > WriteBatchRep.HEADER) {
          b[WriteBatchRep.HEADER + r.nextInt(b.length - WriteBatchRep.HEADER)] =
              (byte) r.nextInt(0x1B);
        }
      }
    }
    return b;
  }

  private static String flags(WriteBatchRep b) {
    return "" + b.has(WriteBatchRep.HAS_PUT) + b.has(WriteBatchRep.HAS_DELETE)
        + b.has(WriteBatchRep.HAS_SINGLE_DELETE) + b.has(WriteBatchRep.HAS_DELETE_RANGE)
        + b.has(WriteBatchRep.HAS_MERGE) + b.has(WriteBatchRep.HAS_BEGIN_PREPARE)
        + b.has(WriteBatchRep.HAS_END_PREPARE) + b.has(WriteBatchRep.HAS_COMMIT)
        + b.has(WriteBatchRep.HAS_ROLLBACK);
  }

  private static String flags(WriteBatch b) {
    return "" + b.hasPut() + b.hasDelete() + b.hasSingleDelete() + b.hasDeleteRange()
        + b.hasMerge() + b.hasBeginPrepare() + b.hasEndPrepare() + b.hasCommit()
        + b.hasRollback();
  }

  @Test
  @Spec("WB-SAVEPOINT-2")
  void walTerminationPoint_recordsSizeCountAndFlags_likeRocksJava() throws Exception {
    try (WriteBatch theirs = new WriteBatch()) {
      WriteBatchRep ours = new WriteBatchRep();
      assertThat(ours.walTerminationPoint()).isEqualTo(new long[] {
          theirs.getWalTerminationPoint().getSize(), theirs.getWalTerminationPoint().getCount(),
          theirs.getWalTerminationPoint().getContentFlags()});
      theirs.put(b("a"), b("b"));
      theirs.deleteRange(b("a"), b("c"));
      theirs.markWalTerminationPoint();
      theirs.put(b("z"), b("z"));
      ours.put(0, b("a"), 0, 1, b("b"), 0, 1);
      ours.deleteRange(0, b("a"), 0, 1, b("c"), 0, 1);
      ours.markWalTerminationPoint();
      ours.put(0, b("z"), 0, 1, b("z"), 0, 1);
      WriteBatch.SavePoint p = theirs.getWalTerminationPoint();
      assertThat(ours.walTerminationPoint())
          .isEqualTo(new long[] {p.getSize(), p.getCount(), p.getContentFlags()});
      theirs.clear();
      ours.clear();
      p = theirs.getWalTerminationPoint();
      assertThat(ours.walTerminationPoint())
          .isEqualTo(new long[] {p.getSize(), p.getCount(), p.getContentFlags()});
    }
  }

  private static byte[] b(String s) {
    return s.getBytes();
  }
}
