package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Reproduce;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * A bounded random campaign, the same loop as {@code oracle-tests/run} ({@link Campaign}): {@code
 * -Doracle.sequences} (default {@value #SEQUENCES}) op logs of {@value #OPERATIONS} operations over
 * every configuration family, the campaign seed derived from the master seed. The first divergence
 * stops the run; it is shrunk and reported with its configuration, the shrunk log (ready to save as
 * {@code oracle-tests/corpus/NAME.oplog}), the {@code oracle-tests/run} command that regenerates it
 * and the REPRODUCE line of this test. {@code -Doracle.fault=NAME} injects a named fault, to see
 * what a failure looks like.
 */
class ConformanceCampaignTest {
  private static final int SEQUENCES = 1000;
  private static final int OPERATIONS = 250;

  @Spec({"DB-GET-1", "DB-GET-2", "DB-SNAP-1", "DB-RANGE-1", "DB-STICKY-1", "DB-WRITE-1",
      "DB-FLUSH-1", "ITER-VERSION-1", "ITER-DIR-1", "ITER-RT-1", "ITER-INPLACE-1", "MERGE-SA-1",
      "MERGE-U64-1", "REP-HASH-TOTAL-1", "IK-CMP-2", "API-CMP-1", "API-UTILCMP-1", "MERGE-SA-2",
      "DB-MERGE-2", "DB-OPT-1", "DB-OPT-2", "DB-SWITCH-1", "BLOOM-1", "BLOOM-2", "BLOOM-3",
      "DB-FLUSH-2", "DB-FLUSH-3", "DB-STALL-1", "DB-STALL-2", "ITER-BOUNDS-1", "ITER-PREFIX-1",
      "ITER-PREFIX-2", "ITER-REFRESH-1", "WB-SAVEPOINT-1", "WB-FLAGS-1", "API-BUF-1", "CONF-COMPARE-1", "CONF-KEYMAYEXIST-1"})
  @Test
  void randomOpLogs_giveTheSameResultsOnPureRocksAndRocksJava() throws Exception {
    final String id = TestSeed.testId(getClass(), "randomOpLogs");
    final Campaign campaign = new Campaign(TestSeed.seedFor(id));
    campaign.sequences = Integer.getInteger("oracle.sequences", SEQUENCES);
    campaign.ops = OPERATIONS;
    campaign.shrinkLimit = 1;
    campaign.stopAfterMismatches = 1;
    // -Doracle.fault=NAME shows what a failure looks like (FaultInjectionTest checks the faults).
    final String fault = System.getProperty("oracle.fault", "");
    campaign.fault = fault.isEmpty() ? null : Faults.named(fault);
    final Path scratch =
        Paths.get(System.getProperty("java.io.tmpdir"), "conformance-" + System.nanoTime());
    Files.createDirectories(scratch);
    final long start = System.nanoTime();
    final Campaign.Result result;
    try {
      result = campaign.run(scratch);
    } finally {
      Runner.deleteTree(scratch);
    }
    if (!result.mismatches().isEmpty()) {
      final Campaign.Mismatch m = result.mismatches().get(0);
      assertWithMessage("seed %s (campaign seed %s), sequence %s, config %s diverged at %s\n"
              + "shrunk to %s ops, last divergence %s\n"
              + "regenerate: %s\n%s\n"
              + "save as oracle-tests/corpus/NAME.oplog and replay with oracle-tests/run --replay"
              + " FILE, or\n  ./mvnw process-test-classes surefire:test@oracle-tests"
              + " -Dtest=CorpusReplayTest\n\n%s",
              TestSeed.masterHex(), Campaign.hex(campaign.seed), m.sequence(), m.config(),
              m.divergence(), m.shrunk().size(), m.shrunkDivergence(),
              campaign.regenerateCommand(m.sequence(), m.config()),
              Reproduce.line(getClass(), "randomOpLogs_giveTheSameResultsOnPureRocksAndRocksJava"),
              Runner.render(m.config(), m.shrunk(), "shrunk from seed " + TestSeed.masterHex()
                  + " (campaign seed " + Campaign.hex(campaign.seed) + ") sequence "
                  + m.sequence()))
          .fail();
    }
    Campaign.printTable(System.out, result);
    System.out.printf("%s (seed %s, campaign seed %s, %.1f s)%n", result.summary(),
        TestSeed.masterHex(), Campaign.hex(campaign.seed), (System.nanoTime() - start) / 1e9);
  }
}
