package dev.purerocks;

/** Mirrors RocksJava's {@code WriteBatch}. */
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
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public SavePoint(final long p0, final long p1, final long p2) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public void clear() {
      throw Unsupported.unchecked("SavePoint.clear");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getContentFlags() {
      throw Unsupported.unchecked("SavePoint.getContentFlags");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getCount() {
      throw Unsupported.unchecked("SavePoint.getCount");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getSize() {
      throw Unsupported.unchecked("SavePoint.getSize");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean isCleared() {
      throw Unsupported.unchecked("SavePoint.isCleared");
    }

  }
  /** Mirrors RocksJava's {@code Handler}. */
  public abstract static class Handler extends RocksCallbackObject {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Handler() {
      super();
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void delete(final byte[] value);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void delete(final int p0, final byte[] p1) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void deleteRange(final byte[] p0, final byte[] p1);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void deleteRange(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Returns a fresh handle id: there is no native peer. */
    protected long initializeNative(final long... value) {
      return NativeHandles.next();
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void logData(final byte[] value);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markBeginPrepare() throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markCommit(final byte[] value) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markCommitWithTimestamp(final byte[] p0, final byte[] p1) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markEndPrepare(final byte[] value) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markNoop(final boolean value) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void markRollback(final byte[] value) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void merge(final byte[] p0, final byte[] p1);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void merge(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void put(final byte[] p0, final byte[] p1);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void put(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void putBlobIndex(final int p0, final byte[] p1, final byte[] p2) throws RocksDBException;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean shouldContinue() {
      throw Unsupported.unchecked("Handler.shouldContinue");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void singleDelete(final byte[] value);

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public abstract void singleDelete(final int p0, final byte[] p1) throws RocksDBException;

  }
}
