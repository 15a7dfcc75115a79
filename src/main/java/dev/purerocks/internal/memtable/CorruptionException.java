package dev.purerocks.internal.memtable;

/**
 * The memtable found bytes it did not write: an entry whose per-key checksum no longer matches
 * (RocksDB's {@code MemTable::VerifyEntryChecksum}), or an entry of a type no memtable holds
 * ({@code SaveValue}'s "Corrupted value not expected."). Thrown instead of returning data; the API
 * layer maps it, in one place, to {@code Status.Code.Corruption} with {@link #getMessage()} as the
 * state text.
 *
 * <p>Unchecked because it signals a broken invariant (memory corruption, a bug), not a condition a
 * caller can plan for; every read path that can meet it documents so.
 *
 * <p>Spec: {@code PROT-VERIFY-1}.
 */
public final class CorruptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** RocksDB's text for a failed per-key checksum. */
  public static final String CHECKSUM_MISMATCH =
      "Corrupted memtable entry, per key-value checksum verification failed.";

  /** RocksDB's text for an entry whose type cannot live in a memtable. */
  public static final String UNEXPECTED_TYPE = "Corrupted value not expected.";

  public CorruptionException(String message) {
    super(message);
  }
}
