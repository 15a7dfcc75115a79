package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.TestSeed;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The harness itself: op logs and configs survive their text forms. That injected faults are
 * caught and shrunk is {@link FaultInjectionTest}'s job.
 */
class HarnessSelfTest {
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
}
