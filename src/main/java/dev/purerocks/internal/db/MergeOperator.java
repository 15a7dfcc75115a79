package dev.purerocks.internal.db;

import java.util.List;

/**
 * Combines a key's merge operands with its base value (RocksDB's {@code MergeOperator}, full-merge
 * form). The engine collects operands from the memtables, newest first, and calls the operator
 * once it reaches a base value, a deletion, or the oldest data.
 *
 * <p>Thread-safety: implementations must be safe for concurrent use.
 */
public interface MergeOperator {
  /** The name RocksDB records, e.g. {@code StringAppendOperator}. */
  String name();

  /**
   * Merges operands onto a base.
   *
   * @param key the user key
   * @param existingValue the base value, or null when there is none (no value, or a deletion)
   * @param operandsOldestFirst the operands in the order they were written
   * @return the merged value, or null if the operands cannot be merged (the read then fails with
   *     RocksDB's Corruption status for a failed merge)
   */
  byte[] fullMerge(byte[] key, byte[] existingValue, List<byte[]> operandsOldestFirst);
}
