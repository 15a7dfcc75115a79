package dev.purerocks;

/**
 * Root of every object that, in RocksJava, owns native memory and must be closed. PureRocks owns no
 * native memory, but keeps the same hierarchy and lifecycle so that RocksJava code (try-with-
 * resources, {@code isOwningHandle()} checks) compiles and behaves the same. There is no finalizer
 * and no cleaner, as in RocksJava.
 */
public abstract class AbstractNativeReference implements AutoCloseable {
  /** Creates a reference. */
  public AbstractNativeReference() {}

  /**
   * Returns whether this object still owns its (notional) native resource, i.e. has not been
   * closed or disowned.
   *
   * @return true while the object owns its handle
   */
  protected abstract boolean isOwningHandle();

  /** Releases the resource; never throws a checked exception. */
  @Override
  public abstract void close();
}
