package dev.purerocks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rocksdb.FlushOptions;
import org.rocksdb.HashLinkedListMemTableConfig;
import org.rocksdb.HashSkipListMemTableConfig;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.SkipListMemTableConfig;
import org.rocksdb.VectorMemTableConfig;
import org.rocksdb.WriteOptions;

/**
 * One engine behind {@link Db}, through its public RocksJava-shaped API. The twin rule: the
 * RocksJava and the PureRocks adapters are the same file with the imported package and the class
 * name switched. Edit the RocksJava one and regenerate the other with the sed line in
 * bench/README.md; bench/run refuses to measure when they differ.
 *
 * <p>Configuration (baseline.md, "RocksJava"): a fresh DB in a temporary directory, a 512 MiB
 * write buffer so that one million entries never switch the memtable, the WAL disabled, no stats
 * dumps. SkipList keeps the default {@code allow_concurrent_memtable_write=true}; the hash
 * representations, which do not support concurrent writes, set it false; so does Vector, as
 * baseline.md measured it, although RocksDB 11.8.1 accepts true for Vector and then inserts
 * concurrently (spec REP-VECTOR-1): its concurrent fill is serialized. The hash representations
 * use an 8-byte fixed prefix extractor and their default bucket counts.
 */
final class RocksJavaDb implements Db {
  static final long WRITE_BUFFER_BYTES = 512L << 20;

  static {
    RocksDB.loadLibrary();
  }

  private final Path dir;
  private final Options options;
  private final WriteOptions writeOptions;
  private final ReadOptions readOptions;
  private final ReadOptions seekOptions;
  private final RocksDB db;

  RocksJavaDb(String rep) {
    try {
      dir = Files.createTempDirectory("bench-db");
      options = new Options().setCreateIfMissing(true).setWriteBufferSize(WRITE_BUFFER_BYTES)
          .setMaxWriteBufferNumber(4).setAvoidFlushDuringShutdown(true).setStatsDumpPeriodSec(0);
      switch (rep) {
        case SKIPLIST:
          options.setMemTableConfig(new SkipListMemTableConfig());
          break;
        case HASH_SKIPLIST:
          options.setMemTableConfig(new HashSkipListMemTableConfig())
              .useFixedLengthPrefixExtractor(Data.PREFIX_BYTES)
              .setAllowConcurrentMemtableWrite(false);
          break;
        case HASH_LINKLIST:
          options.setMemTableConfig(new HashLinkedListMemTableConfig())
              .useFixedLengthPrefixExtractor(Data.PREFIX_BYTES)
              .setAllowConcurrentMemtableWrite(false);
          break;
        case VECTOR:
          options.setMemTableConfig(new VectorMemTableConfig())
              .setAllowConcurrentMemtableWrite(false);
          break;
        default:
          throw new IllegalArgumentException("unknown rep " + rep);
      }
      writeOptions = new WriteOptions().setDisableWAL(true);
      readOptions = new ReadOptions();
      seekOptions = new ReadOptions().setPrefixSameAsStart(Db.prefixOnly(rep));
      db = RocksDB.open(options, dir.toString());
    } catch (RocksDBException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void put(byte[] key, byte[] value) {
    try {
      db.put(writeOptions, key, value);
    } catch (RocksDBException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public byte[] get(byte[] key) {
    try {
      return db.get(readOptions, key);
    } catch (RocksDBException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Cursor cursor() {
    RocksIterator it = db.newIterator(seekOptions);
    return new Cursor() {
      @Override
      public long seekAndRead(byte[] target, int entries) {
        long sum = 0;
        it.seek(target);
        for (int i = 0; i < entries && it.isValid(); i++) {
          sum += (1L << 32) + (it.key()[15] & 0xff) + (it.value()[0] & 0xff);
          it.next();
        }
        return sum;
      }

      @Override
      public void close() {
        it.close();
      }
    };
  }

  @Override
  public long memTableBytes() {
    return Long.parseLong(property("rocksdb.cur-size-all-mem-tables"));
  }

  @Override
  public void freezeMemTable() {
    try (FlushOptions flush = new FlushOptions().setWaitForFlush(false).setAllowWriteStall(true)) {
      db.pauseBackgroundWork();
      db.flush(flush);
    } catch (RocksDBException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String property(String name) {
    try {
      return db.getProperty(name);
    } catch (RocksDBException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    db.close();
    seekOptions.close();
    readOptions.close();
    writeOptions.close();
    options.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
