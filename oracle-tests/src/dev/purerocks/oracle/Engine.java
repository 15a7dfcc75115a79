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

  // Issue 4 "Operations": the wider forms (see Op for their text and Runner.apply for dispatch).

  /**
   * A write batch (put/delete/singleDelete/deleteRange/merge, applied atomically; {@code in c1
   * ...} entries go to family c1, the others to the current family) whose entries may include {@code savepoint}, {@code rollback} and {@code
   * popSavePoint} (an entry that throws is rendered as {@code #index exception} and the batch
   * goes on); with {@code roundTrip} the batch written is {@code new WriteBatch(data())} of it.
   * Renders the written batch's {@code count()} and {@code has*()} flags.
   */
  String writeBatch(List<Op> batch, boolean roundTrip);

  /**
   * A point read through one overload: {@code array}, {@code buffer:N} (byte[N] value),
   * {@code slice} (key at an offset), {@code slicebuffer:N}, {@code direct:N}/{@code heap:N}
   * (ByteBuffers); the overloads without ReadOptions are used when {@code snapshot} is null.
   */
  String getForm(byte[] key, String snapshot, String form);

  /** {@code keyExists} with a byte[] ({@code form} "") or direct ByteBuffer ("buffer") key. */
  String keyExists(byte[] key, String snapshot, String form);

  /**
   * {@code multiGetAsList(ReadOptions, keys)} ("ro") or {@code multiGetByteBuffers} with direct
   * ("bb:N") or heap ("bbheap:N") value buffers of N bytes.
   */
  String multiGetForm(List<byte[]> keys, String snapshot, String form);

  /**
   * Opens an iterator with optional bounds (null: none) and a mode: {@code total}, {@code prefix}
   * (compared on the seek target's prefix only), {@code same} (prefix_same_as_start), {@code auto}.
   */
  String iterOpenWith(String snapshot, byte[] lower, byte[] upper, String mode);

  /** {@code refresh()}, or {@code refresh(snapshot)} when a snapshot is named. */
  String iterRefresh(String snapshot);

  String iterStatus();

  @Override
  void close();
}
