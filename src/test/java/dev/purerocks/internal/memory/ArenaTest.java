package dev.purerocks.internal.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ArenaTest {
  private static final int BLOCK = 8192;

  /** One allocation as the test saw it. */
  private record Allocation(long address, int size, boolean aligned, byte[] block, int offset) {}

  private static String seedInfo(String testId) {
    return " [" + testId + "; reproduce with -Dtests.seed=" + Long.toHexString(TestSeed.master()) + "]";
  }

  private static Allocation allocate(Arena arena, int size, boolean aligned) {
    long a = aligned ? arena.allocateAligned(size) : arena.allocate(size);
    return new Allocation(a, size, aligned, arena.block(a), Arena.offset(a));
  }

  private static boolean isAligned(Allocation a) {
    return ByteBuffer.wrap(a.block).alignmentOffset(a.offset, 8) == 0;
  }

  /** A random request: mostly small, some around a quarter block, a few larger than a block. */
  private static int randomSize(SplittableRandom rnd) {
    int kind = rnd.nextInt(20);
    if (kind == 0) {
      return BLOCK + 1 + rnd.nextInt(3 * BLOCK); // never exactly a regular block's size
    } else if (kind < 3) {
      return BLOCK / 4 - 8 + rnd.nextInt(16);
    }
    return 1 + rnd.nextInt(300);
  }

  @Spec("ARENA-ADDR-1")
  @Test
  void allocations_haveNonZeroAddresses_andNeverOverlap() {
    String id = "ArenaTest#allocations_haveNonZeroAddresses_andNeverOverlap";
    SplittableRandom rnd = TestSeed.random(id);
    Arena arena = new Arena(BLOCK);
    List<Allocation> all = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      Allocation a = allocate(arena, randomSize(rnd), rnd.nextBoolean());
      assertNotEquals(0L, a.address, "address 0 is null" + seedInfo(id));
      fillPattern(a, i);
      all.add(a);
    }
    assertDisjointAndInsideBlocks(all, id);
    for (int i = 0; i < all.size(); i++) {
      checkPattern(all.get(i), i, id);
    }
  }

  @Spec("ARENA-ADDR-2")
  @Test
  void compactReferences_giveAlignedAddressesBack_andZeroForTheRest() {
    String id = "ArenaTest#compactReferences_giveAlignedAddressesBack_andZeroForTheRest";
    SplittableRandom rnd = TestSeed.random(id);
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    for (int i = 0; i < 3000; i++) {
      arena.allocate(1 + rnd.nextInt(13));
      long address = arena.allocateAligned(8 + rnd.nextInt(200));
      int ref = Arena.compactReference(address);
      assertNotEquals(0, ref, "no reference for " + Long.toHexString(address) + seedInfo(id));
      assertEquals(address, Arena.fromCompactReference(ref), seedInfo(id));
    }
    // The edges, whatever the JVM's array base alignment: the last block and offset that fit.
    int lastOffset = (1 << 19) - 8 - Arena.BASE_MISALIGNMENT;
    long last = (65_535L << 32) | lastOffset;
    assertEquals(last, Arena.fromCompactReference(Arena.compactReference(last)));
    assertEquals(0, Arena.compactReference((65_536L << 32) | lastOffset), "block past the last");
    assertEquals(0, Arena.compactReference((7L << 32) | (lastOffset + 8)), "offset past 512 KiB");
    assertEquals(0, Arena.compactReference((7L << 32) | (lastOffset - 3)), "misaligned");
    assertEquals(0, Arena.compactReference(0));
    assertEquals(0L, Arena.fromCompactReference(0));
  }

  @Spec("ARENA-ALIGN-1")
  @Test
  void alignedAllocations_are8ByteAlignedInMemory_andSupportAtomicAccess() {
    String id = "ArenaTest#alignedAllocations_are8ByteAlignedInMemory_andSupportAtomicAccess";
    SplittableRandom rnd = TestSeed.random(id);
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    for (int i = 0; i < 3000; i++) {
      arena.allocate(1 + rnd.nextInt(13)); // leave the cursor at an odd place
      int size = rnd.nextInt(10) == 0 ? Arena.MIN_BLOCK_SIZE + rnd.nextInt(999) : 8 + rnd.nextInt(200);
      Allocation a = allocate(arena, size, true);
      assertTrue(isAligned(a), "misaligned: block offset " + a.offset + seedInfo(id));
      long v = rnd.nextLong();
      arena.setLongRelease(a.address, v);
      assertEquals(v, arena.getLongAcquire(a.address));
      assertTrue(arena.casLong(a.address, v, ~v));
      assertEquals(~v, arena.getLongPlain(a.address));
      arena.setLongPlain(a.address, v);
      assertEquals(v, arena.getLongAcquire(a.address));
    }
  }

  @Spec("ARENA-BLOCK-3")
  @Test
  void largeAllocation_thatDoesNotFit_getsADedicatedBlockOfItsSize_andKeepsTheCurrentBlock() {
    Arena arena = new Arena(BLOCK);
    Allocation small = allocate(arena, 100, false); // from the 2 KiB inline block
    long unused = arena.allocatedAndUnused();
    assertEquals(Arena.INLINE_BLOCK_SIZE - 100, unused);
    Allocation big = allocate(arena, BLOCK / 4 + 1, false); // does not fit in the 1948 bytes left
    assertTrue(small.block != big.block, "a block of its own");
    assertEquals(BLOCK / 4 + 1, big.block.length - big.offset, "runs to the end of its block");
    assertTrue(big.offset < 8, "only alignment padding before it");
    assertEquals(unused, arena.allocatedAndUnused(), "current block unchanged");
    assertTrue(small.block == allocate(arena, 10, false).block, "later small requests continue there");
    assertEquals(Arena.INLINE_BLOCK_SIZE + big.block.length, arena.memoryAllocatedBytes());
    assertEquals(2, arena.blockCount());

    Allocation huge = allocate(arena, 3 << 20, true);
    assertTrue(isAligned(huge));
    assertEquals(3 << 20, huge.block.length - huge.offset);
    assertEquals(3, arena.blockCount());
  }

  @Spec("ARENA-BLOCK-3")
  @Test
  void largeAllocation_thatFitsInTheCurrentBlock_isServedFromIt() {
    // RocksDB's Arena::Allocate tries the current block before AllocateFallback's size rule.
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE); // quarter block: 1024 bytes
    Allocation first = allocate(arena, 1500, false);
    Allocation second = allocate(arena, 500, true);
    assertTrue(first.block == second.block, "both from the inline block");
    assertEquals(Arena.INLINE_BLOCK_SIZE, arena.memoryAllocatedBytes());
    assertEquals(1, arena.blockCount());
  }

  @Spec("ARENA-BLOCK-3")
  @Test
  void smallAllocation_thatDoesNotFit_abandonsTheRestAndStartsARegularBlock() {
    Arena arena = new Arena(BLOCK);
    Allocation a = allocate(arena, Arena.INLINE_BLOCK_SIZE - 10, false);
    Allocation b = allocate(arena, 11, false);
    assertTrue(a.block != b.block, "a new block");
    assertEquals(BLOCK, b.block.length);
    assertEquals(0, b.offset);
    assertEquals(BLOCK - 11, arena.allocatedAndUnused());
    assertEquals(Arena.INLINE_BLOCK_SIZE + BLOCK, arena.memoryAllocatedBytes());
    assertEquals(arena.memoryAllocatedBytes() - arena.allocatedAndUnused(), arena.approximateMemoryUsage());
  }

  @Spec({"ARENA-ACCT-1", "ARENA-BLOCK-1"})
  @Test
  void accounting_isExact_allocatedBytesAreTheBlocks_unusedIsTheCurrentBlocksTail() {
    String id = "ArenaTest#accounting_isExact_allocatedBytesAreTheBlocks_unusedIsTheCurrentBlocksTail";
    SplittableRandom rnd = TestSeed.random(id);
    Arena arena = new Arena(BLOCK);
    assertEquals(Arena.INLINE_BLOCK_SIZE, arena.memoryAllocatedBytes(), "empty arena");
    assertEquals(Arena.INLINE_BLOCK_SIZE, arena.allocatedAndUnused(), "empty arena");
    assertEquals(1, arena.blockCount());
    Allocation first = allocate(arena, 1, false);
    byte[] inline = first.block;
    assertEquals(Arena.INLINE_BLOCK_SIZE, inline.length);
    Map<byte[], Boolean> blocks = new IdentityHashMap<>();
    blocks.put(inline, Boolean.TRUE);
    byte[] current = inline;
    int currentEnd = 1;
    for (int i = 0; i < 4000; i++) {
      Allocation a = allocate(arena, randomSize(rnd), rnd.nextBoolean());
      blocks.put(a.block, Boolean.TRUE);
      // Regular blocks have exactly the block size; dedicated ones never do (see randomSize).
      if (a.block == inline || a.block.length == BLOCK) {
        current = a.block;
        currentEnd = a.offset + a.size;
      } else {
        assertEquals(a.size, a.block.length - a.offset, "dedicated block fits its request");
        assertTrue(a.size > BLOCK / 4, "only requests above a quarter block get their own block");
      }
      long sum = 0;
      for (byte[] b : blocks.keySet()) {
        sum += b.length;
      }
      String at = " after allocation " + i + " (" + a.size + " bytes)" + seedInfo(id);
      assertEquals(blocks.size(), arena.blockCount(), "block count" + at);
      assertEquals(sum, arena.memoryAllocatedBytes(), "2048 + sum of blocks" + at);
      assertEquals(current.length - currentEnd, arena.allocatedAndUnused(), "unused" + at);
      assertEquals(arena.memoryAllocatedBytes() - arena.allocatedAndUnused(), arena.approximateMemoryUsage(), at);
    }
  }

  @Spec({"ARENA-BLOCK-4", "ARENA-ACCT-1"})
  @Test
  void largeBlocks_areMadeOfChunks_countedAsWholeBlocks() {
    int block = 1 << 20; // RocksDB's default for write buffers of 8 MiB and more
    int chunk = Arena.MAX_CHUNK;
    Arena arena = new Arena(block);
    allocate(arena, Arena.INLINE_BLOCK_SIZE, false); // fill the inline block
    Allocation a = allocate(arena, 100, false);
    assertEquals(chunk, a.block.length, "the first chunk of the first regular block");
    assertEquals(Arena.INLINE_BLOCK_SIZE + block, arena.memoryAllocatedBytes(), "counted in full");
    assertEquals(block - 100, arena.allocatedAndUnused(), "the chunk's rest and the block's spare");

    Allocation b = allocate(arena, chunk - 100, false); // exactly the rest of the chunk
    assertTrue(a.block == b.block, "served from the same chunk");
    Allocation c = allocate(arena, 8, false);
    assertTrue(c.block != a.block, "the next chunk");
    assertEquals(chunk, c.block.length);
    assertEquals(Arena.INLINE_BLOCK_SIZE + block, arena.memoryAllocatedBytes(), "same block");
    assertEquals(block - chunk - 8, arena.allocatedAndUnused());

    // A request that does not fit the chunk's rest abandons it, within the same block.
    allocate(arena, chunk - 8 - 50, false);
    Allocation d = allocate(arena, 60, false);
    assertEquals(0, d.offset);
    assertEquals(block - 2L * chunk - 60, arena.allocatedAndUnused(), "the 50 bytes count as used");
    // The block's last chunk, then a new block once it is full.
    allocate(arena, chunk - 60, false);
    Allocation e = allocate(arena, block / 4, false); // a quarter block: not a block of its own
    assertEquals(block / 4, e.block.length);
    assertEquals(0, arena.allocatedAndUnused(), "the block is used up");
    Allocation f = allocate(arena, 1, false);
    assertEquals(Arena.INLINE_BLOCK_SIZE + 2L * block, arena.memoryAllocatedBytes(), "a new block");
    assertEquals(block - 1, arena.allocatedAndUnused());
    assertEquals(chunk, f.block.length);
    assertEquals(
        arena.memoryAllocatedBytes() - arena.allocatedAndUnused(), arena.approximateMemoryUsage());

    // Above a quarter block: one array of its own, whatever its size; the chunk stays current.
    Allocation g = allocate(arena, block / 4 + 1, true);
    assertEquals(block / 4 + 1, g.block.length - g.offset);
    assertEquals(Arena.INLINE_BLOCK_SIZE + 2L * block + g.block.length, arena.memoryAllocatedBytes());
    assertEquals(block - 1, arena.allocatedAndUnused());
    assertTrue(allocate(arena, 1, false).block == f.block);
  }

  @Spec("ARENA-BLOCK-2")
  @Test
  void optimizeBlockSize_clampsAndRoundsUpToSixteen_asRocksDb() {
    assertEquals(4096, Arena.optimizeBlockSize(0));
    assertEquals(4096, Arena.optimizeBlockSize(-5));
    assertEquals(4096, Arena.optimizeBlockSize(4095));
    assertEquals(4096, Arena.optimizeBlockSize(4096));
    assertEquals(4112, Arena.optimizeBlockSize(4097));
    assertEquals(8192, Arena.optimizeBlockSize(8192));
    assertEquals(8208, Arena.optimizeBlockSize(8193));
    assertEquals(1 << 20, Arena.optimizeBlockSize(1 << 20));
    // RocksDB's upper clamp is 2 GiB; a Java array cannot hold that, ours is 1 GiB.
    assertEquals(Arena.MAX_BLOCK_SIZE, Arena.optimizeBlockSize(2L << 30));
    assertEquals(Arena.MAX_BLOCK_SIZE, Arena.optimizeBlockSize(Long.MAX_VALUE));
    assertEquals(1 << 30, Arena.MAX_BLOCK_SIZE);
  }

  @Spec("ARENA-BLOCK-2")
  @Test
  void defaultBlockSize_isAnEighthOfTheWriteBuffer_atMostOneMiB_inWholePages() {
    assertEquals(8 << 10, Arena.defaultBlockSize(64 << 10)); // RocksDB's smallest write buffer
    assertEquals(1 << 20, Arena.defaultBlockSize(64 << 20)); // the default write buffer
    assertEquals(1 << 20, Arena.defaultBlockSize(1L << 36));
    assertEquals(512 << 10, Arena.defaultBlockSize(4 << 20));
    assertEquals(16 << 10, Arena.defaultBlockSize(100 << 10)); // 12800 rounded up to 4 KiB pages
    assertEquals(4 << 10, Arena.defaultBlockSize(8));
  }

  @Spec("ARENA-SIZE-1")
  @Test
  void invalidSizes_areRejected() {
    Arena arena = new Arena(BLOCK);
    assertThrows(IllegalArgumentException.class, () -> arena.allocate(-1));
    assertThrows(IllegalArgumentException.class, () -> arena.allocateAligned(-8));
    assertThrows(IllegalArgumentException.class, () -> arena.allocate(Arena.MAX_ALLOCATION + 1));
    assertThrows(IllegalArgumentException.class, () -> arena.allocate(Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> new Arena(Arena.INLINE_BLOCK_SIZE - 1));
    assertThrows(IllegalArgumentException.class, () -> new Arena(Arena.MAX_BLOCK_SIZE + 1));
    assertEquals(Arena.INLINE_BLOCK_SIZE, arena.memoryAllocatedBytes(), "failed requests allocate nothing");
  }

  /** An uncontended allocation, or a plain one when another thread got in the way. */
  private static Allocation allocateUncontendedOrPlain(Arena arena, int size) {
    long a = arena.allocateUncontended(size);
    if (a == 0) {
      a = arena.allocate(size);
    }
    return new Allocation(a, size, false, arena.block(a), Arena.offset(a));
  }

  @Spec("ARENA-CONC-2")
  @Test
  void uncontendedAndSingleWriterAllocations_byALoneThread_areExactlyPlainAllocations() {
    String id =
        "ArenaTest#uncontendedAndSingleWriterAllocations_byALoneThread_areExactlyPlainAllocations";
    SplittableRandom rnd = TestSeed.random(id);
    Arena plain = new Arena(BLOCK);
    Arena uncontended = new Arena(BLOCK);
    Arena alone = new Arena(BLOCK);
    for (int i = 0; i < 5000; i++) {
      int size = randomSize(rnd);
      boolean aligned = rnd.nextInt(3) == 0;
      long a = aligned ? plain.allocateAligned(size) : plain.allocate(size);
      long b = aligned ? uncontended.allocateAligned(size) : uncontended.allocateUncontended(size);
      long c = aligned ? alone.allocateAlignedAlone(size) : alone.allocateAlone(size);
      String what = "address of request " + i + " (" + size + " bytes, aligned " + aligned + ")";
      assertEquals(a, b, what + seedInfo(id));
      assertEquals(a, c, what + seedInfo(id));
      for (Arena other : List.of(uncontended, alone)) {
        assertEquals(plain.memoryAllocatedBytes(), other.memoryAllocatedBytes(), seedInfo(id));
        assertEquals(plain.allocatedAndUnused(), other.allocatedAndUnused(), seedInfo(id));
        assertEquals(plain.blockCount(), other.blockCount(), seedInfo(id));
      }
    }
  }

  @Spec({"ARENA-CONC-1", "ARENA-CONC-2"})
  @Test
  void concurrentAllocation_fromSeveralThreads_yieldsDisjointRangesAndExactAccounting() throws Exception {
    String id = "ArenaTest#concurrentAllocation_fromSeveralThreads_yieldsDisjointRangesAndExactAccounting";
    SplittableRandom rnd = TestSeed.random(id);
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    int threads = 6;
    int perThread = 4000;
    List<List<Allocation>> results = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Allocation> mine = Collections.synchronizedList(new ArrayList<>());
      results.add(mine);
      SplittableRandom r = rnd.split();
      int tag = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    int size = r.nextInt(30) == 0 ? 2000 + r.nextInt(5000) : 1 + r.nextInt(200);
                    Allocation a =
                        r.nextInt(4) == 0
                            ? allocateUncontendedOrPlain(arena, size)
                            : allocate(arena, size, r.nextBoolean());
                    fillPattern(a, tag * perThread + i);
                    mine.add(a);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "arena-allocator-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join(60_000);
      if (w.isAlive()) {
        fail(w.getName() + " still running after 60 s" + seedInfo(id));
      }
    }
    if (failure.get() != null) {
      throw new AssertionError("allocator thread failed" + seedInfo(id), failure.get());
    }
    List<Allocation> all = new ArrayList<>();
    Map<byte[], Boolean> blocks = new IdentityHashMap<>();
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        Allocation a = results.get(t).get(i);
        checkPattern(a, t * perThread + i, id);
        assertTrue(!a.aligned || isAligned(a), "misaligned" + seedInfo(id));
        all.add(a);
        blocks.put(a.block, Boolean.TRUE);
      }
    }
    assertDisjointAndInsideBlocks(all, id);
    long sum = blocks.keySet().stream().mapToLong(b -> b.length).sum();
    long inline = blocks.size() == arena.blockCount() ? 0 : Arena.INLINE_BLOCK_SIZE;
    assertEquals(sum + inline, arena.memoryAllocatedBytes(), "accounting after the race" + seedInfo(id));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static void assertDisjointAndInsideBlocks(List<Allocation> all, String id) {
    Map<byte[], List<Allocation>> byBlock = new IdentityHashMap<>();
    for (Allocation a : all) {
      byBlock.computeIfAbsent(a.block, b -> new ArrayList<>()).add(a);
      assertTrue(a.offset >= 0 && a.offset + a.size <= a.block.length, "outside its block" + seedInfo(id));
    }
    for (List<Allocation> list : byBlock.values()) {
      list.sort((x, y) -> Integer.compare(x.offset, y.offset));
      for (int i = 1; i < list.size(); i++) {
        Allocation prev = list.get(i - 1);
        Allocation next = list.get(i);
        if (prev.offset + prev.size > next.offset) {
          fail("overlap: [" + prev.offset + ", +" + prev.size + ") and [" + next.offset + ", +" + next.size + ")" + seedInfo(id));
        }
      }
    }
  }

  private static void fillPattern(Allocation a, int tag) {
    for (int i = 0; i < a.size; i++) {
      a.block[a.offset + i] = (byte) (tag * 31 + i);
    }
  }

  private static void checkPattern(Allocation a, int tag, String id) {
    byte[] expected = new byte[a.size];
    for (int i = 0; i < a.size; i++) {
      expected[i] = (byte) (tag * 31 + i);
    }
    byte[] actual = java.util.Arrays.copyOfRange(a.block, a.offset, a.offset + a.size);
    assertArrayEquals(expected, actual, "allocation " + tag + " was overwritten" + seedInfo(id));
  }
}
