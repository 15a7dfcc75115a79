package dev.purerocks.internal.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writer queue with group commit (RocksDB's {@code WriteThread}, simplified) for the batches
 * of several records that are not inserted concurrently ({@link DbEngine}'s class note; a batch of
 * one record commits alone, without the queue). Each writing thread enqueues
 * a {@link Writer}; the writer at the head of the queue, when no group is in progress, becomes the
 * leader and takes every queued writer into its group. The leader does the group's preprocessing,
 * assigns sequence numbers, inserts every batch, publishes the group's last sequence and
 * {@linkplain #exitAsLeader completes} every writer at once.
 *
 * <p>Differences from RocksDB: waiting is a lock and condition (no adaptive spinning, no lock-free
 * link list); the group takes every queued writer (RocksDB caps a group's bytes and splits groups
 * on incompatible options); no group inserts in parallel (concurrent inserts bypass the queue).
 *
 * <p>Thread-safety: all state is guarded by {@code lock}. A writer's fields are written by the
 * leader before it signals and read by the writer after it wakes, under the same lock.
 *
 * <p>Invariant: at most one leader at a time; a writer is completed exactly once.
 */
final class WriteThread {
  enum State {
    WAITING,
    LEADER,
    DONE
  }

  /**
   * One pending write (a one-record write uses one too, without queueing it, and may reuse it for
   * its thread's next one: {@link #start}, then {@link #clear} when the write is over).
   */
  static final class Writer {
    WriteBatchRep batch;
    boolean noSlowdown;
    /** {@code ignore_missing_column_families}: records for missing families are skipped. */
    boolean ignoreMissingFamilies;
    State state = State.WAITING;
    /** The failure this writer's write ends with; null for success. */
    RuntimeException error;
    /**
     * Sequence number of the batch's first record, assigned by the leader (by the writer itself
     * for a concurrent write).
     */
    long firstSequence;
    /** The group this writer is in, set when its leader forms it. */
    Group group;

    Writer(WriteBatchRep batch, boolean noSlowdown, boolean ignoreMissingFamilies) {
      start(batch, noSlowdown, ignoreMissingFamilies);
    }

    /** A writer to {@link #start}. */
    Writer() {}

    /** Sets the writer up for a new write. */
    Writer start(WriteBatchRep batch, boolean noSlowdown, boolean ignoreMissingFamilies) {
      this.batch = batch;
      this.noSlowdown = noSlowdown;
      this.ignoreMissingFamilies = ignoreMissingFamilies;
      state = State.WAITING;
      error = null;
      firstSequence = 0;
      group = null;
      return this;
    }

    /** Drops the references of a write that is over: its batch and its failure. */
    void clear() {
      batch = null;
      error = null;
      group = null;
    }
  }

  /** The writers one leader commits together, leader first. */
  static final class Group {
    final List<Writer> writers;

    Group(List<Writer> writers) {
      this.writers = writers;
    }
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Writer> queue = new ArrayDeque<>();
  private boolean leaderActive;

  /**
   * Enqueues {@code w} and blocks until it is the leader of a group ({@link State#LEADER}, with
   * {@code w.group} set) or is done.
   */
  State join(Writer w) {
    lock.lock();
    try {
      queue.addLast(w);
      return awaitTurn(w);
    } finally {
      lock.unlock();
    }
  }

  private State awaitTurn(Writer w) {
    boolean interrupted = false;
    try {
      while (true) {
        if (w.state == State.DONE) {
          return w.state;
        }
        if (w.group == null && !leaderActive && queue.peekFirst() == w) {
          leaderActive = true;
          List<Writer> members = queue.size() == 1 ? List.of(w) : new ArrayList<>(queue);
          queue.clear();
          Group g = new Group(members);
          for (Writer m : members) {
            m.group = g;
          }
          w.state = State.LEADER;
          return State.LEADER;
        }
        try {
          changed.await();
        } catch (InterruptedException e) {
          // A write cannot be abandoned half way: finish it, then restore the interrupt.
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Completes every writer of the group and lets the next leader go. */
  void exitAsLeader(Group g) {
    lock.lock();
    try {
      for (Writer m : g.writers) {
        m.state = State.DONE;
      }
      leaderActive = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
