package dev.purerocks;

/** Mirrors RocksJava's {@code IndexShorteningMode}. */
public enum IndexShorteningMode {
  kNoShortening,
  kShortenSeparators,
  kShortenSeparatorsAndSuccessor;

}
