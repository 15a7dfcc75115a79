package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

/**
 * A write made by a Java comparator while the same thread's write is inserting: each keeps its
 * own batch (single-record writes reuse a per-thread batch, see {@code
 * WriteBatchRep.forSingleRecord}), so both land whole.
 */
class ReentrantWriteTest {
  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Spec("DB-WRITE-3")
  @Test
  void aComparatorThatWritesToAnotherDatabase_leavesBothWritesWhole() throws Exception {
    final Path root = Paths.get(System.getProperty("java.io.tmpdir"), "reentrant-write-" + System.nanoTime());
    Files.createDirectories(root);
    try (Options plain = new Options().setCreateIfMissing(true);
        RocksDB side = RocksDB.open(plain, root.resolve("side").toString());
        ComparatorOptions copt = new ComparatorOptions();
        AbstractComparator writing = new AbstractComparator(copt) {
          private int calls;

          @Override
          public String name() {
            return "test.WritingBytewise";
          }

          @Override
          public int compare(final ByteBuffer x, final ByteBuffer y) {
            try {
              side.put(b("side" + calls++), b("during a compare"));
            } catch (RocksDBException e) {
              throw new AssertionError(e);
            }
            return x.compareTo(y);
          }
        };
        Options options = new Options().setCreateIfMissing(true).setComparator(writing);
        RocksDB db = RocksDB.open(options, root.resolve("main").toString())) {
      for (final String k : new String[] {"m", "c", "x", "a", "q"}) {
        db.put(b(k), b("value of " + k));
      }
      for (final String k : new String[] {"m", "c", "x", "a", "q"}) {
        assertThat(db.get(b(k))).isEqualTo(b("value of " + k));
      }
      assertThat(side.get(b("side0"))).isEqualTo(b("during a compare"));
      try (RocksIterator it = side.newIterator()) {
        int n = 0;
        for (it.seekToFirst(); it.isValid(); it.next()) {
          assertThat(new String(it.key(), StandardCharsets.UTF_8)).startsWith("side");
          assertThat(it.value()).isEqualTo(b("during a compare"));
          n++;
        }
        assertThat(n).isGreaterThan(0);
      }
    }
  }
}
