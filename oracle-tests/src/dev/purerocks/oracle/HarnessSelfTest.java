package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The harness itself: op logs and configs survive their text forms, and the shrinker drops batch
 * entries. That injected faults are caught and shrunk is {@link FaultInjectionTest}'s job.
 */
class HarnessSelfTest {
  @Spec({"CONF-SD-1", "CONF-PREFIX-1", "CONF-PREFIXMODE-1", "CONF-PREFIXMODE-2",
      "CONF-INPLACE-1", "CONF-MERGE-1",
      "CONF-COUNTS-1", "CONF-FLUSH-1", "CONF-REFRESH-1", "CONF-BOUNDS-1", "CONF-BUFFER-1"})
  @Test
  void generatedLogsAndConfigs_roundTripThroughTheirTextForm() {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "roundTrip"));
    for (int i = 0; i < 400; i++) {
      final EngineConfig config = EngineConfig.draw(rnd);
      assertThat(EngineConfig.parse(config.toString())).isEqualTo(config);
      final List<Op> ops = new OpGenerator(config, rnd).generate(100);
      assertWithMessage("seed %s", TestSeed.masterHex())
          .that(Runner.OpLog.parse(List.of(Runner.render(config, ops, "x").split("\n"))).ops())
          .isEqualTo(ops);
      final int bad = Runner.firstInadmissible(config, ops);
      assertWithMessage("seed %s, config %s: generated op %s is inadmissible:\n%s",
          TestSeed.masterHex(), config, bad, Runner.render(config, ops, "generated"))
          .that(bad).isEqualTo(-1);
    }
  }

  /**
   * A hang report replays as it is, and its thread dump shows where the replaying thread was (so
   * which engine hung, when the hang does not come back on replay).
   */
  @Test
  void hangReport_replaysAsItIs_andShowsEveryThreadsStack() {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "hangReport"));
    final EngineConfig config = EngineConfig.draw(rnd);
    final List<Op> ops = new OpGenerator(config, rnd).generate(50);
    final String report = HangWatchdog.report(Runner.render(config, ops, "hung at op 49"));
    final Runner.OpLog parsed = Runner.OpLog.parse(List.of(report.split("\n")));
    assertWithMessage("seed %s", TestSeed.masterHex()).that(parsed.ops()).isEqualTo(ops);
    assertThat(parsed.config()).isEqualTo(config);
    assertThat(report).contains("# threads at the hang:");
    assertThat(report).contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE");
    // A frame reads "app//class.method(File.java:line)" or "class.method(...)".
    assertThat(report).containsMatch("(?m)^#       at .*" + HarnessSelfTest.class.getName()
        + "\\.hangReport_replaysAsItIs_andShowsEveryThreadsStack\\(");
  }

  /**
   * A batch whose last entry is the only one not needed: the shrinker used to index past the
   * shrunk batch (IndexOutOfBoundsException) once the entries before it had been kept.
   */
  @Test
  void shrink_dropsTheUnneededLastEntryOfABatch() throws Exception {
    final Path scratch = Paths.get(System.getProperty("java.io.tmpdir"), "self-" + System.nanoTime());
    Files.createDirectories(scratch);
    try {
      final Runner runner = new Runner(scratch, RocksJavaEngine::new,
          Faults.named("range-tombstone-end").engine());
      final EngineConfig config = EngineConfig.parse("rep=skiplist merge=none");
      final List<Op> log = List.of(Op.parse("batch [ put b v1 ; deleteRange a b ; put c v2 ]"),
          Op.parse("iter open"), Op.parse("iter first"));
      assertThat(runner.shrink(config, log)).containsExactly(
          Op.parse("batch [ put b v1 ; deleteRange a b ]"), Op.parse("iter open"),
          Op.parse("iter first")).inOrder();
    } finally {
      Runner.deleteTree(scratch);
    }
  }
}
