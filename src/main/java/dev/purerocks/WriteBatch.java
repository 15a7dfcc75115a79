package dev.purerocks;

/**
 * An ordered list of writes applied atomically by {@code RocksDB.write}, kept in RocksDB's binary
 * representation. Mirrors {@code org.rocksdb.WriteBatch}; its behaviour is provided by the engine.
 */
public class WriteBatch extends AbstractWriteBatch {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatch() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatch(final byte[] value) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatch(final int value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] data() throws RocksDBException {
    throw Unsupported.feature("WriteBatch.data");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDataSize() {
    throw Unsupported.unchecked("WriteBatch.getDataSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteBatch.SavePoint getWalTerminationPoint() {
    throw Unsupported.unchecked("WriteBatch.getWalTerminationPoint");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteBatch getWriteBatch() {
    throw Unsupported.unchecked("WriteBatch.getWriteBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasBeginPrepare() {
    throw Unsupported.unchecked("WriteBatch.hasBeginPrepare");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasCommit() {
    throw Unsupported.unchecked("WriteBatch.hasCommit");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasDelete() {
    throw Unsupported.unchecked("WriteBatch.hasDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasDeleteRange() {
    throw Unsupported.unchecked("WriteBatch.hasDeleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasEndPrepare() {
    throw Unsupported.unchecked("WriteBatch.hasEndPrepare");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasMerge() {
    throw Unsupported.unchecked("WriteBatch.hasMerge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasPut() {
    throw Unsupported.unchecked("WriteBatch.hasPut");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasRollback() {
    throw Unsupported.unchecked("WriteBatch.hasRollback");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean hasSingleDelete() {
    throw Unsupported.unchecked("WriteBatch.hasSingleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void iterate(final WriteBatch.Handler value) throws RocksDBException {
    throw Unsupported.feature("WriteBatch.iterate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void markWalTerminationPoint() {
    throw Unsupported.unchecked("WriteBatch.markWalTerminationPoint");
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

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean shouldContinue() {
      return true; // RocksJava's default: visit every record
    }

    /** Implemented by subclasses. */
    public abstract void singleDelete(final byte[] value);

    /** Implemented by subclasses. */
    public abstract void singleDelete(final int p0, final byte[] p1) throws RocksDBException;

  }
}
