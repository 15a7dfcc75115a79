package dev.purerocks;

/** Mirrors RocksJava's {@code WBWIRocksIterator}. */
public class WBWIRocksIterator extends AbstractRocksIterator<WriteBatchWithIndex> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected WBWIRocksIterator(final WriteBatchWithIndex p0, final long p1) {
    super(null, NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void close() {
    throw Unsupported.unchecked("WBWIRocksIterator.close");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WBWIRocksIterator.WriteEntry entry() {
    throw Unsupported.unchecked("WBWIRocksIterator.entry");
  }

  /** Mirrors RocksJava's {@code WriteEntry}. */
  public static class WriteEntry implements AutoCloseable {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public WriteEntry(final WBWIRocksIterator.WriteType p0, final DirectSlice p1, final DirectSlice p2) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public void close() {
      throw Unsupported.unchecked("WriteEntry.close");
    }

    /** Behaves as RocksJava's member of the same name. */
    public boolean equals(final Object value) {
      return super.equals(value);
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public DirectSlice getKey() {
      throw Unsupported.unchecked("WriteEntry.getKey");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public WBWIRocksIterator.WriteType getType() {
      throw Unsupported.unchecked("WriteEntry.getType");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public DirectSlice getValue() {
      throw Unsupported.unchecked("WriteEntry.getValue");
    }

    /** Behaves as RocksJava's member of the same name. */
    public int hashCode() {
      return super.hashCode();
    }

  }
  /** Mirrors RocksJava's {@code WriteType}. */
  public enum WriteType {
    PUT,
    MERGE,
    DELETE,
    SINGLE_DELETE,
    DELETE_RANGE,
    LOG,
    XID;

    /** Looks a constant up as RocksJava does. */
    public static WBWIRocksIterator.WriteType fromId(final byte value) {
      if (value >= 0 && value < values().length) {
        return values()[value];
      }
      throw new IllegalArgumentException("No WriteType with id=" + value);
    }

  }
}
