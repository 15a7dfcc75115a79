package dev.purerocks.internal.db;

import static dev.purerocks.internal.db.WriteBatchRep.*;

import dev.purerocks.internal.util.Coding;

/**
 * Reads a {@link WriteBatchRep}'s records from untrusted bytes (RocksDB's {@code
 * ReadRecordFromWriteBatch} and {@code WriteBatchInternal::Iterate}). Every length and varint is
 * checked against the end of the representation before use; a failure names the record kind with
 * RocksDB's Corruption text. The count in the header is checked after the last record, and only
 * when the handler did not stop early, as RocksDB does.
 *
 * <p>Thread-safety: stateless; a decoding pass keeps its position in a {@link Cursor} of its own.
 */
final class WriteBatchDecoder {
  private WriteBatchDecoder() {}

  /**
   * Cursor over the representation: one pass at a time, never shared between threads. A caller
   * that decodes a batch per write may keep one for the next pass ({@link #iterate(byte[], int,
   * WriteBatchHandler, Cursor)}).
   */
  static final class Cursor {
    /** The representation, or null between passes (a kept cursor holds no batch). */
    byte[] b;
    int limit;
    int pos;
    int cf;
    int off1;
    int len1;
    int off2;
    int len2;

    boolean varint() {
      long r = Coding.decodeVarint32(b, pos, limit);
      if (r == -1L) {
        return false;
      }
      cf = (int) r;
      pos += (int) (r >>> 32);
      return true;
    }

    /** Reads a varstring into (off1, len1) when {@code first}, else (off2, len2). */
    boolean slice(boolean first) {
      long r = Coding.decodeVarint32(b, pos, limit);
      if (r == -1L) {
        return false;
      }
      long len = r & 0xFFFFFFFFL;
      int start = pos + (int) (r >>> 32);
      if (len > limit - start) {
        return false;
      }
      if (first) {
        off1 = start;
        len1 = (int) len;
      } else {
        off2 = start;
        len2 = (int) len;
      }
      pos = start + (int) len;
      return true;
    }
  }

  static void iterate(byte[] b, int size, WriteBatchHandler h) {
    iterate(b, size, h, new Cursor());
  }

  /** As {@link #iterate(byte[], int, WriteBatchHandler)}, decoding with the caller's cursor. */
  static void iterate(byte[] b, int size, WriteBatchHandler h, Cursor c) {
    if (size < HEADER) {
      throw DbStatusException.corruption("malformed WriteBatch (too small)");
    }
    c.b = b;
    c.limit = size;
    c.pos = HEADER;
    try {
      decode(c, h);
    } finally {
      c.b = null;
    }
  }

  private static void decode(Cursor c, WriteBatchHandler h) {
    byte[] b = c.b;
    int size = c.limit;
    long found = 0;
    boolean emptyBatch = true;
    boolean proceed = true;
    while (c.pos < size) {
      proceed = h.shouldContinue();
      if (!proceed) {
        break;
      }
      int tag = readRecord(c);
      switch (tag) {
        case TAG_VALUE, TAG_CF_VALUE -> {
          h.put(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_DELETION, TAG_CF_DELETION -> {
          h.delete(c.cf, b, c.off1, c.len1);
          found++;
          emptyBatch = false;
        }
        case TAG_SINGLE_DELETION, TAG_CF_SINGLE_DELETION -> {
          h.singleDelete(c.cf, b, c.off1, c.len1);
          found++;
          emptyBatch = false;
        }
        case TAG_RANGE_DELETION, TAG_CF_RANGE_DELETION -> {
          h.deleteRange(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_MERGE, TAG_CF_MERGE -> {
          h.merge(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_BLOB_INDEX, TAG_CF_BLOB_INDEX -> {
          h.putBlobIndex(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_ENTITY, TAG_CF_ENTITY -> {
          h.putEntity(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_TIMED_PUT, TAG_CF_TIMED_PUT -> {
          h.timedPut(c.cf, b, c.off1, c.len1, c.off2, c.len2);
          found++;
          emptyBatch = false;
        }
        case TAG_LOG_DATA -> {
          h.logData(b, c.off1, c.len1);
          emptyBatch = false;
        }
        case TAG_BEGIN_PREPARE, TAG_BEGIN_PERSISTED_PREPARE -> {
          // A handler's write policy is "unknown" unless it says otherwise (RocksDB's default),
          // so no tag is refused for the policy here; the engine's inserter refuses markers.
          h.markBeginPrepare(false);
          emptyBatch = false;
        }
        case TAG_BEGIN_UNPREPARE -> {
          h.markBeginPrepare(true);
          emptyBatch = false;
        }
        case TAG_END_PREPARE -> {
          h.markEndPrepare(b, c.off1, c.len1);
          emptyBatch = true;
        }
        case TAG_COMMIT -> {
          h.markCommit(b, c.off1, c.len1);
          emptyBatch = true;
        }
        case TAG_COMMIT_WITH_TIMESTAMP -> {
          h.markCommitWithTimestamp(b, c.off2, c.len2, c.off1, c.len1);
          emptyBatch = true;
        }
        case TAG_ROLLBACK -> {
          h.markRollback(b, c.off1, c.len1);
          emptyBatch = true;
        }
        case TAG_NOOP -> {
          h.markNoop(emptyBatch);
          emptyBatch = true;
        }
        default -> throw new AssertionError(tag);
      }
    }
    if (proceed && found != (Coding.getFixed32(b, 8) & 0xFFFFFFFFL)) {
      throw DbStatusException.corruption("WriteBatch has wrong count");
    }
  }

  /**
   * The content flags of the records that decode, stopping quietly at the first malformed one
   * (what RocksJava's {@code hasPut()} and friends report for a deferred batch).
   */
  static int computeFlags(byte[] b, int size) {
    Classifier c = new Classifier();
    try {
      iterate(b, size, c);
    } catch (DbStatusException e) {
      // The flags of the records handled before the failure stand, as in RocksDB.
    }
    return c.flags;
  }

  /** RocksDB's {@code BatchContentClassifier}: overrides what it overrides, no more (no Noop). */
  private static final class Classifier implements WriteBatchHandler {
    int flags;

    @Override
    public void put(int cf, byte[] buf, int ko, int kl, int vo, int vl) {
      flags |= HAS_PUT;
    }

    @Override
    public void delete(int cf, byte[] buf, int ko, int kl) {
      flags |= HAS_DELETE;
    }

    @Override
    public void singleDelete(int cf, byte[] buf, int ko, int kl) {
      flags |= HAS_SINGLE_DELETE;
    }

    @Override
    public void deleteRange(int cf, byte[] buf, int bo, int bl, int eo, int el) {
      flags |= HAS_DELETE_RANGE;
    }

    @Override
    public void merge(int cf, byte[] buf, int ko, int kl, int vo, int vl) {
      flags |= HAS_MERGE;
    }

    @Override
    public void putBlobIndex(int cf, byte[] buf, int ko, int kl, int vo, int vl) {
      flags |= HAS_BLOB_INDEX;
    }

    @Override
    public void putEntity(int cf, byte[] buf, int ko, int kl, int vo, int vl) {}

    @Override
    public void timedPut(int cf, byte[] buf, int ko, int kl, int vo, int vl) {}

    @Override
    public void markBeginPrepare(boolean unprepared) {
      flags |= HAS_BEGIN_PREPARE;
    }

    @Override
    public void markEndPrepare(byte[] buf, int o, int l) {
      flags |= HAS_END_PREPARE;
    }

    @Override
    public void markCommit(byte[] buf, int o, int l) {
      flags |= HAS_COMMIT;
    }

    @Override
    public void markCommitWithTimestamp(byte[] buf, int xo, int xl, int to, int tl) {
      flags |= HAS_COMMIT;
    }

    @Override
    public void markRollback(byte[] buf, int o, int l) {
      flags |= HAS_ROLLBACK;
    }
  }

  /** Reads one record at the cursor; returns its tag. */
  private static int readRecord(Cursor c) {
    int tag = c.b[c.pos++] & 0xFF;
    c.cf = 0;
    switch (tag) {
      case TAG_CF_VALUE, TAG_VALUE -> need(c, tag == TAG_CF_VALUE, 2, "bad WriteBatch Put");
      case TAG_CF_DELETION, TAG_CF_SINGLE_DELETION, TAG_DELETION, TAG_SINGLE_DELETION ->
          need(c, tag == TAG_CF_DELETION || tag == TAG_CF_SINGLE_DELETION, 1,
              "bad WriteBatch Delete");
      case TAG_CF_RANGE_DELETION, TAG_RANGE_DELETION ->
          need(c, tag == TAG_CF_RANGE_DELETION, 2, "bad WriteBatch DeleteRange");
      case TAG_CF_MERGE, TAG_MERGE -> need(c, tag == TAG_CF_MERGE, 2, "bad WriteBatch Merge");
      case TAG_CF_BLOB_INDEX, TAG_BLOB_INDEX ->
          need(c, tag == TAG_CF_BLOB_INDEX, 2, "bad WriteBatch BlobIndex");
      case TAG_LOG_DATA -> need(c, false, 1, "bad WriteBatch Blob");
      case TAG_NOOP, TAG_BEGIN_PREPARE, TAG_BEGIN_PERSISTED_PREPARE, TAG_BEGIN_UNPREPARE -> {}
      case TAG_END_PREPARE -> need(c, false, 1, "bad EndPrepare XID");
      case TAG_COMMIT_WITH_TIMESTAMP -> {
        if (!c.slice(true)) {
          throw DbStatusException.corruption("bad commit timestamp");
        }
        if (!c.slice(false)) {
          throw DbStatusException.corruption("bad Commit XID");
        }
      }
      case TAG_COMMIT -> need(c, false, 1, "bad Commit XID");
      case TAG_ROLLBACK -> need(c, false, 1, "bad Rollback XID");
      case TAG_CF_ENTITY, TAG_ENTITY -> need(c, tag == TAG_CF_ENTITY, 2,
          "bad WriteBatch PutEntity");
      case TAG_CF_TIMED_PUT, TAG_TIMED_PUT -> need(c, tag == TAG_CF_TIMED_PUT, 2,
          "bad WriteBatch TimedPut");
      // RocksDB's tag is a signed char widened to unsigned int: 0x88 prints as 4294967176.
      default -> throw DbStatusException.corruption(
          "unknown WriteBatch tag: " + Integer.toUnsignedString((byte) tag));
    }
    return tag;
  }

  private static void need(Cursor c, boolean cfId, int slices, String message) {
    int cf = 0;
    if (cfId) {
      if (!c.varint()) {
        throw DbStatusException.corruption(message);
      }
      cf = c.cf;
    }
    if (!c.slice(true) || (slices == 2 && !c.slice(false))) {
      throw DbStatusException.corruption(message);
    }
    c.cf = cf;
  }
}
