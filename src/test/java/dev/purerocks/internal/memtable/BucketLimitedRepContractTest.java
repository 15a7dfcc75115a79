package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.util.InfoLog;
import java.util.Arrays;

/**
 * Checks the contract suite's bucket-limited mode before the hash representations exist: a
 * stand-in whose prefix cursor, like a hash representation's, sees only the entries whose prefix
 * hashes to the target's bucket (three buckets, so unrelated prefixes share one), over a skip
 * list that provides total order. It is a test double, not a representation.
 */
class BucketLimitedRepContractTest extends MemTableRepContractTest {
  private static final int BUCKETS = 3;

  @Override
  protected MemTableRepFactory factory() {
    MemTableRepFactory skipList = SkipListRep.factory(0);
    return new MemTableRepFactory() {
      @Override
      public String name() {
        return "BucketLimitedStandIn";
      }

      @Override
      public MemTableRep create(KeyComparator comparator, PrefixExtractor prefix, InfoLog log) {
        return new BucketLimited(skipList.create(comparator, prefix, log), comparator, prefix);
      }

      @Override
      public boolean isInsertConcurrentlySupported() {
        return true;
      }

      @Override
      public boolean canHandleDuplicatedKey() {
        return true;
      }

      @Override
      public String toString() {
        return name();
      }
    };
  }

  @Override
  protected PrefixExtractor prefixExtractor() {
    return PrefixExtractor.fixed(2);
  }

  @Override
  protected boolean prefixIteratorIsTotalOrder() {
    return false;
  }

  private static final class BucketLimited implements MemTableRep {
    private final MemTableRep all;
    private final KeyComparator comparator;
    private final PrefixExtractor prefix;

    BucketLimited(MemTableRep all, KeyComparator comparator, PrefixExtractor prefix) {
      this.all = all;
      this.comparator = comparator;
      this.prefix = prefix;
    }

    int bucket(byte[] key, int off, int len) {
      int n = prefix.prefixLength(key, off, len);
      return Math.floorMod(Arrays.hashCode(Arrays.copyOfRange(key, off, off + n)), BUCKETS);
    }

    int bucketOf(long entry) {
      byte[] key = Entries.userKey(comparator.arena(), entry);
      return bucket(key, 0, key.length);
    }

    @Override
    public long allocate(int encodedLength) {
      return all.allocate(encodedLength);
    }

    @Override
    public boolean insert(long entry) {
      return all.insert(entry);
    }

    @Override
    public boolean insertConcurrently(long entry) {
      return all.insertConcurrently(entry);
    }

    @Override
    public Cursor iterator() {
      return all.iterator();
    }

    @Override
    public Cursor prefixIterator() {
      Cursor c = all.iterator();
      return new Cursor() {
        int bucket;

        private void skipOtherBuckets() {
          while (c.isValid() && bucketOf(c.entry()) != bucket) {
            c.next();
          }
        }

        @Override
        public boolean isValid() {
          return c.isValid();
        }

        @Override
        public long entry() {
          return c.entry();
        }

        @Override
        public void next() {
          c.next();
          skipOtherBuckets();
        }

        @Override
        public void seek(byte[] key, int off, int len) {
          bucket = bucket(key, off, len - 8);
          c.seek(key, off, len);
          skipOtherBuckets();
        }

        @Override
        public void prev() {
          throw new UnsupportedOperationException("not used in bucket-limited mode");
        }

        @Override
        public void seekForPrev(byte[] key, int off, int len) {
          throw new UnsupportedOperationException("not used in bucket-limited mode");
        }

        @Override
        public void seekToFirst() {
          throw new UnsupportedOperationException("not used in bucket-limited mode");
        }

        @Override
        public void seekToLast() {
          throw new UnsupportedOperationException("not used in bucket-limited mode");
        }
      };
    }
  }
}
