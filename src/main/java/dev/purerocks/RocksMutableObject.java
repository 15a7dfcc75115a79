package dev.purerocks;

/**
 * A native reference whose handle may be set after construction (slices). Every handle accessor
 * and {@link #close()} synchronize on the object; close zeroes the handle and is idempotent.
 */
public abstract class RocksMutableObject extends AbstractNativeReference {
  private long nativeHandle_;
  private boolean owningHandle_;

  /** Creates an object without a handle yet. */
  protected RocksMutableObject() {}

  /**
   * Creates an owning object with a handle.
   *
   * @param nativeHandle the handle
   */
  protected RocksMutableObject(final long nativeHandle) {
    this.nativeHandle_ = nativeHandle;
    this.owningHandle_ = true;
  }

  /**
   * Disposes the current handle (if owned), then takes {@code nativeHandle}.
   *
   * @param nativeHandle the new handle
   * @param owningNativeHandle whether this object owns it
   */
  public synchronized void resetNativeHandle(
      final long nativeHandle, final boolean owningNativeHandle) {
    close();
    setNativeHandle(nativeHandle, owningNativeHandle);
  }

  /**
   * Takes {@code nativeHandle} without disposing the current one.
   *
   * @param nativeHandle the new handle
   * @param owningNativeHandle whether this object owns it
   */
  public synchronized void setNativeHandle(
      final long nativeHandle, final boolean owningNativeHandle) {
    this.nativeHandle_ = nativeHandle;
    this.owningHandle_ = owningNativeHandle;
  }

  @Override
  protected synchronized boolean isOwningHandle() {
    return owningHandle_;
  }

  /** Returns the current handle; {@code 0} after close. */
  protected synchronized long getNativeHandle() {
    assert nativeHandle_ != 0;
    return nativeHandle_;
  }

  @Override
  public final synchronized void close() {
    if (isOwningHandle()) {
      disposeInternal();
      owningHandle_ = false;
      nativeHandle_ = 0;
    }
  }

  /** Frees the current handle. */
  protected void disposeInternal() {
    disposeInternal(nativeHandle_);
  }

  /**
   * Frees the resource behind {@code handle}.
   *
   * @param handle the current handle
   */
  protected abstract void disposeInternal(long handle);
}
