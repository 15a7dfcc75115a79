package dev.purerocks;

/**
 * A native reference with a fixed handle, owning from construction. In PureRocks the handle is a
 * unique id (see {@code NativeHandles}); it stays readable after close, as RocksJava's does.
 */
public abstract class RocksObject extends AbstractImmutableNativeReference {
  /** The handle given at construction; a unique id in PureRocks. */
  protected final long nativeHandle_;

  /**
   * Creates an owning object.
   *
   * @param nativeHandle the handle to keep
   */
  protected RocksObject(final long nativeHandle) {
    super(true);
    this.nativeHandle_ = nativeHandle;
  }

  /** Returns the handle given at construction. */
  public long getNativeHandle() {
    return nativeHandle_;
  }

  @Override
  protected void disposeInternal() {
    disposeInternal(nativeHandle_);
  }

  /**
   * Frees the resource behind {@code handle}.
   *
   * @param handle this object's handle
   */
  protected abstract void disposeInternal(long handle);
}
