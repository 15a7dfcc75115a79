package dev.purerocks;

/** Mirrors RocksJava's {@code Experimental}. */
public interface Experimental extends java.lang.annotation.Annotation {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String value();

}
