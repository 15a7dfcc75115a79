package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.TestSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The harness itself: op logs and configs survive their text forms, and an injected fault (a
 * PureRocks adapter that drops point deletes) is detected and shrunk to a few operations.
 */
class HarnessSelfTest {
  /** PureRocks with a dropped delete: answers "ok" and writes nothing. */
  private static final class DroppedDelete extends ForwardingEngine {
    DroppedDelete() {
      super(new PureRocksEngine());
    }

    @Override
    public String delete(final byte[] key) {
      return "ok";
    }
  }

  @Test
  void generatedLogsAndConfigs_roundTripThroughTheirTextForm() {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "roundTrip"));
    for (int i = 0; i < 50; i++) {
      final EngineConfig config = EngineConfig.draw(rnd);
      assertThat(EngineConfig.parse(config.toString())).isEqualTo(config);
      final List<Op> ops = new OpGenerator(config, rnd).generate(100);
      assertWithMessage("seed %s", TestSeed.masterHex())
          .that(Runner.OpLog.parse(List.of(Runner.render(config, ops, "x").split("\n"))).ops())
          .isEqualTo(ops);
      assertThat(Runner.admissible(config, ops)).isTrue();
    }
  }

  @Test
  void droppedDeleteFault_isDetectedAndShrunkToAFewOperations() throws Exception {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "droppedDelete"));
    final Path scratch = Paths.get(System.getProperty("java.io.tmpdir"), "self-" + System.nanoTime());
    Files.createDirectories(scratch);
    try {
      final Runner runner = new Runner(scratch, RocksJavaEngine::new, DroppedDelete::new);
      EngineConfig config = null;
      List<Op> log = null;
      for (int attempt = 0; attempt < 20 && log == null; attempt++) {
        config = EngineConfig.draw(rnd);
        final List<Op> candidate = new OpGenerator(config, rnd).generate(400);
        if (runner.replay(config, candidate) != null) {
          log = candidate;
        }
      }
      assertWithMessage("seed %s: no divergence in 20 logs of 400 ops", TestSeed.masterHex())
          .that(log).isNotNull();
      final List<Op> shrunk = runner.shrink(config, log);
      assertWithMessage("seed %s config %s shrunk:\n%s", TestSeed.masterHex(), config,
          Runner.render(config, shrunk, "shrunk"))
          .that(shrunk.size()).isAtMost(10);
      assertThat(runner.replay(config, shrunk)).isNotNull();
    } finally {
      Runner.deleteTree(scratch);
    }
  }
}
