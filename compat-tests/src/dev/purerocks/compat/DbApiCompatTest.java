package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each database scenario of {@link RocksJavaScenarios} against RocksJava 11.8.1 and the same
 * source against PureRocks ({@link PureRocksScenarios}), and expects the same lines: values,
 * iteration orders, batch bytes, sequence numbers, properties, and for every error the exception
 * type, message and status. A scenario that throws records the exception as its last line.
 */
class DbApiCompatTest {
  interface Scenario {
    void run(Object scenarios) throws Exception;
  }

  @BeforeAll
  static void loadOracle() {
    RocksJavaOracle.load();
  }

  private static List<String> run(final String name, final boolean rocksJava) throws Exception {
    final Path base = Paths.get(System.getProperty("java.io.tmpdir"),
        "db-api-compat", name + (rocksJava ? "-rocksjava" : "-purerocks") + "-" + System.nanoTime());
    Files.createDirectories(base);
    final String dir = base.toString();
    final List<String> lines = new ArrayList<>();
    try {
      if (rocksJava) {
        final RocksJavaScenarios s = new RocksJavaScenarios(dir);
        try {
          RocksJavaScenarios.class.getDeclaredMethod(name).invoke(s);
        } finally {
          lines.addAll(s.lines());
        }
      } else {
        final PureRocksScenarios s = new PureRocksScenarios(dir);
        try {
          PureRocksScenarios.class.getDeclaredMethod(name).invoke(s);
        } finally {
          lines.addAll(s.lines());
        }
      }
    } catch (java.lang.reflect.InvocationTargetException e) {
      lines.add("SCENARIO THREW " + e.getCause());
    }
    return lines;
  }

  private static void compare(final String name) throws Exception {
    final List<String> theirs = run(name, true);
    final List<String> ours = run(name, false);
    System.out.println("== " + name + " (PureRocks; RocksJava gave " + theirs.size() + " lines)");
    ours.forEach(l -> System.out.println("  " + l));
    assertWithMessage("scenario %s\nRocksJava:\n  %s\nPureRocks:\n  %s", name,
            String.join("\n  ", theirs), String.join("\n  ", ours))
        .that(ours)
        .containsExactlyElementsIn(theirs)
        .inOrder();
  }

  @Test
  void basics_putGetDeleteBuffersPropertiesAndFlush_matchRocksJava() throws Exception {
    compare("basics");
  }

  @Test
  void writeBatches_bytesHandlerSavePointsAndCorruptCount_matchRocksJava() throws Exception {
    compare("batches");
  }

  @Test
  void iterators_directionsBoundsPrefixSnapshotAndRefresh_matchRocksJava() throws Exception {
    compare("iterators");
  }

  @Test
  void snapshotsAndMergeOperators_matchRocksJava() throws Exception {
    compare("snapshotsAndMerges");
  }

  @Test
  void builtinReverseAndJavaComparators_orderKeysLikeRocksJava() throws Exception {
    compare("comparators");
  }

  @Test
  void columnFamilies_createDropListReopenAndDroppedWrites_matchRocksJava() throws Exception {
    compare("columnFamilies");
  }

  @Test
  void writeStallsWithNoSlowdownAndMemtableProperties_matchRocksJava() throws Exception {
    compare("stallsAndMemtableProperties");
  }

  @Test
  void hashVectorAndSkipListMemtables_prefixAndTotalOrderIteration_matchRocksJava()
      throws Exception {
    compare("memtableKinds");
  }

  @Test
  void offsetsByteBuffersKeyMayExistAndIteratorBuffers_matchRocksJava() throws Exception {
    compare("buffersAndOffsets");
  }

  @Test
  void readOnlyOpen_refusesWritesAndChecksFamiliesLikeRocksJava() throws Exception {
    compare("readOnly");
  }

  @Test
  void levelQueriesAndMultiGetByteBuffers_matchRocksJava() throws Exception {
    compare("levelsAndMultiGetBuffers");
  }

  @Test
  void edgeCases_emptyKeysMergesWithoutOperatorRangesAndBatchLimits_matchRocksJava()
      throws Exception {
    compare("edges");
  }

  @Test
  void familiesWithTheirOwnComparatorsAndMergeOperators_underConcurrentWriters_matchRocksJava()
      throws Exception {
    compare("familiesWithOwnOptionsAndThreads");
  }

  @Test
  void utilBytewiseAndReverseBytewiseComparators_matchRocksJava() throws Exception {
    compare("utilComparators");
  }

  @Test
  void droppedFamilies_canBeRecreatedAndDroppedInBulk_likeRocksJava() throws Exception {
    compare("recreateDroppedFamily");
  }

  @Test
  void approximateSizesMemtableStatsAndMapProperties_matchRocksJava() throws Exception {
    compare("sizesAndMapProperties");
  }

  @Test
  void getOptionsAndGetDBOptions_reportTheRunningValuesLikeRocksJava() throws Exception {
    compare("currentOptions");
  }

  @Test
  void javaLoggers_receiveOpenMessagesOnlyAtInfoOrBelow_likeRocksJava() throws Exception {
    compare("loggers");
  }

  @Test
  void newIteratorsRefreshWithSnapshotsAndSnapshotReads_matchRocksJava() throws Exception {
    compare("iteratorsMore");
  }

  @Spec("API-READ-IGNORE-1")
  @Test
  void ignoreRangeDeletions_readsSeeWhatRangeTombstonesHide_likeRocksJava() throws Exception {
    compare("ignoreRangeDeletions");
  }

  @Test
  void openErrorsStickyErrorsCloseAndDestroy_matchRocksJava() throws Exception {
    compare("openErrors");
  }

  /** The PureRocks twin must be the RocksJava scenarios with only the imports switched. */
  @Test
  void pureRocksScenarios_areTheRocksJavaScenariosWithImportsSwitched() throws Exception {
    final Path here = Paths.get("compat-tests/src/dev/purerocks/compat");
    final String theirs = Files.readString(here.resolve("RocksJavaScenarios.java"),
        StandardCharsets.UTF_8);
    final String ours = Files.readString(here.resolve("PureRocksScenarios.java"),
        StandardCharsets.UTF_8);
    assertWithMessage("PureRocksScenarios.java must equal RocksJavaScenarios.java with "
            + "org.rocksdb -> dev.purerocks and the class name switched")
        .that(ours)
        .isEqualTo(theirs.replace("org.rocksdb", "dev.purerocks")
            .replace("RocksJavaScenarios", "PureRocksScenarios"));
  }
}
