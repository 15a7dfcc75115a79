package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.internal.db.DbStatusException;
import dev.purerocks.internal.db.IteratorStatus;
import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

/** The one mapping from engine failures to RocksJava's exceptions, and the options translation. */
class StatusesTest {

  @Spec("API-STATUS-1")
  @Test
  void engineStatus_becomesRocksDBException_withStateOrCodeStringAsMessage() {
    final RocksDBException withState =
        Statuses.toException(DbStatusException.invalidArgument("end key comes before start key"));
    assertThat(withState.getMessage()).isEqualTo("end key comes before start key");
    assertThat(withState.getStatus().getCode()).isEqualTo(Status.Code.InvalidArgument);
    assertThat(withState.getStatus().getSubCode()).isEqualTo(Status.SubCode.None);
    assertThat(withState.getStatus().getState()).isEqualTo("end key comes before start key");

    final RocksDBException noState = Statuses.toException(DbStatusException.memoryLimit());
    assertThat(noState.getMessage()).isEqualTo("Aborted(MemoryLimit)");
    assertThat(noState.getStatus().getSubCode()).isEqualTo(Status.SubCode.MemoryLimit);
    assertThat(noState.getStatus().getState()).isNull();
  }

  @Spec("API-STATUS-1")
  @Test
  void iteratorStatus_okIsNoException_othersKeepCodeAndText() {
    assertThat(Statuses.toException(IteratorStatus.OK)).isNull();
    final RocksDBException e = Statuses.toException(IteratorStatus.of(
        IteratorStatus.Code.INVALID_ARGUMENT, IteratorStatus.NO_MERGE_OPERATOR));
    assertThat(e.getMessage()).isEqualTo("merge_operator_ must be set.");
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.InvalidArgument);
    assertThat(Statuses.toException(IteratorStatus.of(IteratorStatus.Code.CORRUPTION, "bad"))
        .getStatus().getCode()).isEqualTo(Status.Code.Corruption);
    assertThat(Statuses.toException(IteratorStatus.of(IteratorStatus.Code.NOT_SUPPORTED, "x"))
        .getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
  }

  @Spec("API-OPT-MAP-1")
  @Test
  void options_translateComparatorMergeOperatorPrefixAndMemtable() throws Exception {
    try (Options o = new Options()
            .setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR)
            .setMergeOperatorName("uint64add")
            .useCappedPrefixExtractor(3)
            .setMemTableConfig(new VectorMemTableConfig())
            .setWriteBufferSize(12345)
            .setMaxSuccessiveMerges(4)) {
      final dev.purerocks.internal.db.ColumnFamilyConfig c = EngineOptions.cfConfig(o);
      assertThat(c.comparator()).isSameInstanceAs(BytewiseComparators.REVERSE_BYTEWISE);
      assertThat(c.mergeOperator().name()).isEqualTo("UInt64AddOperator");
      assertThat(c.prefixExtractor().name()).isEqualTo("rocksdb.CappedPrefix.3");
      assertThat(c.repFactory().name()).isEqualTo("VectorRepFactory");
      assertThat(c.writeBufferSize()).isEqualTo(12345);
      assertThat(c.maxSuccessiveMerges()).isEqualTo(4);
      o.setMergeOperatorName("nosuchoperator");
      assertThat(EngineOptions.cfConfig(o).mergeOperator()).isNull();
    }
  }

  @Spec("API-OPT-MAP-1")
  @Test
  void hashBucketCountZero_isRefusedAtOpenWithInvalidArgument_insteadOfCrashing() {
    final RocksDBException e = org.junit.jupiter.api.Assertions.assertThrows(
        RocksDBException.class,
        () -> EngineOptions.repFactory(new HashSkipListMemTableConfig().setBucketCount(0)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.InvalidArgument);
  }
}
