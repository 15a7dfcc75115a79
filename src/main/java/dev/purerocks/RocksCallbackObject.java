package dev.purerocks;

/**
 * Base of the objects RocksJava calls back from native code (comparators, batch handlers,
 * loggers). In PureRocks the engine calls them directly; the handle is a unique id obtained from
 * {@link #initializeNative(long...)}.
 */
public abstract class RocksCallbackObject extends AbstractImmutableNativeReference {
  /** The handle returned by {@link #initializeNative(long...)} at construction. */
  protected final long nativeHandle_;

  /**
   * Creates an owning callback object.
   *
   * @param nativeParameterHandles handles passed through to {@link #initializeNative(long...)}
   */
  protected RocksCallbackObject(final long... nativeParameterHandles) {
    super(true);
    this.nativeHandle_ = initializeNative(nativeParameterHandles);
  }

  /**
   * Creates the (notional) native peer; called once from the constructor, before the subclass's
   * own fields are initialised.
   *
   * @param nativeParameterHandles handles given to the constructor
   * @return this object's handle
   */
  protected abstract long initializeNative(long... nativeParameterHandles);

  /** Nothing native to free. */
  @Override
  protected void disposeInternal() {}
}
