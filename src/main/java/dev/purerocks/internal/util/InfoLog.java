package dev.purerocks.internal.util;

/**
 * Where the engine writes diagnostics (RocksDB's info log). The public API adapts a user's
 * {@code Logger} to it; the engine only decides what to say and at which level.
 *
 * <p>Thread-safety: implementations must accept calls from any thread.
 */
@FunctionalInterface
public interface InfoLog {
  /** Levels, in RocksDB's order ({@code InfoLogLevel}). */
  enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR,
    FATAL,
    HEADER
  }

  /** Records one message. */
  void log(Level level, String message);

  /** A log that drops everything. */
  InfoLog NONE = (level, message) -> {};
}
