package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.testing.Spec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The read and batch overloads where the conformance harness (oracle-tests, issue 4) found
 * PureRocks answering differently from RocksJava 11.8.1; each test pins RocksJava's observed
 * behaviour, and the op log that caught it is in oracle-tests/corpus/.
 */
class ReadFormsTest {
  private static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String dir(final String name) throws Exception {
    final Path p = Paths.get(System.getProperty("java.io.tmpdir"), "read-forms",
        name + "-" + System.nanoTime());
    Files.createDirectories(p.getParent());
    return p.toString();
  }

  @Spec({"API-BUF-1"})
  @Test
  void keyExists_byteBufferKey_keepsItsPosition() throws Exception {
    try (Options o = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(o, dir("keyexists"));
        ReadOptions ro = new ReadOptions()) {
      db.put(b("a"), b("v"));
      final ByteBuffer direct = ByteBuffer.allocateDirect(2).put(b("xa")).flip().position(1);
      assertThat(db.keyExists(direct)).isTrue();
      assertThat(direct.position()).isEqualTo(1);
      final ByteBuffer heap = ByteBuffer.wrap(b("b"));
      assertThat(db.keyExists(ro, heap)).isFalse();
      assertThat(heap.position()).isEqualTo(0);
    }
  }

  @Spec({"API-BUF-1"})
  @Test
  void byteBufferGet_throughAHandle_readsHeapBuffersLikeTheOverloadWithout() throws Exception {
    try (Options o = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(o, dir("heap-handle"));
        ReadOptions ro = new ReadOptions()) {
      db.put(b("k"), b("value"));
      for (final boolean handle : new boolean[] {false, true}) {
        final ByteBuffer key = ByteBuffer.wrap(b("k"));
        final ByteBuffer value = ByteBuffer.allocate(10);
        final int size = handle ? db.get(db.getDefaultColumnFamily(), ro, key, value)
            : db.get(ro, key, value);
        assertThat(size).isEqualTo(5);
        assertThat(key.position()).isEqualTo(1);
        assertThat(value.limit()).isEqualTo(5);
        assertThat(value.get(4)).isEqualTo((byte) 'e');
      }
    }
  }

  @Spec({"ITER-REFRESH-1"})
  @Test
  void refresh_onAVectorMemtable_seesWritesMadeSinceTheIteratorWasCreated() throws Exception {
    try (Options o = new Options().setCreateIfMissing(true)
            .setMemTableConfig(new VectorMemTableConfig());
        RocksDB db = RocksDB.open(o, dir("refresh"));
        RocksIterator it = db.newIterator()) {
      db.put(b("ba"), b("v"));
      it.refresh();
      it.seekToFirst();
      assertThat(it.isValid()).isTrue();
      assertThat(it.key()).isEqualTo(b("ba"));
      try (Snapshot s = db.getSnapshot()) {
        db.put(b("c"), b("w"));
        it.refresh(s);
        it.seek(b("c"));
        assertThat(it.isValid()).isFalse();
        db.releaseSnapshot(s);
      }
    }
  }
}
