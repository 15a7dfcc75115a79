package dev.purerocks.bench;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes per entry after a fill of {@link Data#N} keys in random order, measured in the driver's
 * own JVM (bench/run gives it the same 4 GiB heap as the forks), one store at a time.
 *
 * <p>Two figures (baseline.md, "Memory"): {@code rocksdb.cur-size-all-mem-tables} / N, the
 * engine's own accounting (RocksDB: arena bytes plus the representation's structures), for both
 * engines; and the retained Java heap / N, for PureRocks and the map: used heap after three full
 * GCs with the filled store live, minus the same taken just before the fill (keys already
 * allocated). The heap figure is what a PureRocks user pays; RocksJava's memtable lives in native
 * memory, so its heap figure is not reported. Deterministic except for skiplist heights.
 */
final class MemoryProbe {
  /** A store's footprint; {@code heapPerEntry} is NaN for RocksJava. */
  record Footprint(String impl, String rep, double propertyPerEntry, double heapPerEntry) {}

  private MemoryProbe() {}

  static List<Footprint> measureAll() {
    List<Footprint> out = new ArrayList<>();
    byte[][] keys = Data.shuffledKeys(1);
    for (String impl : List.of(Db.PURE_ROCKS, Db.ROCKS_JAVA, Db.MAP)) {
      for (String rep : List.of(Db.SKIPLIST, Db.HASH_SKIPLIST, Db.HASH_LINKLIST, Db.VECTOR)) {
        if (Db.MAP.equals(impl) && !Db.SKIPLIST.equals(rep)) {
          continue;
        }
        out.add(measure(impl, rep, keys));
      }
    }
    return out;
  }

  private static Footprint measure(String impl, String rep, byte[][] keys) {
    long before = usedHeapAfterGc();
    Db db = Db.open(impl, rep);
    try {
      for (int i = 0; i < keys.length; i++) {
        db.put(keys[i], Data.value(i));
      }
      Probe.filledOneMemTable(db, impl, Data.N);
      long after = usedHeapAfterGc();
      long property = db.memTableBytes();
      double heap = Db.ROCKS_JAVA.equals(impl) ? Double.NaN : (after - before) / (double) Data.N;
      Footprint f = new Footprint(impl, rep,
          property < 0 ? Double.NaN : property / (double) Data.N, heap);
      System.out.printf("memory %-9s %-12s property %6.1f B/entry, retained heap %6.1f B/entry%n",
          impl, rep, f.propertyPerEntry(), f.heapPerEntry());
      return f;
    } finally {
      Reference.reachabilityFence(db);
      db.close();
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
