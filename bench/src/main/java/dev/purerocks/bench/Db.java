package dev.purerocks.bench;

/**
 * What a benchmark does to a store, so that one benchmark body measures PureRocks, RocksJava and
 * the plain Java map alike.
 *
 * <p>{@link PureRocksDb} and {@link RocksJavaDb} are the same source with the imports switched
 * ({@code bench/run} checks it), so both engines get exactly the same calls: the public
 * {@code RocksDB.put/get/newIterator} API with the WAL disabled. {@link MapDb} is the plain Java
 * baseline, a {@code ConcurrentSkipListMap} that stores copies, as a memtable must own its bytes.
 * Checked exceptions become unchecked: a benchmark that fails should stop, not be handled.
 */
interface Db extends AutoCloseable {
  /** The implementations, as the benchmarks' {@code impl} parameter spells them. */
  String PURE_ROCKS = "purerocks";
  String ROCKS_JAVA = "rocksjava";
  String MAP = "csl";

  /** Memtable representations, as the {@code rep} parameter spells them. */
  String SKIPLIST = "skiplist";
  String HASH_SKIPLIST = "hashskiplist";
  String HASH_LINKLIST = "hashlinklist";
  String VECTOR = "vector";

  void put(byte[] key, byte[] value);

  /** The value, or null when the key is missing. */
  byte[] get(byte[] key);

  /**
   * An iterator for seeks, made once and reused, as an application scanning repeatedly would.
   * For the hash representations it is bounded to the target's prefix ({@code
   * prefix_same_as_start}): they support nothing else.
   */
  Cursor cursor();

  /** {@code rocksdb.cur-size-all-mem-tables}, or -1 where there is no such thing (the map). */
  long memTableBytes();

  /**
   * Makes the active memtable immutable without flushing it: background work paused, then a flush
   * that does not wait. RocksDB's mutable Vector sorts a copy of the whole vector on every read,
   * so its steady-state reads can only be measured this way (see baseline.md, "Vector reads").
   */
  void freezeMemTable();

  /** A DB property (for the sanity checks after a setup), or null for the map. */
  String property(String name);

  @Override
  void close();

  /** A reusable iterator. */
  interface Cursor extends AutoCloseable {
    /**
     * Seeks to {@code target} and reads the key and value of up to {@code entries} entries (the
     * target and the next ones). Returns the number of entries read times 2^32 plus a checksum
     * of bytes read, for the blackhole.
     */
    long seekAndRead(byte[] target, int entries);

    @Override
    void close();
  }

  static Db open(String impl, String rep) {
    switch (impl) {
      case PURE_ROCKS:
        return new PureRocksDb(rep);
      case ROCKS_JAVA:
        return new RocksJavaDb(rep);
      case MAP:
        if (!SKIPLIST.equals(rep)) {
          throw new IllegalArgumentException("the map baseline is ordered: rep=skiplist only");
        }
        return new MapDb();
      default:
        throw new IllegalArgumentException("unknown impl " + impl);
    }
  }

  /** True for the representations that only support seeks within a prefix. */
  static boolean prefixOnly(String rep) {
    return HASH_SKIPLIST.equals(rep) || HASH_LINKLIST.equals(rep);
  }
}
