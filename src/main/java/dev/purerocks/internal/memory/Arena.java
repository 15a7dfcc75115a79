package dev.purerocks.internal.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A bump allocator over {@code byte[]} blocks; every memtable entry, skip-list node and bloom
 * filter of a memtable lives in one. Follows RocksDB's {@code Arena}/{@code ConcurrentArena}
 * ({@code memory/arena.h}); differences: one cursor for aligned and unaligned requests instead of
 * two block ends, and lock-free bumping instead of per-core shards.
 *
 * <h2>Addresses</h2>
 * An allocation is named by a {@code long} address: the block index in the high 32 bits, the
 * offset inside the block in the low 32 bits. Block 0 does not exist, so address {@code 0} is the
 * null address. Addresses stay valid for the life of the arena; nothing is ever freed
 * individually, the whole arena is dropped with its memtable.
 *
 * <pre>
 *   address = | block index (32 bits, >= 1) | offset in block (32 bits) |
 *   blocks:   [ unused | inline 2 KiB | block | block | dedicated (large entry) | block ... ]
 *                                                                 ^ cursor: next free byte
 * </pre>
 *
 * <h2>Sizes</h2>
 * The first block is a small inline block of {@value #INLINE_BLOCK_SIZE} bytes, as in RocksDB, so
 * that an empty memtable costs little; later blocks have the block size given at construction
 * (RocksDB's {@code arena_block_size}, derived from {@code write_buffer_size} by
 * {@link #optimizeBlockSize}). A request is served from the current block if it fits there.
 * Otherwise, as in RocksDB's {@code AllocateFallback}, a request larger than a quarter of the block
 * size gets a dedicated block of exactly its size, which leaves the current block in use; a smaller
 * one abandons the rest of the current block and starts a new one.
 *
 * <h2>Chunks</h2>
 * A block larger than {@value #MAX_CHUNK} bytes is not one array: it is handed out as chunks of
 * at most that size, each made when the previous one is full. RocksDB's default block is 1 MiB,
 * and G1 stores an array of half a heap region or more as a "humongous" object in regions of its
 * own: a 1 MiB array takes two 1 MiB regions, or a whole 2 MiB region, doubling the heap a
 * memtable retains. No G1 region is smaller than 1 MiB, so a chunk of at most {@value #MAX_CHUNK}
 * bytes never is humongous. Accounting is still by block, as RocksDB's: a block counts in full
 * from its first chunk on, and the bytes of the block not yet given to a chunk count as unused.
 * The only difference a chunk makes is that a request that does not fit the rest of the current
 * chunk abandons that rest even when the block had room for it across the chunk boundary (at most
 * one entry's worth per chunk; a dedicated block, for a request above a quarter of the block
 * size, is one array whatever its size).
 *
 * <h2>Alignment</h2>
 * {@link #allocateAligned} returns addresses whose memory is 8-byte aligned, as the atomic
 * {@code long} accessors require. The JVM places a {@code byte[]}'s first element at an offset that
 * need not be a multiple of 8 (16 with compressed class pointers, 12 with compact headers), so the
 * alignment of array indices is corrected once, by {@link #BASE_MISALIGNMENT}, in exactly one
 * method.
 *
 * <h2>Thread-safety</h2>
 * Allocation is safe from any number of threads: the cursor is bumped with a CAS; starting a new
 * block takes the arena's lock. {@link #allocateAlone} skips the CAS for a caller that knows no
 * other allocation overlaps its own. A block is reachable only through an address, and an address
 * reaches another thread only through a release/acquire pair (the skip list's links, a vector's
 * lock), which also publishes the block slot written before it. The accessors are therefore plain
 * array reads. Memory accounting is exact and readable at any time (a reader racing with the
 * start of a chunk may see the unused bytes off by at most the old chunk's tail).
 */
public final class Arena {
  /** Size of the first block, allocated at construction (RocksDB's {@code kInlineSize}). */
  public static final int INLINE_BLOCK_SIZE = 2048;
  /** Smallest block size {@link #optimizeBlockSize} returns. */
  public static final int MIN_BLOCK_SIZE = 4096;
  /** Largest block size {@link #optimizeBlockSize} returns (Java arrays stop just below 2 GiB). */
  public static final int MAX_BLOCK_SIZE = 1 << 30;
  /** Largest array a block is made of; see the class note on chunks. */
  public static final int MAX_CHUNK = 256 * 1024;
  /** Largest single allocation; a larger request fails with {@link IllegalArgumentException}. */
  public static final int MAX_ALLOCATION = Integer.MAX_VALUE - 64;

  /**
   * The memory address of a {@code byte[]}'s element 0, modulo 8 (the same for every array):
   * aligned indices {@code i} satisfy {@code (i + BASE_MISALIGNMENT) % 8 == 0}.
   */
  static final int BASE_MISALIGNMENT = ByteBuffer.wrap(new byte[16]).alignmentOffset(0, 8);

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
  private static final VarHandle CURSOR;
  private static final VarHandle ALLOCATED_BYTES;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      CURSOR = l.findVarHandle(Arena.class, "cursor", long.class);
      ALLOCATED_BYTES = l.findVarHandle(Arena.class, "allocatedBytes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int blockSize;

  /** The size of a regular block's chunks: the block size, at most {@link #MAX_CHUNK}. */
  private final int chunkSize;

  /**
   * Bytes of the current block not yet given to a chunk; counted as unused. Written under the
   * lock, read anywhere.
   */
  private volatile int blockSpare;

  /** Slot 0 unused. Grows by doubling; slots are written before the cursor that names them. */
  private volatile byte[][] blocks;

  /** Sum of the lengths of all arrays made so far; written under the lock, read anywhere. */
  private volatile long arrayBytes;

  /** Guarded by {@code this}: number of slots in use, including slot 0. */
  private int blockCount;

  /** Address of the next free byte of the current block; only ever CASed forward. */
  @SuppressWarnings("unused") // accessed through CURSOR
  private volatile long cursor;

  /** Sum of the sizes of all blocks; written under the lock, read anywhere. */
  @SuppressWarnings("unused") // accessed through ALLOCATED_BYTES
  private volatile long allocatedBytes;

  /**
   * Creates an arena.
   *
   * @param blockSize the size of regular blocks; see {@link #optimizeBlockSize}
   */
  public Arena(int blockSize) {
    if (blockSize < INLINE_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException("arena block size out of range: " + blockSize);
    }
    this.blockSize = blockSize;
    this.chunkSize = Math.min(blockSize, MAX_CHUNK);
    this.blocks = new byte[8][];
    this.blockCount = 1;
    synchronized (this) {
      ALLOCATED_BYTES.setVolatile(this, (long) INLINE_BLOCK_SIZE);
      startChunk(INLINE_BLOCK_SIZE);
    }
  }

  /**
   * Clamps a requested block size the way RocksDB does ({@code Arena::OptimizeBlockSize}): at
   * least {@value #MIN_BLOCK_SIZE}, at most {@link #MAX_BLOCK_SIZE}, a multiple of 16.
   */
  public static int optimizeBlockSize(long requested) {
    long size = Math.max(MIN_BLOCK_SIZE, Math.min(MAX_BLOCK_SIZE, requested));
    return (int) ((size + 15) & ~15L);
  }

  /**
   * The block size RocksDB derives when {@code arena_block_size} is not set
   * ({@code SanitizeCfOptions}): an eighth of the write buffer, at most 1 MiB, rounded up to a
   * multiple of 4 KiB.
   */
  public static long defaultBlockSize(long writeBufferSize) {
    long size = Math.min(1L << 20, writeBufferSize / 8);
    return (size + 4095) & ~4095L;
  }

  /** The regular block size. */
  public int blockSize() {
    return blockSize;
  }

  /** Allocates {@code size} bytes with no alignment; returns their address. */
  public long allocate(int size) {
    return allocate(size, false, SHARED);
  }

  /** Allocates {@code size} bytes starting at an 8-byte aligned address. */
  public long allocateAligned(int size) {
    return allocate(size, true, SHARED);
  }

  /**
   * As {@link #allocate}, for a caller no other allocation from this arena can overlap (a
   * memtable's single-writer path, which the db mutex serializes): the cursor moves with a release
   * store instead of a CAS, as RocksDB's serial memtable path uses its plain {@code Arena}.
   */
  public long allocateAlone(int size) {
    return allocate(size, false, ALONE);
  }

  /** As {@link #allocateAligned}, with the requirement of {@link #allocateAlone}. */
  public long allocateAlignedAlone(int size) {
    return allocate(size, true, ALONE);
  }

  /**
   * As {@link #allocate}, or 0 when another thread moved the cursor while this one was allocating:
   * then nothing was allocated, and the caller knows it has company (RocksDB's {@code
   * ConcurrentArena} sends a thread to a per-core shard once it finds the arena's lock taken).
   * Without company the memory taken, and so every figure, is that of {@link #allocate}.
   */
  public long allocateUncontended(int size) {
    return allocate(size, false, GIVE_UP);
  }

  // How allocate moves the cursor: a CAS retried until it succeeds, a CAS tried once, a store.
  private static final int SHARED = 0;
  private static final int GIVE_UP = 1;
  private static final int ALONE = 2;

  private long allocate(int size, boolean aligned, int mode) {
    checkSize(size);
    while (true) {
      long c = (long) CURSOR.getVolatile(this);
      int index = (int) (c >>> 32);
      int offset = (int) c;
      int start = aligned ? alignUp(offset) : offset;
      long end = (long) start + size; // long: a huge request must not wrap around
      if (end <= blocks[index].length) {
        if (mode == ALONE) {
          CURSOR.setRelease(this, address(index, (int) end));
          return address(index, start);
        }
        if (CURSOR.compareAndSet(this, c, address(index, (int) end))) {
          return address(index, start);
        }
      } else if (size > blockSize / 4) {
        // As RocksDB's Arena::AllocateFallback: a large request that does not fit gets a block of
        // its own and the current block stays in use; one that fits is served from it (above).
        return allocateDedicated(size);
      } else {
        synchronized (this) {
          if ((long) CURSOR.getVolatile(this) == c) {
            nextChunk(size);
            continue;
          }
        }
      }
      if (mode == GIVE_UP) {
        return 0;
      }
    }
  }

  private static void checkSize(int size) {
    if (size < 0 || size > MAX_ALLOCATION) {
      throw new IllegalArgumentException("allocation size out of range: " + size);
    }
  }

  /** The one place alignment is computed: the first aligned index at or after {@code offset}. */
  private static int alignUp(int offset) {
    return ((offset + BASE_MISALIGNMENT + 7) & ~7) - BASE_MISALIGNMENT;
  }

  /**
   * Allocates {@code size} bytes, 8-byte aligned, as a block of their own whatever their size
   * (counted in full, as every dedicated block); the JVM zeroes it outside the arena's lock.
   */
  public long allocateBlock(int size) {
    checkSize(size);
    return allocateDedicated(size);
  }

  private long allocateDedicated(int size) {
    // Room for alignment: a dedicated block starts at index 0, which may be misaligned.
    int padding = alignUp(0);
    // Created (and zeroed by the JVM) before taking the lock: no other thread can want this
    // block, and concurrent writers taking large blocks then zero them in parallel.
    byte[] block = new byte[size + padding];
    synchronized (this) {
      ALLOCATED_BYTES.setVolatile(this, (long) ALLOCATED_BYTES.getVolatile(this) + block.length);
      int index = addBlock(block);
      return address(index, padding);
    }
  }

  /**
   * Requires: holding the lock; {@code size <= blockSize / 4}. Makes a chunk with room for
   * {@code size} bytes the current one: the next chunk of the current block if the block has that
   * much left, else the first chunk of a new block, which then counts in full.
   */
  private void nextChunk(int size) {
    int spare = blockSpare;
    if (size > spare) {
      ALLOCATED_BYTES.setVolatile(this, (long) ALLOCATED_BYTES.getVolatile(this) + blockSize);
      spare = blockSize;
    }
    int length = Math.max(size, Math.min(chunkSize, spare));
    blockSpare = spare - length;
    startChunk(length);
  }

  /** Requires: holding the lock. Makes a fresh array of {@code length} bytes the current chunk. */
  private void startChunk(int length) {
    int index = addBlock(new byte[length]);
    CURSOR.setVolatile(this, address(index, 0));
  }

  /** Requires: holding the lock. Appends an array, publishing it before it can be addressed. */
  private int addBlock(byte[] block) {
    byte[][] bs = blocks;
    if (blockCount == bs.length) {
      bs = java.util.Arrays.copyOf(bs, bs.length * 2);
    }
    bs[blockCount] = block;
    blocks = bs; // volatile write: publishes the slot (and a grown array) to later readers
    arrayBytes += block.length; // only ever written under the lock
    return blockCount++;
  }

  private static long address(int blockIndex, int offset) {
    return ((long) blockIndex << 32) | (offset & 0xFFFFFFFFL);
  }

  // ---- accounting -------------------------------------------------------------------------

  /**
   * Bytes of all blocks allocated so far (RocksDB's {@code MemoryAllocatedBytes}); feeds the
   * memtable's size properties and its switch decision.
   */
  public long memoryAllocatedBytes() {
    return (long) ALLOCATED_BYTES.getVolatile(this);
  }

  /**
   * Bytes of the Java arrays made so far, headers not included: what the arena costs the heap.
   * Below {@link #memoryAllocatedBytes} by the chunks of the current block not made yet
   * (ARENA-BLOCK-4).
   */
  public long arrayBytes() {
    return arrayBytes;
  }

  /**
   * Bytes left in the current block (RocksDB's {@code AllocatedAndUnused}): the rest of the
   * current chunk and the block's bytes not yet given to a chunk.
   */
  public long allocatedAndUnused() {
    long c = (long) CURSOR.getVolatile(this);
    return blockSpare + blocks[(int) (c >>> 32)].length - (int) c;
  }

  /** Allocated bytes minus what the current block still has free. */
  public long approximateMemoryUsage() {
    return memoryAllocatedBytes() - allocatedAndUnused();
  }

  /** Number of arrays (chunks and dedicated blocks), the inline block included. */
  public int blockCount() {
    synchronized (this) {
      return blockCount - 1;
    }
  }

  // ---- access -------------------------------------------------------------------------------

  /** The block an address points into. Requires: {@code address} came from this arena. */
  public byte[] block(long address) {
    return blocks[(int) (address >>> 32)];
  }

  /** The offset inside its block of an address. */
  public static int offset(long address) {
    return (int) address;
  }

  /**
   * A 32-bit reference to an 8-byte aligned address, for tables that hold many addresses: the
   * block index in the high 16 bits, the offset in 8-byte units in the low 16 (as an unsigned
   * int). 0 if the address has none: a block past the 65,536th or an offset past 512 KiB (regular
   * chunks are at most {@link #MAX_CHUNK}; only dedicated blocks are larger), or address 0.
   */
  public static int compactReference(long address) {
    long block = address >>> 32;
    long aligned = (address & 0xFFFF_FFFFL) + BASE_MISALIGNMENT;
    long units = aligned >>> 3;
    return block < (1 << 16) && units < (1 << 16) && (aligned & 7) == 0
        ? (int) (block << 16 | units)
        : 0;
  }

  /** The address of a {@link #compactReference}; 0 for 0. */
  public static long fromCompactReference(int ref) {
    if (ref == 0) {
      return 0;
    }
    long block = (ref >>> 16) & 0xFFFF;
    long offset = ((long) (ref & 0xFFFF) << 3) - BASE_MISALIGNMENT;
    return block << 32 | offset;
  }

  /** Adds {@code delta} bytes to an address (staying inside its allocation). */
  public static long plus(long address, int delta) {
    return address + delta;
  }

  /** Reads an 8-byte word with acquire semantics. Requires: an aligned address. */
  public long getLongAcquire(long address) {
    return (long) LONGS.getAcquire(block(address), offset(address));
  }

  /** Reads an 8-byte word with no ordering. Requires: an aligned address. */
  public long getLongPlain(long address) {
    return (long) LONGS.get(block(address), offset(address));
  }

  /** Writes an 8-byte word with release semantics. Requires: an aligned address. */
  public void setLongRelease(long address, long value) {
    LONGS.setRelease(block(address), offset(address), value);
  }

  /** Writes an 8-byte word with no ordering. Requires: an aligned address. */
  public void setLongPlain(long address, long value) {
    LONGS.set(block(address), offset(address), value);
  }

  /** Compare-and-set of an 8-byte word (volatile semantics). Requires: an aligned address. */
  public boolean casLong(long address, long expected, long value) {
    return LONGS.compareAndSet(block(address), offset(address), expected, value);
  }

  /** Copies {@code len} bytes from {@code src} into the arena at {@code address}. */
  public void put(long address, byte[] src, int srcOff, int len) {
    System.arraycopy(src, srcOff, block(address), offset(address), len);
  }

  /** Copies {@code len} bytes at {@code address} into a new array. */
  public byte[] copy(long address, int len) {
    int off = offset(address);
    return java.util.Arrays.copyOfRange(block(address), off, off + len);
  }
}
