package dev.purerocks.oracle;

import java.util.List;

/**
 * One database under test, driven by the conformance runner. Every call returns its observable
 * result rendered as one line of text (a value, "ok", or the exception's type, message and
 * {@code Status} code), so that two engines are compared by comparing strings. Implementations
 * must render identically for identical behaviour: {@link RocksJavaEngine} and {@link
 * PureRocksEngine} are the same source with the imports switched.
 *
 * <p>The adapter holds at most one open iterator (reopening replaces it) and named snapshots. A
 * cursor step on an invalid iterator is not issued to the database (RocksDB leaves it undefined)
 * and renders as {@code "invalid (not moved)"}.
 */
interface Engine extends AutoCloseable {
  void open(EngineConfig config, String directory) throws Exception;

  String put(byte[] key, byte[] value);

  String delete(byte[] key);

  String singleDelete(byte[] key);

  String deleteRange(byte[] begin, byte[] end);

  String merge(byte[] key, byte[] value);

  /** Applies the write operations (put/delete/singleDelete/deleteRange/merge) atomically. */
  String write(List<Op> batch);

  /** A point read, at the named snapshot when {@code snapshot} is not null. */
  String get(byte[] key, String snapshot);

  String multiGet(List<byte[]> keys);

  /**
   * {@code keyMayExist} checked for its one portable promise, no false negative (RocksDB may answer
   * "may exist" from filters; DIFF-API-KEYMAYEXIST-1): renders {@code "no false negative"} unless
   * the key is readable while {@code keyMayExist} says it is absent.
   */
  String keyMayExist(byte[] key);

  /** Opens a fresh iterator (closing the previous one), at the named snapshot if not null. */
  String iterOpen(String snapshot);

  /** One cursor operation: first, last, seek, seekForPrev, next or prev. */
  String iterMove(String move, byte[] target);

  String snapshotTake(String name);

  String snapshotRelease(String name);

  /**
   * Column families (issue 4): {@code create}, {@code use} (later writes, batch entries without a
   * family, reads, iterators and flushes go to it; {@code default} names the default family),
   * {@code drop} (the handle stays usable, as in RocksDB, until close) and {@code list} (the
   * families RocksDB.listColumnFamilies reads from the directory; name ignored).
   */
  String columnFamily(String action, String name);

  /** {@code pause} or {@code continue}: pauseBackgroundWork / continueBackgroundWork. */
  String background(String action);

  /** A flush that does not wait (and allows a write stall): it switches the memtable. */
  String flushNoWait();

  /** The current family's deterministic memtable counters, {@code name=value} each. */
  String counts();

  String flush();

  @Override
  void close();
}
