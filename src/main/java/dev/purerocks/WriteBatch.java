package dev.purerocks;

/**
 * An ordered list of writes applied atomically by {@code RocksDB.write}, kept in RocksDB's binary
 * representation. Mirrors {@code org.rocksdb.WriteBatch}; its behaviour is provided by the engine.
 */
public class WriteBatch extends AbstractWriteBatch {
  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Mirrors RocksJava's {@code SavePoint}. */
  public static class SavePoint {
    private long size;
    private long count;
    private long contentFlags;

    /**
     * Records a batch's state.
     *
     * @param size the batch's size in bytes
     * @param count the number of counted records
     * @param contentFlags the batch's content flags
     */
    public SavePoint(final long size, final long count, final long contentFlags) {
      this.size = size;
      this.count = count;
      this.contentFlags = contentFlags;
    }

    /** Resets every field to 0. */
    public void clear() {
      this.size = 0;
      this.count = 0;
      this.contentFlags = 0;
    }

    /** Returns the batch's size in bytes at the save point. */
    public long getSize() {
      return size;
    }

    /** Returns the number of counted records at the save point. */
    public long getCount() {
      return count;
    }

    /** Returns the batch's content flags at the save point. */
    public long getContentFlags() {
      return contentFlags;
    }

    /** Returns whether every field is 0. */
    public boolean isCleared() {
      return (size | count | contentFlags) == 0L;
    }
  }

  /** Mirrors RocksJava's {@code Handler}. */
  public abstract static class Handler extends RocksCallbackObject {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Handler() {
      super();
    }

    /** Implemented by subclasses. */
    public abstract void delete(final byte[] value);

    /** Implemented by subclasses. */
    public abstract void delete(final int p0, final byte[] p1) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void deleteRange(final byte[] p0, final byte[] p1);

    /** Implemented by subclasses. */
    public abstract void deleteRange(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Returns a fresh handle id: there is no native peer. */
    protected long initializeNative(final long... value) {
      return NativeHandles.next();
    }

    /** Implemented by subclasses. */
    public abstract void logData(final byte[] value);

    /** Implemented by subclasses. */
    public abstract void markBeginPrepare() throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void markCommit(final byte[] value) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void markCommitWithTimestamp(final byte[] p0, final byte[] p1) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void markEndPrepare(final byte[] value) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void markNoop(final boolean value) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void markRollback(final byte[] value) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void merge(final byte[] p0, final byte[] p1);

    /** Implemented by subclasses. */
    public abstract void merge(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void put(final byte[] p0, final byte[] p1);

    /** Implemented by subclasses. */
    public abstract void put(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Implemented by subclasses. */
    public abstract void putBlobIndex(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Behaves as RocksJava's member of the same name. */
    public boolean shouldContinue() {
      return true; // RocksJava's default: visit every record
    }

    /** Implemented by subclasses. */
    public abstract void singleDelete(final byte[] value);

    /** Implemented by subclasses. */
    public abstract void singleDelete(final int p0, final byte[] p1) throws RocksDBException;

  }
  public WriteBatch() {
    super(NativeHandles.next());
  }

  public WriteBatch(final int reservedBytes) {
    super(NativeHandles.next());
    this.rep = new dev.purerocks.internal.db.WriteBatchRep(Math.max(0, reservedBytes));
  }

  public WriteBatch(final byte[] serialized) {
    super(NativeHandles.next());
    this.rep = dev.purerocks.internal.db.WriteBatchRep.fromBytes(serialized, 0, serialized.length);
  }

  public byte[] data() throws RocksDBException {
    return rep().data();
  }

  public long getDataSize() {
    return rep().dataSize();
  }

  public WriteBatch getWriteBatch() {
    return this;
  }

  public boolean hasPut() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_PUT);
  }

  public boolean hasDelete() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_DELETE);
  }

  public boolean hasSingleDelete() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_SINGLE_DELETE);
  }

  public boolean hasDeleteRange() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_DELETE_RANGE);
  }

  public boolean hasMerge() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_MERGE);
  }

  public boolean hasBeginPrepare() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_BEGIN_PREPARE);
  }

  public boolean hasEndPrepare() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_END_PREPARE);
  }

  public boolean hasCommit() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_COMMIT);
  }

  public boolean hasRollback() {
    return rep().has(dev.purerocks.internal.db.WriteBatchRep.HAS_ROLLBACK);
  }

  public void markWalTerminationPoint() {
    rep().markWalTerminationPoint();
  }

  public WriteBatch.SavePoint getWalTerminationPoint() {
    final long[] p = rep().walTerminationPoint();
    return new SavePoint(p[0], p[1], p[2]);
  }

  public void iterate(final WriteBatch.Handler handler) throws RocksDBException {
    final HandlerAdapter adapter = new HandlerAdapter(handler);
    try {
      rep().iterate(adapter);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      if (adapter.failure != null) {
        throw adapter.failure;
      }
      throw Statuses.toException(e);
    }
  }

  /**
   * Feeds a Java handler from the engine's decoder: the column-family-aware callbacks (cf 0 for
   * the default family), as RocksJava's JNI handler does, with keys and values copied out. A
   * RocksDBException from the handler stops the iteration and is rethrown unchanged.
   */
  private static final class HandlerAdapter
      implements dev.purerocks.internal.db.WriteBatchHandler {
    private final Handler h;
    RocksDBException failure;

    HandlerAdapter(final Handler h) {
      this.h = h;
    }

    private static byte[] copy(final byte[] buf, final int off, final int len) {
      return java.util.Arrays.copyOfRange(buf, off, off + len);
    }

    private dev.purerocks.internal.db.DbStatusException stop(final RocksDBException e) {
      failure = e;
      final Status s = e.getStatus() != null
          ? e.getStatus()
          : new Status(Status.Code.Aborted, Status.SubCode.None, e.getMessage());
      return new dev.purerocks.internal.db.DbStatusException(s);
    }

    @Override
    public void put(final int cf, final byte[] buf, final int ko, final int kl, final int vo,
        final int vl) {
      try {
        h.put(cf, copy(buf, ko, kl), copy(buf, vo, vl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void delete(final int cf, final byte[] buf, final int ko, final int kl) {
      try {
        h.delete(cf, copy(buf, ko, kl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void singleDelete(final int cf, final byte[] buf, final int ko, final int kl) {
      try {
        h.singleDelete(cf, copy(buf, ko, kl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void deleteRange(final int cf, final byte[] buf, final int bo, final int bl,
        final int eo, final int el) {
      try {
        h.deleteRange(cf, copy(buf, bo, bl), copy(buf, eo, el));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void merge(final int cf, final byte[] buf, final int ko, final int kl, final int vo,
        final int vl) {
      try {
        h.merge(cf, copy(buf, ko, kl), copy(buf, vo, vl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void logData(final byte[] buf, final int off, final int len) {
      h.logData(copy(buf, off, len));
    }

    @Override
    public void putBlobIndex(final int cf, final byte[] buf, final int ko, final int kl,
        final int vo, final int vl) {
      try {
        h.putBlobIndex(cf, copy(buf, ko, kl), copy(buf, vo, vl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markBeginPrepare(final boolean unprepared) {
      try {
        h.markBeginPrepare();
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markEndPrepare(final byte[] buf, final int off, final int len) {
      try {
        h.markEndPrepare(copy(buf, off, len));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markNoop(final boolean emptyBatch) {
      try {
        h.markNoop(emptyBatch);
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markRollback(final byte[] buf, final int off, final int len) {
      try {
        h.markRollback(copy(buf, off, len));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markCommit(final byte[] buf, final int off, final int len) {
      try {
        h.markCommit(copy(buf, off, len));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public void markCommitWithTimestamp(final byte[] buf, final int xo, final int xl,
        final int to, final int tl) {
      try {
        h.markCommitWithTimestamp(copy(buf, xo, xl), copy(buf, to, tl));
      } catch (RocksDBException e) {
        throw stop(e);
      }
    }

    @Override
    public boolean shouldContinue() {
      return h.shouldContinue();
    }
  }

}
