package dev.purerocks.internal.db;

import dev.purerocks.Status;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.memtable.CorruptionException;
import dev.purerocks.internal.memtable.GetContext;
import dev.purerocks.internal.memtable.MemTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A point read over a pinned {@link MemTableView} (RocksDB's {@code DBImpl::GetImpl}, memtable
 * part, and {@code MergeHelper::TimedFullMerge}). The memtables are asked newest first with one
 * {@link GetContext}, so a range tombstone seen in a newer memtable hides older entries in older
 * ones; collected merge operands are then folded by the family's merge operator.
 *
 * <p>Thread-safety: stateless; a view is immutable and memtable reads never block writers.
 */
final class PointLookup {
  private PointLookup() {}

  /**
   * Looks a key up in a view (M13, M14): memtables newest first until one decides, then the merge
   * operator folds the operands (collected newest first) oldest first onto the base.
   */
  static byte[] get(MemTableView v, byte[] key, boolean ignoreRangeDeletions) {
    LookupKey lk = new LookupKey(key, v.readSequence());
    GetContext ctx = new GetContext();
    if (ignoreRangeDeletions) {
      ctx.ignoreRangeDeletions();
    }
    try {
      for (MemTable m : v.memTables()) {
        if (m.get(lk, ctx)) {
          break;
        }
      }
    } catch (CorruptionException e) {
      throw DbStatusException.corruption(e.getMessage());
    }
    return switch (ctx.state()) {
      case NOT_FOUND -> null;
      case FOUND -> ctx.hasOperands() ? merge(v, key, ctx.value(), ctx.operands()) : ctx.value();
      case DELETED -> ctx.hasOperands() ? merge(v, key, null, ctx.operands()) : null;
      case MERGE_IN_PROGRESS -> merge(v, key, null, ctx.operands());
    };
  }

  private static byte[] merge(MemTableView v, byte[] key, byte[] base, List<byte[]> newestFirst) {
    MergeOperator op = v.mergeOperator();
    if (op == null) {
      throw DbStatusException.invalidArgument("merge_operator is not properly initialized.");
    }
    List<byte[]> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    byte[] out = op.fullMerge(key, base, oldestFirst);
    if (out == null) {
      throw new DbStatusException(
          new Status(Status.Code.Corruption, Status.SubCode.None, "Merge operator failed"));
    }
    return out;
  }
}
