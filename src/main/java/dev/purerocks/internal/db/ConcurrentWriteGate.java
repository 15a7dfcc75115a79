package dev.purerocks.internal.db;

import dev.purerocks.internal.util.Hashing;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which concurrent writes are in flight, and whether a concurrent write may take its sequence
 * numbers without the db mutex. A write that takes the mutex for every record makes two writer
 * threads hand the mutex's cache line back and forth, and so did one shared in-flight counter
 * (two threads putting into a vector with the default {@code allow_concurrent_memtable_write}
 * ran slower together than one alone). Here a writer that finds the gate open touches only its
 * own thread's stripe and the sequence counter.
 *
 * <p>RocksDB has no such gate: its concurrent writers join a write group through the write
 * thread, whose leader does {@code PreprocessWrite} once for the group.
 *
 * <h2>Protocol</h2>
 * <ul>
 *   <li>A writer {@linkplain #tryEnter enters} by incrementing its stripe and then re-reading the
 *       gate; if it was closed meanwhile, it leaves again and takes the mutex instead. A writer
 *       holding the mutex {@linkplain #enter enters} unconditionally. Every writer that entered
 *       {@linkplain #exit exits} once, after it published or failed.
 *   <li>Whoever needs no new concurrent write to start {@linkplain #close closes} the gate, then
 *       waits until it is {@linkplain #drained drained}: the engine does both holding the mutex,
 *       and only a mutex holder {@linkplain #open opens} the gate.
 * </ul>
 *
 * <h2>Why a drained gate has no writer past it</h2>
 * Stripe increments and gate accesses are volatile, so they fall in one total order. A writer
 * that saw the gate open after incrementing did so before the close; the closer's later reads of
 * the stripes then see the increment, until that writer's own decrement on the same stripe (a
 * thread always uses the same stripe). A writer that increments after the close sees it closed,
 * and its increment and decrement only delay the closer. So when the sum of the stripes reads 0,
 * every writer that passed the gate before the close has exited, and none can pass until the
 * gate opens. (Not a {@code LongAdder}: its threads change cells under contention, so a writer
 * turned back by a closed gate could decrement a cell the closer reads after one it incremented
 * the closer read before, and the sum could reach 0 with a writer past the gate.)
 *
 * <p>Thread-safety: {@link #tryEnter}, {@link #exit} and {@link #close} may be called from any
 * thread; {@link #enter}, {@link #open} and {@link #drained} require the db mutex.
 */
final class ConcurrentWriteGate {
  /**
   * Stripes: threads that share one pass its cache line back and forth, so there are several
   * per core (two threads meet with odds of one in {@code STRIPES}). {@link #drained} reads them
   * all, which a grouped write does every time once the engine has seen a concurrent write; before
   * that it reads none.
   */
  private static final int STRIPES = Math.min(64,
      4 * Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())));
  /** Longs between stripes: 128 bytes, so that no two stripes share a cache line (or a pair). */
  private static final int SPACING = 16;

  /** Stripe {@code i} at index {@code (i + 1) * SPACING}, with padding before the first. */
  private final AtomicLongArray inFlight = new AtomicLongArray((STRIPES + 1) * SPACING);

  private volatile boolean open;

  /**
   * Set by the first {@link #enter}, under the mutex, and never cleared: until then no writer
   * entered (the gate opens only after an {@code enter}), so {@link #drained}, also called under
   * the mutex, need not read the stripes. Engines without concurrent writes never pay for them.
   */
  private volatile boolean used;

  /**
   * Enters if the gate is open; true if the caller may take sequence numbers without the mutex
   * and must {@link #exit} later.
   */
  boolean tryEnter() {
    if (!open) {
      return false;
    }
    int stripe = stripe();
    inFlight.incrementAndGet(stripe);
    if (!open) {
      inFlight.decrementAndGet(stripe);
      return false;
    }
    return true;
  }

  /** Enters whatever the gate's state. Requires: the db mutex. */
  void enter() {
    if (!used) {
      used = true;
    }
    inFlight.incrementAndGet(stripe());
  }

  /** Leaves: the caller's write published or failed. On the thread that entered. */
  void exit() {
    inFlight.decrementAndGet(stripe());
  }

  /** Whether no writer that entered is still in flight. Requires: the db mutex. */
  boolean drained() {
    if (!used) {
      return true;
    }
    long n = 0;
    for (int i = 1; i <= STRIPES; i++) {
      n += inFlight.get(i * SPACING);
    }
    return n == 0;
  }

  /** Whether a writer would be let through now (for tests). */
  boolean isOpen() {
    return open;
  }

  /** Opens the gate. Requires: the db mutex; an {@link #enter} before (the opener entered). */
  void open() {
    assert used : "opened before any writer entered";
    open = true;
  }

  /** Closes the gate; a volatile read when it is closed already. */
  void close() {
    if (open) {
      open = false;
    }
  }

  private static int stripe() {
    return ((int) Hashing.mix(Thread.currentThread().getId()) & (STRIPES - 1)) * SPACING + SPACING;
  }
}
