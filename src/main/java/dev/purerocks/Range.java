package dev.purerocks;

/** Mirrors RocksJava's {@code Range}. */
public class Range {
  final Slice start;
  final Slice limit;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Range(final Slice p0, final Slice p1) {
    this.start = p0;
    this.limit = p1;
  }

}
