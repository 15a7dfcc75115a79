package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import java.util.Arrays;

/**
 * A deliberately different representation, for tests only: entries appended to an array, every
 * cursor works on a sorted copy taken at creation (like RocksDB's mutable VectorRep), no
 * duplicate detection, no concurrent insert, unaligned arena allocations, and some memory
 * outside the arena. The memtable must behave identically on it, which shows it does not depend
 * on the skip list.
 */
final class SortedCopyRep implements MemTableRep {
  private final KeyComparator cmp;
  private final Arena arena;
  private long[] entries = new long[16];
  private int size;

  private SortedCopyRep(KeyComparator cmp) {
    this.cmp = cmp;
    this.arena = cmp.arena();
  }

  static MemTableRepFactory factory() {
    return new MemTableRepFactory() {
      @Override
      public String name() {
        return "SortedCopyRepForTests";
      }

      @Override
      public MemTableRep create(KeyComparator comparator, PrefixExtractor prefix, InfoLog log) {
        return new SortedCopyRep(comparator);
      }

      @Override
      public boolean isInsertConcurrentlySupported() {
        return false;
      }

      @Override
      public boolean canHandleDuplicatedKey() {
        return false;
      }

      @Override
      public String toString() {
        return name();
      }
    };
  }

  @Override
  public long allocate(int encodedLength) {
    return arena.allocate(encodedLength);
  }

  @Override
  public long allocateAlone(int encodedLength) {
    return arena.allocateAlone(encodedLength);
  }

  @Override
  public synchronized boolean insert(long entry) {
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = entry;
    return true;
  }

  @Override
  public synchronized long approximateMemoryUsage() {
    return 8L * size;
  }

  @Override
  public Cursor iterator() {
    long[] copy;
    synchronized (this) {
      copy = Arrays.copyOf(entries, size);
    }
    Long[] boxed = Arrays.stream(copy).boxed().toArray(Long[]::new);
    Arrays.sort(boxed, (a, b) -> cmp.compare(a, b));
    long[] sorted = Arrays.stream(boxed).mapToLong(Long::longValue).toArray();
    return new ArrayCursor(sorted);
  }

  private final class ArrayCursor implements Cursor {
    private final long[] sorted;
    private int pos = -1;

    ArrayCursor(long[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public boolean isValid() {
      return pos >= 0 && pos < sorted.length;
    }

    @Override
    public long entry() {
      return sorted[pos];
    }

    @Override
    public void next() {
      pos++;
    }

    @Override
    public void prev() {
      pos--;
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cmp.compare(sorted[mid], key, off, len) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      pos = lo;
    }

    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cmp.compare(sorted[mid], key, off, len) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      pos = lo - 1;
    }

    @Override
    public void seekToFirst() {
      pos = 0;
    }

    @Override
    public void seekToLast() {
      pos = sorted.length - 1;
    }
  }
}
