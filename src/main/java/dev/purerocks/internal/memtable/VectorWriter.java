package dev.purerocks.internal.memtable;

import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Hashing;

/**
 * A concurrent writer thread's private state: its log, and an allocation shard. Concurrent
 * writers that bumped the arena's one cursor for every entry, and wrote entries into adjacent
 * bytes, would contend on the same cache lines and run slower together than alone; with a shard
 * each thread takes arena memory once per shard and writes its entries into a region of its
 * own. This follows RocksDB's {@code ConcurrentArena} (per-core shards, larger requests straight
 * from the arena), with one difference: a shard is half an arena block (at most one
 * {@linkplain Arena#MAX_CHUNK chunk}, which G1 never stores as a humongous object), taken as a
 * dedicated block. Shards carved from the arena's current block made writers wait on the arena's lock
 * while another thread's new block was zeroed by the JVM (about half of a fill's time is
 * zeroing); a dedicated block is zeroed by the thread that asked for it, outside the lock.
 *
 * <p>As in RocksDB, a thread takes shards only once it has met another writer: until then it
 * allocates from the arena's cursor ({@link Arena#allocateUncontended}), exactly as a single writer
 * does, so a thread that writes alone leaves the memory figures of a serial writer. The unused end
 * of a shard counts as arena memory in use (at most half a block per writer thread), as shard
 * slack does in RocksDB, so memory figures of memtables written by contending threads differ
 * slightly from single-writer ones (M54).
 *
 * <p>Thread-safety: used by its own thread only (found through a {@link Table}).
 */
final class VectorWriter {
  final VectorAppendLog log = new VectorAppendLog(VectorAppendLog.FIRST_CHUNK);
  private final Arena arena;
  private final int shardSize;
  private long shardNext;
  private int shardLeft;
  /** Set when this thread first raced another on the arena's cursor; shards from then on. */
  private boolean contended;

  VectorWriter(Arena arena) {
    this.arena = arena;
    this.shardSize = Math.min(arena.blockSize() / 2, Arena.MAX_CHUNK);
  }

  long allocate(int length) {
    if (!contended) {
      long a = arena.allocateUncontended(length);
      if (a != 0) {
        return a;
      }
      contended = true;
    }
    if (length <= shardLeft) {
      long a = shardNext;
      shardNext = Arena.plus(a, length);
      shardLeft -= length;
      return a;
    }
    if (length > shardSize / 4) {
      return arena.allocate(length);
    }
    long shard = arena.allocateBlock(shardSize);
    shardNext = Arena.plus(shard, length);
    shardLeft = shardSize - length;
    return shard;
  }

  /**
   * Writers by thread id: open addressing, load at most one half, immutable once published.
   * The probed ids sit in an array of their own, so that a lookup never reads another writer's
   * object, whose fields its owner writes on every insert (a shared cache line would make every
   * lookup a miss).
   */
  static final class Table {
    /** Thread ids (never 0), or 0 for an empty slot. */
    private final long[] ids;
    private final VectorWriter[] writers;

    Table(int capacity) {
      this.ids = new long[capacity];
      this.writers = new VectorWriter[capacity];
    }

    VectorWriter find(long id) {
      int mask = ids.length - 1;
      for (int i = slot(id, mask); ; i = (i + 1) & mask) {
        long x = ids[i];
        if (x == id) {
          return writers[i];
        }
        if (x == 0) {
          return null;
        }
      }
    }

    /** A copy with {@code w} added for thread {@code id}. */
    Table with(long id, VectorWriter w) {
      int count = 1;
      for (long x : ids) {
        count += x == 0 ? 0 : 1;
      }
      Table t = new Table(Math.max(ids.length, Integer.highestOneBit(2 * count - 1) * 2));
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] != 0) {
          t.place(ids[i], writers[i]);
        }
      }
      t.place(id, w);
      return t;
    }

    private void place(long id, VectorWriter w) {
      int mask = ids.length - 1;
      int i = slot(id, mask);
      while (ids[i] != 0) {
        i = (i + 1) & mask;
      }
      ids[i] = id;
      writers[i] = w;
    }

    private static int slot(long id, int mask) {
      return (int) Hashing.mix(id) & mask;
    }
  }
}
