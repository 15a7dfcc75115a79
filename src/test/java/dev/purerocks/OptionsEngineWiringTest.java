package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

/** The package-private accessors through which the engine reads what the options carry. */
class OptionsEngineWiringTest {

  @Spec("API-OPT-5")
  @Test
  void comparator_lastSetterWins_betweenBuiltinAndJava() {
    try (Options o = new Options();
        ComparatorOptions copt = new ComparatorOptions();
        dev.purerocks.util.ReverseBytewiseComparator java =
            new dev.purerocks.util.ReverseBytewiseComparator(copt)) {
      assertThat(o.builtinComparator()).isEqualTo(BuiltinComparator.BYTEWISE_COMPARATOR);
      assertThat(o.javaComparator()).isNull();
      o.setComparator(java);
      assertThat(o.javaComparator()).isSameInstanceAs(java);
      o.setComparator(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
      assertThat(o.javaComparator()).isNull();
      assertThat(o.builtinComparator()).isEqualTo(BuiltinComparator.REVERSE_BYTEWISE_COMPARATOR);
    }
  }

  @Spec("API-OPT-5")
  @Test
  void mergeOperator_lastSetterWins_betweenObjectAndName() {
    try (ColumnFamilyOptions o = new ColumnFamilyOptions();
        StringAppendOperator append = new StringAppendOperator("--")) {
      o.setMergeOperator(append);
      assertThat(o.mergeOperator()).isSameInstanceAs(append);
      assertThat(o.mergeOperator().operatorName()).isEqualTo("StringAppendOperator");
      assertThat(append.delimiter()).isEqualTo("--");
      o.setMergeOperatorName("uint64add");
      assertThat(o.mergeOperator()).isNull();
      assertThat(o.mergeOperatorName()).isEqualTo("uint64add");
      final IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> o.setMergeOperatorName(null));
      assertThat(e).hasMessageThat().isEqualTo("Merge operator name must not be null.");
    }
    try (UInt64AddOperator add = new UInt64AddOperator(); StringAppendOperator comma = new StringAppendOperator()) {
      assertThat(add.operatorName()).isEqualTo("UInt64AddOperator");
      assertThat(comma.delimiter()).isEqualTo(",");
    }
  }

  @Spec("API-OPT-5")
  @Test
  void prefixExtractor_andMemTableFactory_surviveCopyIntoOptions() {
    final HashSkipListMemTableConfig hash = new HashSkipListMemTableConfig();
    try (ColumnFamilyOptions cf = new ColumnFamilyOptions().useCappedPrefixExtractor(3).setMemTableConfig(hash);
        DBOptions db = new DBOptions();
        Options o = new Options(db, cf)) {
      assertThat(cf.prefixExtractorKind()).isEqualTo(ColumnFamilyOptions.PREFIX_CAPPED);
      assertThat(o.prefixExtractorKind()).isEqualTo(ColumnFamilyOptions.PREFIX_CAPPED);
      assertThat(o.prefixExtractorLength()).isEqualTo(3);
      assertThat(o.memTableFactory()).isSameInstanceAs(hash);
      assertThat(o.memTableConfig()).isNull(); // the Java-side reference is not copied (RocksJava)
      assertThat(o.memTableFactoryName()).isEqualTo("HashSkipListRepFactory");
      o.useFixedLengthPrefixExtractor(5);
      assertThat(o.prefixExtractorKind()).isEqualTo(ColumnFamilyOptions.PREFIX_FIXED);
      assertThat(o.prefixExtractorLength()).isEqualTo(5);
    }
  }

  @Spec("API-OPT-5")
  @Test
  void loggerAndWriteBufferManager_areReadable() {
    final Logger logger =
        new Logger(InfoLogLevel.WARN_LEVEL) {
          @Override
          protected void log(final InfoLogLevel level, final String msg) {}
        };
    try (Options o = new Options();
        LRUCache cache = new LRUCache(1 << 20);
        WriteBufferManager wbm = new WriteBufferManager(4 << 20, cache)) {
      o.setLogger(logger).setWriteBufferManager(wbm);
      assertThat(o.logger()).isSameInstanceAs(logger);
      assertThat(o.writeBufferManager()).isSameInstanceAs(wbm);
      assertThat(wbm.bufferSizeBytes()).isEqualTo(4 << 20);
      assertThat(wbm.cache()).isSameInstanceAs(cache);
      assertThat(wbm.allowStall()).isFalse();
      assertThat(cache.capacity()).isEqualTo(1 << 20);
      assertThat(cache.numShardBits()).isEqualTo(-1);
      assertThat(logger.infoLogLevel()).isEqualTo(InfoLogLevel.WARN_LEVEL);
      assertThat(logger.getLoggerType()).isEqualTo(LoggerType.JAVA_IMPLEMENTATION);
    } finally {
      logger.close();
    }
  }

  @Spec("API-OPT-5")
  @Test
  void readOptions_boundsAndSnapshot_areReadable_andGettersReturnCopies() {
    try (ReadOptions ro = new ReadOptions(); Slice upper = new Slice("m")) {
      final Snapshot snapshot = new Snapshot(42);
      ro.setIterateUpperBound(upper).setSnapshot(snapshot);
      assertThat(ro.iterateUpperBound).isSameInstanceAs(upper);
      assertThat(ro.iterateUpperBound()).isNotSameInstanceAs(upper);
      assertThat(ro.iterateUpperBound().data()).isEqualTo(upper.data());
      assertThat(ro.iterateLowerBound()).isNull();
      assertThat(ro.snapshot().getSequenceNumber()).isEqualTo(42);
    }
  }

  @Spec("API-OPT-5")
  @Test
  void columnFamilyHandle_shellAnswersFromItsFields() throws Exception {
    final ColumnFamilyHandle h = new ColumnFamilyHandle(null, 0, "default".getBytes(), null, false);
    assertThat(h.isOwningHandle()).isFalse();
    assertThat(h.getID()).isEqualTo(0);
    assertThat(h.isDefaultColumnFamily()).isTrue();
    assertThat(new String(h.getName())).isEqualTo("default");
    assertThat(h.getDescriptor().getName()).isEqualTo("default".getBytes());
    assertThat(h).isEqualTo(new ColumnFamilyHandle(null, 0, "default".getBytes(), null, true));
    h.close();
    assertThat(h.getID()).isEqualTo(0);
  }
}
