package dev.purerocks;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A native reference whose handle never changes; ownership is a single atomic flag, so {@link
 * #close()} is idempotent and thread-safe: exactly one caller wins the flag and disposes.
 */
public abstract class AbstractImmutableNativeReference extends AbstractNativeReference {
  /** Whether this object still owns its handle; cleared exactly once by close or disown. */
  protected final AtomicBoolean owningHandle_;

  /**
   * Creates a reference.
   *
   * @param owningHandle whether this object owns (and so must dispose) its handle
   */
  protected AbstractImmutableNativeReference(final boolean owningHandle) {
    this.owningHandle_ = new AtomicBoolean(owningHandle);
  }

  @Override
  public boolean isOwningHandle() {
    return owningHandle_.get();
  }

  /** Gives up ownership without disposing: a later {@link #close()} does nothing. */
  protected final void disOwnNativeHandle() {
    owningHandle_.set(false);
  }

  /** Disposes once, if this object still owns its handle. */
  @Override
  public void close() {
    if (owningHandle_.compareAndSet(true, false)) {
      disposeInternal();
    }
  }

  /** Frees the resource; called at most once, by the thread that won {@link #close()}. */
  protected abstract void disposeInternal();
}
