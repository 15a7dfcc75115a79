package dev.purerocks;

/** Mirrors RocksJava's {@code Range}. */
public class Range {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Range(final Slice p0, final Slice p1) {
    
  }

}
