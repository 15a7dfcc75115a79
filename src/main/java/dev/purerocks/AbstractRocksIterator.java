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

  // ===== engine wiring ======================================================================
  // Cursor calls go to a DbIterator. Misuse that crashes RocksJava (next/prev on an invalid
  // iterator, any call after close) throws IllegalStateException here and changes nothing.

  /** The engine iterator, or null for iterator kinds PureRocks does not implement yet. */
  dev.purerocks.internal.db.DbIterator it;
  /** The database and column family, for refresh. */
  RocksDB db;
  int cf;

  final dev.purerocks.internal.db.DbIterator it() {
    if (!isOwningHandle()) {
      throw Statuses.closed(getClass().getSimpleName());
    }
    if (it == null) {
      throw Unsupported.unchecked(getClass().getSimpleName());
    }
    return it;
  }

  public boolean isValid() {
    return it().isValid();
  }

  public void seekToFirst() {
    it().seekToFirst();
  }

  public void seekToLast() {
    it().seekToLast();
  }

  public void seek(final byte[] target) {
    it().seek(target.clone());
  }

  public void seekForPrev(final byte[] target) {
    it().seekForPrev(target.clone());
  }

  public void seek(final java.nio.ByteBuffer target) {
    it().seek(RocksDB.remainingBytes(target));
    target.position(target.limit());
  }

  public void seekForPrev(final java.nio.ByteBuffer target) {
    it().seekForPrev(RocksDB.remainingBytes(target));
    target.position(target.limit());
  }

  public void next() {
    it().next();
  }

  public void prev() {
    it().prev();
  }

  public void status() throws RocksDBException {
    final RocksDBException e = Statuses.toException(it().status());
    if (e != null) {
      throw e;
    }
  }

  public void refresh() throws RocksDBException {
    final dev.purerocks.internal.db.DbIterator i = it();
    i.refresh(db.iteratorView(cf, -1));
  }

  public void refresh(final Snapshot snapshot) throws RocksDBException {
    final dev.purerocks.internal.db.DbIterator i = it();
    i.refresh(db.iteratorView(cf, snapshot == null ? -1 : snapshot.getSequenceNumber()));
  }

}
