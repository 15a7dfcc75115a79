package dev.purerocks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the values PureRocks stores where RocksJava stores a pointer to native memory. There is
 * no native memory here, so a handle is only an identity: unique per object for the life of the
 * JVM, never {@code 0} (RocksJava's "no object" value).
 */
final class NativeHandles {
  private static final AtomicLong NEXT = new AtomicLong();

  private NativeHandles() {}

  /** Returns a handle no other object of this JVM has been given. */
  static long next() {
    return NEXT.incrementAndGet();
  }
}
