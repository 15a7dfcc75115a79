package dev.purerocks;

/**
 * Base of the iterators: positioning, validity, status and refresh, over a parent object
 * {@code P} (the database or a batch). Mirrors {@code org.rocksdb.AbstractRocksIterator}.
 *
 * @param <P> the type of the object iterated
 */
public abstract class AbstractRocksIterator<P extends RocksObject> extends RocksObject implements RocksIteratorInterface {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractRocksIterator(final P p0, final long p1) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isValid() {
    throw Unsupported.unchecked("AbstractRocksIterator.isValid");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void next() {
    throw Unsupported.unchecked("AbstractRocksIterator.next");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void prev() {
    throw Unsupported.unchecked("AbstractRocksIterator.prev");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void refresh() throws RocksDBException {
    throw Unsupported.feature("AbstractRocksIterator.refresh");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void refresh(final Snapshot value) throws RocksDBException {
    throw Unsupported.feature("AbstractRocksIterator.refresh");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seek(final byte[] value) {
    throw Unsupported.unchecked("AbstractRocksIterator.seek");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seek(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("AbstractRocksIterator.seek");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seekForPrev(final byte[] value) {
    throw Unsupported.unchecked("AbstractRocksIterator.seekForPrev");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seekForPrev(final java.nio.ByteBuffer value) {
    throw Unsupported.unchecked("AbstractRocksIterator.seekForPrev");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seekToFirst() {
    throw Unsupported.unchecked("AbstractRocksIterator.seekToFirst");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void seekToLast() {
    throw Unsupported.unchecked("AbstractRocksIterator.seekToLast");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void status() throws RocksDBException {
    throw Unsupported.feature("AbstractRocksIterator.status");
  }

}
