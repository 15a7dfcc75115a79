package dev.purerocks.bench;

/**
 * Sanity checks run outside the timed code: a benchmark whose store switched memtables, lost a
 * write or answered a read wrongly would measure something else, so it fails instead.
 */
final class Checks {
  private Checks() {}

  /** Requires: {@code db} was filled with {@code entries} distinct keys by puts. */
  static void filledOneMemTable(Db db, String impl, long entries) {
    if (Db.MAP.equals(impl)) {
      return;
    }
    expect(db, "rocksdb.num-immutable-mem-table", 0);
    expect(db, "rocksdb.num-entries-active-mem-table", entries);
  }

  static void expect(Db db, String property, long expected) {
    long actual = Long.parseLong(db.property(property));
    if (actual != expected) {
      throw new IllegalStateException(property + " = " + actual + ", expected " + expected);
    }
  }

  static void expectCount(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " = " + actual + ", expected " + expected);
    }
  }
}
