package dev.purerocks;

/** Mirrors RocksJava's {@code Experimental}. */
public interface Experimental extends java.lang.annotation.Annotation {
  /** Implemented by the implementing classes. */
  String value();

}
