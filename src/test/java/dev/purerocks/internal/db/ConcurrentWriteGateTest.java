package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConcurrentWriteGateTest {
  @Test
  void closedGate_refusesEntry_openGateAdmits() {
    ConcurrentWriteGate gate = new ConcurrentWriteGate();
    assertThat(gate.tryEnter()).isFalse();
    assertThat(gate.drained()).isTrue();
    openAsTheEngineDoes(gate);
    assertThat(gate.tryEnter()).isTrue();
    gate.close();
    assertThat(gate.tryEnter()).isFalse();
    assertThat(gate.drained()).isFalse();
    gate.exit();
    assertThat(gate.drained()).isTrue();
  }

  @Test
  void drained_onlyOnceEveryEntrantExited_whicheverWayItEntered() throws Exception {
    ConcurrentWriteGate gate = new ConcurrentWriteGate();
    gate.enter(); // the mutex way: the gate's state does not matter
    gate.open(); // as the engine does: by a writer that entered
    assertThat(gate.tryEnter()).isTrue();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    AtomicBoolean admitted = new AtomicBoolean();
    Thread other = new Thread(() -> { // another thread id: most likely another stripe
      admitted.set(gate.tryEnter());
      entered.countDown();
      try {
        leave.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      gate.exit();
    });
    other.start();
    entered.await();
    assertThat(admitted.get()).isTrue();
    gate.close();
    gate.exit();
    gate.exit();
    assertThat(gate.drained()).isFalse();
    leave.countDown();
    other.join();
    assertThat(gate.drained()).isTrue();
  }

  /**
   * Writers enter and leave as fast as they can while a closer closes the gate, waits until it is
   * drained, checks that nobody is past the gate for a while, and reopens it: no writer is ever
   * past the gate while the closer holds it drained.
   */
  @Spec("DB-CONC-1")
  @Test
  void closerThatSeesTheGateDrained_hasNoWriterPastIt() throws Exception {
    ConcurrentWriteGate gate = new ConcurrentWriteGate();
    openAsTheEngineDoes(gate);
    AtomicBoolean held = new AtomicBoolean();
    AtomicInteger inside = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong passes = new AtomicLong();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread w = new Thread(() -> {
        try {
          while (!stop.get()) {
            if (gate.tryEnter()) {
              inside.incrementAndGet();
              if (held.get()) {
                failures.add(new AssertionError("a writer passed a closed, drained gate"));
              }
              passes.incrementAndGet();
              inside.decrementAndGet();
              gate.exit();
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      w.start();
      writers.add(w);
    }
    for (int round = 0; round < 2_000; round++) {
      gate.close();
      while (!gate.drained()) {
        Thread.onSpinWait();
      }
      held.set(true);
      for (int i = 0; i < 200; i++) {
        assertWithMessage("writers past a drained gate, round %s", round)
            .that(inside.get()).isEqualTo(0);
        Thread.onSpinWait();
      }
      held.set(false);
      gate.open();
      // Let writers through before closing again (bounded: a writer may be descheduled).
      long before = passes.get();
      for (int i = 0; i < 100_000 && passes.get() == before; i++) {
        Thread.onSpinWait();
      }
    }
    stop.set(true);
    for (Thread w : writers) {
      w.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(w.isAlive()).isFalse();
    }
    assertThat(failures).isEmpty();
    assertThat(gate.drained()).isTrue();
    assertThat(passes.get()).isGreaterThan(0L);
  }

  /** A writer holding the mutex enters, opens the gate and, its write done, exits. */
  private static void openAsTheEngineDoes(ConcurrentWriteGate gate) {
    gate.enter();
    gate.open();
    gate.exit();
  }
}
