package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.testing.Spec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals RocksDB makes that PureRocks once accepted, found by the swap program
 * {@code compat-tests/programs/ErrorsAndLifecycle.java}: sync writes without a WAL, and column
 * families with an empty name (with RocksDB's order of checks at creation).
 */
class WriteAndFamilyRefusalsTest {
  @TempDir Path dir;

  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Spec("API-WRITE-2")
  @Test
  void syncWithoutWal_isRefused_appliesNothing_andIsNotSticky() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString());
        WriteOptions syncNoWal = new WriteOptions().setSync(true).setDisableWAL(true);
        WriteBatch batch = new WriteBatch()) {
      RocksDBException e = assertThrows(RocksDBException.class,
          () -> db.put(syncNoWal, b("k"), b("v")));
      assertThat(e).hasMessageThat().isEqualTo("Sync writes has to enable WAL.");
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.InvalidArgument);
      batch.put(b("k"), b("v"));
      assertThrows(RocksDBException.class, () -> db.write(syncNoWal, batch));
      assertThat(db.get(b("k"))).isNull();
      assertThat(db.getLatestSequenceNumber()).isEqualTo(0);
      db.put(b("k"), b("v"));
      assertThat(db.get(b("k"))).isEqualTo(b("v"));
    }
  }

  @Spec("DB-CF-4")
  @Test
  void ignoringMissingFamilies_skipsTheirRecords_whichStillConsumeSequenceNumbers()
      throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString());
        WriteOptions ignore = new WriteOptions().setIgnoreMissingColumnFamilies(true);
        WriteBatch batch = new WriteBatch()) {
      final ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(b("cf")));
      db.dropColumnFamily(cf);
      batch.put(b("before"), b("1"));
      batch.delete(cf, b("lost"));
      batch.merge(cf, b("lost"), b("x"));
      batch.put(b("after"), b("3"));
      db.write(ignore, batch);
      assertThat(db.getLatestSequenceNumber()).isEqualTo(4);
      assertThat(db.get(b("before"))).isEqualTo(b("1"));
      assertThat(db.get(b("after"))).isEqualTo(b("3"));
      assertThat(db.get(cf, b("lost"))).isNull();
      final RocksDBException e = assertThrows(RocksDBException.class,
          () -> db.put(cf, b("k"), b("v"))); // without the option it fails, and sticks
      assertThat(e).hasMessageThat().isEqualTo("Invalid column family specified in write batch");
      cf.close();
    }
  }

  @Spec("DB-CF-3")
  @Test
  void createColumnFamily_checksEmptyName_thenOptions_thenExistingName() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString());
        ColumnFamilyOptions inplace = new ColumnFamilyOptions().setInplaceUpdateSupport(true)) {
      RocksDBException e = assertThrows(RocksDBException.class,
          () -> db.createColumnFamily(new ColumnFamilyDescriptor(new byte[0], inplace)));
      assertThat(e).hasMessageThat().isEqualTo("Column family name cannot be the empty string");
      db.createColumnFamily(new ColumnFamilyDescriptor(b("x"))).close();
      e = assertThrows(RocksDBException.class,
          () -> db.createColumnFamily(new ColumnFamilyDescriptor(b("x"), inplace)));
      assertThat(e).hasMessageThat().startsWith("In-place memtable updates");
      e = assertThrows(RocksDBException.class,
          () -> db.createColumnFamily(new ColumnFamilyDescriptor(b("x"))));
      assertThat(e).hasMessageThat().isEqualTo("Column family already exists");
    }
  }

  @Spec("API-DIR-2")
  @Test
  void reopeningAFamilyWithAnotherComparator_isRefused_likeRocksDB() throws Exception {
    final List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (DBOptions dbo = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        ColumnFamilyOptions reverse = new ColumnFamilyOptions()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
        RocksDB db = RocksDB.open(dbo, dir.toString(), Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("rev\tname"), reverse)), handles)) {
      handles.forEach(ColumnFamilyHandle::close);
    }
    handles.clear();
    try (DBOptions dbo = new DBOptions()) {
      final RocksDBException e = assertThrows(RocksDBException.class, () -> RocksDB.open(dbo,
          dir.toString(), Arrays.asList(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("rev\tname"))), handles));
      assertThat(e).hasMessageThat().isEqualTo("leveldb.BytewiseComparator: does not match"
          + " existing comparator rocksdb.ReverseBytewiseComparator");
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.InvalidArgument);
    }
    try (Options reverseDefault = new Options()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR)) {
      final RocksDBException e = assertThrows(RocksDBException.class,
          () -> RocksDB.openReadOnly(reverseDefault, dir.toString()));
      assertThat(e).hasMessageThat().startsWith("rocksdb.ReverseBytewiseComparator: does not");
    }
    try (Options plain = new Options()) {
      final List<byte[]> names = RocksDB.listColumnFamilies(plain, dir.toString());
      assertThat(names.get(1)).isEqualTo(b("rev\tname")); // a tab in a name survives
    }
  }

  @Spec("API-RO-1")
  @Test
  void readOnlyInstance_refusesToDropAFamily_andChangesNothing() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString())) {
      db.createColumnFamily(new ColumnFamilyDescriptor(b("x"))).close();
    }
    final List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (DBOptions dbo = new DBOptions();
        RocksDB ro = RocksDB.openReadOnly(dbo, dir.toString(), Arrays.asList(
            new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
            new ColumnFamilyDescriptor(b("x"))), handles)) {
      RocksDBException e = assertThrows(RocksDBException.class,
          () -> ro.dropColumnFamily(handles.get(1)));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
      assertThat(e).hasMessageThat().isEqualTo("Not supported operation in read only mode.");
      e = assertThrows(RocksDBException.class, () -> ro.dropColumnFamilies(handles));
      assertThat(e).hasMessageThat().isEqualTo("Can't drop default column family");
      e = assertThrows(RocksDBException.class, () -> ro.createColumnFamilies(
          new ColumnFamilyOptions(), Arrays.asList(b("y"))));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
      handles.forEach(ColumnFamilyHandle::close);
    }
    try (Options plain = new Options()) {
      assertThat(RocksDB.listColumnFamilies(plain, dir.toString())).hasSize(2);
    }
  }

  @Spec("DB-CF-3")
  @Test
  void openCreatingAnEmptyName_fails_afterRecordingTheFamiliesBeforeIt() throws Exception {
    final List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true)) {
      final RocksDBException e = assertThrows(RocksDBException.class,
          () -> RocksDB.open(options, dir.toString(), Arrays.asList(
              new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
              new ColumnFamilyDescriptor(b("before")), new ColumnFamilyDescriptor(new byte[0]),
              new ColumnFamilyDescriptor(b("after"))), handles));
      assertThat(e).hasMessageThat().isEqualTo("Column family name cannot be the empty string");
    }
    assertThat(handles).isEmpty();
    try (Options plain = new Options()) {
      final List<byte[]> names = RocksDB.listColumnFamilies(plain, dir.toString());
      assertThat(names).hasSize(2);
      assertThat(names.get(1)).isEqualTo(b("before"));
    }
  }
}
