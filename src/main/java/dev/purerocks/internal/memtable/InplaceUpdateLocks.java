package dev.purerocks.internal.memtable;

import dev.purerocks.internal.util.Hashing;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.StampedLock;

/**
 * Striped reader/writer locks guarding values that {@code inplace_update_support} rewrites in
 * place (RocksDB's {@code MemTable::locks_} and {@code GetLock}). A user key hashes to one of
 * {@code inplace_update_num_locks} stripes; the writer holds the stripe's write lock while it
 * rewrites a value, its length and its checksum, and every reader that decodes a value of that
 * key holds the read lock, so no reader ever sees a half-written value.
 *
 * <p>Differences from RocksDB: stripes are {@link StampedLock}s created on first use (RocksDB
 * allocates all of its {@code pthread_rwlock_t}s, 10,000 by default, with every memtable), and a
 * count of 0 means one stripe (RocksDB would index an empty vector).
 *
 * <p>Thread-safety: any number of threads; a stripe is published with a CAS, so two threads that
 * race to create it agree on one lock.
 *
 * <p>Spec: {@code MT-INPLACE-3}.
 */
final class InplaceUpdateLocks {
  /** Upper bound on stripes: beyond it more stripes only cost memory. */
  static final int MAX_STRIPES = 1 << 20;

  private static final long SEED = 0x696E706C6163655FL;

  private final AtomicReferenceArray<StampedLock> stripes;

  /** Makes {@code count} stripes, at least 1 and at most {@link #MAX_STRIPES}. */
  InplaceUpdateLocks(long count) {
    this.stripes = new AtomicReferenceArray<>((int) Math.max(1, Math.min(MAX_STRIPES, count)));
  }

  /** The lock of the stripe the user key {@code key[off, off+len)} hashes to. */
  StampedLock lockFor(byte[] key, int off, int len) {
    long h = Hashing.hash64(key, off, len, SEED);
    int i = (int) (((h >>> 32) * stripes.length()) >>> 32);
    StampedLock lock = stripes.get(i);
    if (lock == null) {
      StampedLock fresh = new StampedLock();
      lock = stripes.compareAndExchange(i, null, fresh);
      if (lock == null) {
        lock = fresh;
      }
    }
    return lock;
  }

  /** Number of stripes. */
  int size() {
    return stripes.length();
  }
}
