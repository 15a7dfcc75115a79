package dev.purerocks;

/** Mirrors RocksJava's {@code WalProcessingOption}. */
public enum WalProcessingOption {
  CONTINUE_PROCESSING,
  IGNORE_CURRENT_RECORD,
  STOP_REPLAY,
  CORRUPTED_RECORD;

  /** Looks a constant up as RocksJava does. */
  public static WalProcessingOption fromValue(final byte value) {
    if (value >= 0 && value < values().length) {
      return values()[value];
    }
    throw new IllegalArgumentException("Illegal value provided for WalProcessingOption: " + value);
  }

}
