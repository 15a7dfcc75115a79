package dev.purerocks.oracle;

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
 * A bounded random campaign: {@code -Doracle.sequences} (default {@value #SEQUENCES}) op logs of
 * {@value #OPERATIONS} operations, each
 * for a configuration drawn from the master seed, replayed on RocksJava and PureRocks in lockstep.
 * A divergence is shrunk and reported with its configuration, seed and a replay command; the
 * printed log can be saved as {@code oracle-tests/corpus/NAME.oplog}.
 */
class ConformanceCampaignTest {
  private static final int SEQUENCES = 1000;
  private static final int OPERATIONS = 250;

  @Spec({"DB-GET-1", "DB-GET-2", "DB-SNAP-1", "DB-RANGE-1", "DB-STICKY-1", "DB-WRITE-1",
      "DB-FLUSH-1", "ITER-VERSION-1", "ITER-DIR-1", "ITER-RT-1", "ITER-INPLACE-1", "MERGE-SA-1",
      "MERGE-U64-1", "REP-HASH-TOTAL-1", "IK-CMP-2"})
  @Test
  void randomOpLogs_giveTheSameResultsOnPureRocksAndRocksJava() throws Exception {
    final String id = TestSeed.testId(getClass(), "randomOpLogs");
    final SplittableRandom master = TestSeed.random(id);
    final Path scratch = Paths.get(System.getProperty("java.io.tmpdir"), "conformance-" + System.nanoTime());
    Files.createDirectories(scratch);
    final Runner runner = new Runner(scratch);
    final int sequences = Integer.getInteger("oracle.sequences", SEQUENCES);
    final long start = System.nanoTime();
    long ops = 0;
    try {
      for (int s = 0; s < sequences; s++) {
        final SplittableRandom rnd = master.split();
        final EngineConfig config = EngineConfig.draw(rnd);
        final List<Op> log = new OpGenerator(config, rnd).generate(OPERATIONS);
        final Runner.Divergence d = runner.replay(config, log);
        ops += d == null ? log.size() : d.index() + 1;
        if (d != null) {
          final List<Op> shrunk = runner.shrink(config, log);
          final Runner.Divergence small = runner.replay(config, shrunk);
          assertWithMessage("seed %s (-Dtests.seed=%s), sequence %s, config %s diverged at %s\n"
                  + "shrunk to %s ops, last divergence %s\n"
                  + "save as oracle-tests/corpus/NAME.oplog and replay with\n"
                  + "  ./mvnw process-test-classes surefire:test@oracle-tests "
                  + "-Dtest=CorpusReplayTest\n\n%s",
                  TestSeed.masterHex(), TestSeed.masterHex(), s, config, d, shrunk.size(), small,
                  Runner.render(config, shrunk, "shrunk from seed " + TestSeed.masterHex()
                      + " sequence " + s))
              .fail();
        }
      }
    } finally {
      Runner.deleteTree(scratch);
    }
    final double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("conformance: seed=%s sequences=%d ops=%d mismatches=0 (%.1f s in all;"
        + " ops/s inside RocksJava %.0f, inside PureRocks %.0f)%n", TestSeed.masterHex(),
        sequences, ops, seconds, ops / (runner.referenceNanos() / 1e9),
        ops / (runner.candidateNanos() / 1e9));
  }
}
