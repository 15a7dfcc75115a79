package dev.purerocks;

/** Mirrors RocksJava's {@code Snapshot}. */
public class Snapshot extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  Snapshot() {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSequenceNumber() {
    throw Unsupported.unchecked("Snapshot.getSequenceNumber");
  }

}
