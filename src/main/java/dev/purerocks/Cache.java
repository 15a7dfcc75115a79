package dev.purerocks;

/** Mirrors RocksJava's {@code Cache}. */
public abstract class Cache extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected Cache(final long value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getPinnedUsage() {
    throw Unsupported.unchecked("Cache.getPinnedUsage");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getUsage() {
    throw Unsupported.unchecked("Cache.getUsage");
  }

}
