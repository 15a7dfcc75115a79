package dev.purerocks.internal.db;

import dev.purerocks.internal.util.Coding;
import java.util.Arrays;

/**
 * A write batch in RocksDB's binary representation ({@code db/write_batch.cc}), byte for byte what
 * RocksJava's {@code WriteBatch.data()} returns for the same calls.
 *
 * <h2>Layout</h2>
 * <pre>
 *   fixed64 sequence | fixed32 count | record*
 *   record := 0x01 varstring key varstring value            put
 *           | 0x00 varstring key                            delete
 *           | 0x07 varstring key                            single delete
 *           | 0x0F varstring begin varstring end            delete range
 *           | 0x02 varstring key varstring operand          merge
 *           | 0x05/0x04/0x08/0x0E/0x06 varint32 cf ...      the same with a column family id
 *           | 0x03 varstring blob                           log data (not counted)
 *           | 0x09 0x12 0x13 0x0D | 0x0A/0x0B/0x0C xid      transaction markers (decoded only)
 *   varstring := varint32 length | bytes
 * </pre>
 * Builders write the default-column-family tag when the id is 0, as RocksDB does. {@code count}
 * counts data records only. Every append is undone when it pushes the representation past {@code
 * maxBytes} (RocksDB's {@code LocalSavePoint}), failing with {@code Aborted(MemoryLimit)}.
 *
 * <h2>Decoding</h2>
 * {@link #iterate} validates as it goes and fails with RocksDB's Corruption texts: {@code
 * "malformed WriteBatch (too small)"}, {@code "bad WriteBatch Put"} (and Delete, DeleteRange,
 * Merge, Blob, BlobIndex, PutEntity, TimedPut), {@code "unknown WriteBatch tag: N"} and, after
 * the last record, {@code "WriteBatch has wrong count"}. A representation adopted with {@link
 * #fromBytes} is not checked until then, as in RocksJava; its {@code has*} flags are computed on
 * demand from the records that decode (RocksDB's deferred content flags).
 *
 * <p>Thread-safety: none; a batch belongs to one thread at a time. The engine reads a batch only
 * during {@code write}, while the caller waits.
 *
 * <p>Spec: {@code WB-*}.
 */
public final class WriteBatchRep {
  /** Bytes of the header: sequence and count. */
  public static final int HEADER = 12;

  static final int TAG_DELETION = 0x0;
  static final int TAG_VALUE = 0x1;
  static final int TAG_MERGE = 0x2;
  static final int TAG_LOG_DATA = 0x3;
  static final int TAG_CF_DELETION = 0x4;
  static final int TAG_CF_VALUE = 0x5;
  static final int TAG_CF_MERGE = 0x6;
  static final int TAG_SINGLE_DELETION = 0x7;
  static final int TAG_CF_SINGLE_DELETION = 0x8;
  static final int TAG_BEGIN_PREPARE = 0x9;
  static final int TAG_END_PREPARE = 0xA;
  static final int TAG_COMMIT = 0xB;
  static final int TAG_ROLLBACK = 0xC;
  static final int TAG_NOOP = 0xD;
  static final int TAG_CF_RANGE_DELETION = 0xE;
  static final int TAG_RANGE_DELETION = 0xF;
  static final int TAG_CF_BLOB_INDEX = 0x10;
  static final int TAG_BLOB_INDEX = 0x11;
  static final int TAG_BEGIN_PERSISTED_PREPARE = 0x12;
  static final int TAG_BEGIN_UNPREPARE = 0x13;
  static final int TAG_COMMIT_WITH_TIMESTAMP = 0x15;
  static final int TAG_ENTITY = 0x16;
  static final int TAG_CF_ENTITY = 0x17;
  static final int TAG_TIMED_PUT = 0x18;
  static final int TAG_CF_TIMED_PUT = 0x19;

  /** RocksDB's {@code ContentFlags}. */
  public static final int HAS_PUT = 1 << 1;
  public static final int HAS_DELETE = 1 << 2;
  public static final int HAS_SINGLE_DELETE = 1 << 3;
  public static final int HAS_MERGE = 1 << 4;
  public static final int HAS_BEGIN_PREPARE = 1 << 5;
  public static final int HAS_END_PREPARE = 1 << 6;
  public static final int HAS_COMMIT = 1 << 7;
  public static final int HAS_ROLLBACK = 1 << 8;
  public static final int HAS_DELETE_RANGE = 1 << 9;
  public static final int HAS_BLOB_INDEX = 1 << 10;
  private static final int DEFERRED = 1;
  /** Shared, never written: a batch allocates arrays only when it uses save points. */
  private static final long[] NO_LONGS = new long[0];
  /** No WAL termination point (never written: a mark replaces the array). */
  private static final long[] NO_WAL_TERMINATION = new long[3];

  private byte[] buf;
  private int size;
  private int contentFlags;
  private long maxBytes;
  // Save points: (size, count, flags) triples; RocksDB's std::stack<SavePoint>.
  private long[] savePoints = NO_LONGS;
  private int savePointDepth;

  /**
   * Batches of single-record writes at most this large reuse their thread's scratch batch; larger
   * ones would keep their buffer allocated for the thread's life.
   */
  private static final int SCRATCH_LIMIT = 64 * 1024;
  /** A thread's batch for single-record writes ({@link #forSingleRecord}). */
  private static final ThreadLocal<WriteBatchRep> SCRATCH = new ThreadLocal<>();
  /** This batch is its thread's scratch batch and a write is using it. */
  private boolean scratchInUse;

  /** An empty batch: 12 zero bytes. */
  public WriteBatchRep() {
    this(0);
  }

  /** An empty batch with room for {@code reservedBytes} (RocksJava's {@code WriteBatch(int)}). */
  public WriteBatchRep(int reservedBytes) {
    buf = new byte[Math.max(HEADER, reservedBytes)];
    size = HEADER;
  }

  /**
   * Adopts a copy of a serialized batch, unchecked (RocksJava's {@code new WriteBatch(byte[])}).
   * A representation shorter than the header is kept as is: {@link #iterate} then fails with
   * {@code "malformed WriteBatch (too small)"} and {@link #count()} reads 0 where RocksJava reads
   * past its buffer.
   */
  public static WriteBatchRep fromBytes(byte[] data, int off, int len) {
    WriteBatchRep b = new WriteBatchRep();
    b.buf = Arrays.copyOfRange(data, off, off + Math.max(len, HEADER));
    b.size = len;
    b.contentFlags = DEFERRED;
    return b;
  }

  // ---- building --------------------------------------------------------------------------------

  public void put(int cf, byte[] k, int ko, int kl, byte[] v, int vo, int vl) {
    appendKv(cf, TAG_VALUE, TAG_CF_VALUE, HAS_PUT, k, ko, kl, v, vo, vl);
  }

  public void merge(int cf, byte[] k, int ko, int kl, byte[] v, int vo, int vl) {
    appendKv(cf, TAG_MERGE, TAG_CF_MERGE, HAS_MERGE, k, ko, kl, v, vo, vl);
  }

  public void deleteRange(int cf, byte[] b, int bo, int bl, byte[] e, int eo, int el) {
    appendKv(cf, TAG_RANGE_DELETION, TAG_CF_RANGE_DELETION, HAS_DELETE_RANGE, b, bo, bl, e, eo, el);
  }

  public void delete(int cf, byte[] k, int ko, int kl) {
    appendKey(cf, TAG_DELETION, TAG_CF_DELETION, HAS_DELETE, k, ko, kl);
  }

  public void singleDelete(int cf, byte[] k, int ko, int kl) {
    appendKey(cf, TAG_SINGLE_DELETION, TAG_CF_SINGLE_DELETION, HAS_SINGLE_DELETE, k, ko, kl);
  }

  /** Appends a log-data blob; it is not counted and sets no flag. */
  public void putLogData(byte[] blob, int off, int len) {
    int mark = size;
    ensure(1 + Coding.MAX_VARINT32_LENGTH + len);
    buf[size++] = (byte) TAG_LOG_DATA;
    appendSlice(blob, off, len);
    commitOrUndo(mark, count(), contentFlags);
  }

  private void appendKv(int cf, int tag, int cfTag, int flag, byte[] k, int ko, int kl, byte[] v,
      int vo, int vl) {
    int mark = size;
    int count = count();
    int flags = contentFlags;
    ensure(1 + 3 * Coding.MAX_VARINT32_LENGTH + kl + vl);
    setCount(count + 1);
    appendTag(cf, tag, cfTag);
    appendSlice(k, ko, kl);
    appendSlice(v, vo, vl);
    contentFlags |= flag;
    commitOrUndo(mark, count, flags);
  }

  private void appendKey(int cf, int tag, int cfTag, int flag, byte[] k, int ko, int kl) {
    int mark = size;
    int count = count();
    int flags = contentFlags;
    ensure(1 + 2 * Coding.MAX_VARINT32_LENGTH + kl);
    setCount(count + 1);
    appendTag(cf, tag, cfTag);
    appendSlice(k, ko, kl);
    contentFlags |= flag;
    commitOrUndo(mark, count, flags);
  }

  private void appendTag(int cf, int tag, int cfTag) {
    if (cf == 0) {
      buf[size++] = (byte) tag;
    } else {
      buf[size++] = (byte) cfTag;
      size = Coding.putVarint32(buf, size, cf);
    }
  }

  private void appendSlice(byte[] b, int off, int len) {
    size = Coding.putVarint32(buf, size, len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  /** RocksDB's {@code LocalSavePoint::commit}: undo the append if it broke {@code maxBytes}. */
  private void commitOrUndo(int mark, int count, int flags) {
    if (maxBytes != 0 && Long.compareUnsigned(size, maxBytes) > 0) {
      size = mark;
      setCount(count);
      contentFlags = flags;
      throw DbStatusException.memoryLimit();
    }
  }

  private void ensure(int extra) {
    if (buf.length - size < extra) {
      long want = Math.max((long) buf.length * 2, (long) size + extra);
      if (want > Integer.MAX_VALUE - 8) {
        want = (long) size + extra;
        if (want > Integer.MAX_VALUE - 8) {
          throw DbStatusException.invalidArgument("key is too large");
        }
      }
      buf = Arrays.copyOf(buf, (int) want);
    }
  }

  /**
   * An empty batch for one write of one record with {@code payload} bytes of keys and values: the
   * thread's scratch batch, so that such a write allocates none, unless the record is large or the
   * scratch batch is in use (a write that a Java comparator makes during a write, DB-WRITE-3). The
   * engine keeps no reference to a batch once its write returns. Give it back with {@link
   * #release} when the write is over.
   */
  public static WriteBatchRep forSingleRecord(int payload) {
    int bytes = HEADER + 16 + payload;
    if (bytes <= SCRATCH_LIMIT) {
      WriteBatchRep s = SCRATCH.get();
      if (s == null) {
        s = new WriteBatchRep(256);
        SCRATCH.set(s);
      } else if (s.scratchInUse) {
        return new WriteBatchRep(bytes);
      } else {
        Arrays.fill(s.buf, 0, HEADER, (byte) 0);
        s.size = HEADER;
        s.contentFlags = 0;
      }
      s.scratchInUse = true;
      return s;
    }
    return new WriteBatchRep(bytes);
  }

  /** Ends the use of a batch from {@link #forSingleRecord}. */
  public void release() {
    scratchInUse = false;
  }

  /** Empties the batch and forgets its save points and WAL termination point ({@code Clear}). */
  public void clear() {
    buf = new byte[HEADER];
    size = HEADER;
    contentFlags = 0;
    savePointDepth = 0;
    walTermination = NO_WAL_TERMINATION;
  }

  // WAL termination point: (size, count, raw content flags); all 0 when unset.
  private long[] walTermination = NO_WAL_TERMINATION;

  /** Records the current size, count and raw content flags (RocksDB's MarkWalTerminationPoint). */
  public void markWalTerminationPoint() {
    walTermination = new long[] {size, count(), contentFlags};
  }

  /**
   * The WAL termination point as {size, count, content flags}; zeros when none is marked. The
   * flags are RocksDB's raw field, so a batch adopted from bytes reports 1 (deferred) until its
   * flags are computed.
   */
  public long[] walTerminationPoint() {
    return walTermination.clone();
  }

  // ---- save points -----------------------------------------------------------------------------

  public void setSavePoint() {
    if (savePointDepth * 3 == savePoints.length) {
      savePoints = Arrays.copyOf(savePoints, Math.max(6, savePoints.length * 2));
    }
    int i = 3 * savePointDepth++;
    savePoints[i] = size;
    savePoints[i + 1] = count();
    savePoints[i + 2] = contentFlags;
  }

  /**
   * Restores the batch to the newest save point and pops it.
   *
   * @throws DbStatusException NotFound (no state) when there is no save point
   */
  public void rollbackToSavePoint() {
    if (savePointDepth == 0) {
      throw DbStatusException.notFound(null);
    }
    int i = 3 * --savePointDepth;
    int savedSize = (int) savePoints[i];
    if (savedSize == size) {
      return;
    }
    if (savedSize == 0) {
      clear();
      return;
    }
    size = savedSize;
    setCount((int) savePoints[i + 1]);
    contentFlags = (int) savePoints[i + 2];
  }

  /** Pops the newest save point. @throws DbStatusException NotFound when there is none */
  public void popSavePoint() {
    if (savePointDepth == 0) {
      throw DbStatusException.notFound(null);
    }
    savePointDepth--;
  }

  /** Limits the representation's size; 0 means unlimited (read as unsigned, as RocksDB does). */
  public void setMaxBytes(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytesForTest() {
    return maxBytes;
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** The header's record count; 0 for a representation shorter than the header. */
  public int count() {
    return size < HEADER ? 0 : Coding.getFixed32(buf, 8);
  }

  private void setCount(int n) {
    Coding.putFixed32(buf, 8, n);
  }

  public long sequence() {
    return size < HEADER ? 0 : Coding.getFixed64(buf, 0);
  }

  public void setSequence(long seq) {
    Coding.putFixed64(buf, 0, seq);
  }

  /** A copy of the representation (RocksJava's {@code data()}). */
  public byte[] data() {
    return Arrays.copyOf(buf, size);
  }

  /** The representation's length in bytes ({@code GetDataSize}). */
  public int dataSize() {
    return size;
  }

  /** The live buffer; bytes {@code [0, dataSize())} are the representation. Do not modify. */
  byte[] buffer() {
    return buf;
  }

  /** RocksDB's content flags: the {@code HAS_*} bits of the records this batch holds. */
  public int contentFlags() {
    if ((contentFlags & DEFERRED) != 0) {
      contentFlags = WriteBatchDecoder.computeFlags(buf, size);
    }
    return contentFlags;
  }

  public boolean has(int flag) {
    return (contentFlags() & flag) != 0;
  }

  /**
   * Calls the handler for each record in order, validating as it goes.
   *
   * @throws DbStatusException Corruption for a malformed representation (after calling the
   *     handler for the records before the bad one), or whatever the handler throws
   */
  public void iterate(WriteBatchHandler handler) {
    WriteBatchDecoder.iterate(buf, size, handler);
  }

  /** As {@link #iterate(WriteBatchHandler)}, decoding with a cursor the caller keeps. */
  void iterate(WriteBatchHandler handler, WriteBatchDecoder.Cursor cursor) {
    WriteBatchDecoder.iterate(buf, size, handler, cursor);
  }
}
