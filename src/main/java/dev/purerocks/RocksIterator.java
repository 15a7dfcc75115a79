package dev.purerocks;

/**
 * An iterator over a database's keys and values, in comparator order. Mirrors {@code
 * org.rocksdb.RocksIterator}; its behaviour is provided by the engine.
 */
public class RocksIterator extends AbstractRocksIterator<RocksDB> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected RocksIterator(final RocksDB p0, final long p1) {
    super(null, NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Behaves as RocksJava's member of the same name. */
  RocksIterator(final RocksDB db, final int cf, final dev.purerocks.internal.db.DbIterator it) {
    super(db, 0L);
    this.db = db;
    this.cf = cf;
    this.it = it;
  }

  private static void checkBounds(final int offset, final int len, final int size) {
    if ((offset | len | (offset + len) | (size - (offset + len))) < 0) {
      throw new IndexOutOfBoundsException(
          String.format("offset(%d), len(%d), size(%d)", offset, len, size));
    }
  }

  /** Copies what fits of {@code src[off, off+len)} into {@code dst}; returns {@code len}. */
  private static int copyTo(final byte[] src, final int off, final int len, final byte[] dst,
      final int dOff, final int dLen) {
    System.arraycopy(src, off, dst, dOff, Math.min(len, dLen));
    return len;
  }

  /** As RocksJava: copies what fits from the position, keeps it, limits after the copy. */
  private static int copyTo(final byte[] src, final int off, final int len,
      final java.nio.ByteBuffer dst) {
    final int n = Math.min(len, dst.remaining());
    dst.duplicate().put(src, off, n);
    dst.limit(dst.position() + n);
    return len;
  }

  public byte[] key() {
    return it().key();
  }

  public int key(final byte[] key) {
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.keyArray(), i.keyOffset(), i.keyLength(), key, 0, key.length);
  }

  public int key(final byte[] key, final int offset, final int len) {
    checkBounds(offset, len, key.length);
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.keyArray(), i.keyOffset(), i.keyLength(), key, offset, len);
  }

  public int key(final java.nio.ByteBuffer key) {
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.keyArray(), i.keyOffset(), i.keyLength(), key);
  }

  public byte[] value() {
    return it().value();
  }

  public int value(final byte[] value) {
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.valueArray(), i.valueOffset(), i.valueLength(), value, 0, value.length);
  }

  public int value(final byte[] value, final int offset, final int len) {
    checkBounds(offset, len, value.length);
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.valueArray(), i.valueOffset(), i.valueLength(), value, offset, len);
  }

  public int value(final java.nio.ByteBuffer value) {
    final dev.purerocks.internal.db.DbIterator i = it();
    return copyTo(i.valueArray(), i.valueOffset(), i.valueLength(), value);
  }

}
