package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionLogIterator}. */
public class TransactionLogIterator extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TransactionLogIterator() {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TransactionLogIterator.BatchResult getBatch() {
    throw Unsupported.unchecked("TransactionLogIterator.getBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isValid() {
    throw Unsupported.unchecked("TransactionLogIterator.isValid");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void next() {
    throw Unsupported.unchecked("TransactionLogIterator.next");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void status() throws RocksDBException {
    throw Unsupported.feature("TransactionLogIterator.status");
  }

  /** Mirrors RocksJava's {@code BatchResult}. */
  public static final class BatchResult {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public BatchResult(final long p0, final long p1) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long sequenceNumber() {
      throw Unsupported.unchecked("BatchResult.sequenceNumber");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public WriteBatch writeBatch() {
      throw Unsupported.unchecked("BatchResult.writeBatch");
    }

  }
}
