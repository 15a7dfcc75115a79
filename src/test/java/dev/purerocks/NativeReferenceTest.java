package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NativeReferenceTest {

  /** A RocksObject that counts its disposals. */
  private static final class Counting extends RocksObject {
    final AtomicInteger disposals = new AtomicInteger();

    Counting() {
      super(NativeHandles.next());
    }

    @Override
    protected void disposeInternal(final long handle) {
      disposals.incrementAndGet();
    }
  }

  // @Spec("API-LIFE-1")
  @Test
  void close_isIdempotent_andDisposesOnce() {
    final Counting o = new Counting();
    assertThat(o.isOwningHandle()).isTrue();
    o.close();
    o.close();
    assertThat(o.isOwningHandle()).isFalse();
    assertThat(o.disposals.get()).isEqualTo(1);
  }

  // @Spec("API-LIFE-1")
  @Test
  void close_fromManyThreadsAtOnce_disposesExactlyOnce() throws Exception {
    for (int round = 0; round < 50; round++) {
      final Counting o = new Counting();
      final CountDownLatch start = new CountDownLatch(1);
      final List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final Thread thread = new Thread(() -> {
          try {
            start.await();
          } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          o.close();
        });
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (final Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertWithMessage("closer thread did not finish").that(thread.isAlive()).isFalse();
      }
      assertThat(o.disposals.get()).isEqualTo(1);
    }
  }

  // @Spec("API-LIFE-1")
  @Test
  void disOwnedObject_closesWithoutDisposing() {
    final Counting o = new Counting();
    o.disOwnNativeHandle();
    o.close();
    assertThat(o.disposals.get()).isEqualTo(0);
  }

  // @Spec("API-LIFE-2")
  @Test
  void handles_areUniqueAndNonZero_andSurviveClose() {
    final Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      final Options o = new Options();
      assertThat(o.getNativeHandle()).isNotEqualTo(0L);
      assertThat(seen.add(o.getNativeHandle())).isTrue();
      o.close();
      assertThat(o.getNativeHandle()).isNotEqualTo(0L);
    }
  }

  // @Spec("API-LIFE-1")
  @Test
  void mutableObject_closeZeroesHandle_andIsIdempotent() {
    final Slice s = new Slice("abc");
    assertThat(s.isOwningHandle()).isTrue();
    s.close();
    s.close();
    assertThat(s.isOwningHandle()).isFalse();
  }

  // @Spec("API-LIFE-2")
  @Test
  void callbackObject_getsHandleFromInitializeNative() {
    try (ComparatorOptions copt = new ComparatorOptions();
        dev.purerocks.util.BytewiseComparator c = new dev.purerocks.util.BytewiseComparator(copt)) {
      assertThat(c.nativeHandle_).isNotEqualTo(0L);
      assertThat(c.isOwningHandle()).isTrue();
    }
  }

  // @Spec("API-LIFE-3")
  @Test
  void loadLibrary_isAHarmlessNoOp() {
    RocksDB.loadLibrary();
    RocksDB.loadLibrary(List.of("/nonexistent"));
    assertThat(RocksDB.rocksdbVersion().toString()).isEqualTo("11.8.1");
  }
}
