package dev.purerocks.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The live snapshots' sequence numbers, as a multiset (RocksDB's {@code SnapshotList}). Nothing
 * reads it for garbage collection yet — memtables keep every version — but flush and compaction
 * will, and the {@code num-snapshots} property does.
 *
 * <p>Thread-safety: all methods synchronize on the instance.
 */
final class SnapshotList {
  private final TreeMap<Long, Integer> counts = new TreeMap<>();

  synchronized long add(long sequence) {
    counts.merge(sequence, 1, Integer::sum);
    return sequence;
  }

  synchronized void remove(long sequence) {
    counts.computeIfPresent(sequence, (k, n) -> n == 1 ? null : n - 1);
  }

  synchronized List<Long> list() {
    List<Long> out = new ArrayList<>();
    counts.forEach((seq, n) -> {
      for (int i = 0; i < n; i++) {
        out.add(seq);
      }
    });
    return out;
  }
}
