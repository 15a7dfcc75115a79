package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof that the harness catches bugs: for every named fault ({@link Faults}), a brief campaign
 * with the fault injected into the PureRocks adapter must report a mismatch and shrink it to at
 * most {@value Campaign#FAULT_MAX_SHRUNK_OPS} operations that still diverge; the same check as
 * {@code oracle-tests/run --fault NAME}. Each campaign is bounded by {@value #SEQUENCES} sequences
 * and stops at its first mismatch, so a fault costs a few seconds (most of them shrinking).
 */
class FaultInjectionTest {
  private static final int SEQUENCES = 60;

  @Spec("CONF-SHRINK-1")
  @TestFactory
  Stream<DynamicTest> everyNamedFault_isDetectedAndShrunkToAFewOperations() {
    return Faults.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> caught(f)));
  }

  private void caught(final Faults.Fault fault) throws Exception {
    final Campaign campaign =
        new Campaign(TestSeed.seedFor(TestSeed.testId(getClass(), "fault-" + fault.name())));
    campaign.fault = fault;
    campaign.sequences = SEQUENCES;
    campaign.shrinkLimit = 1;
    campaign.stopAfterMismatches = 1;
    final ByteArrayOutputStream report = new ByteArrayOutputStream();
    campaign.out = new PrintStream(report, true, StandardCharsets.UTF_8);
    final Path scratch =
        Paths.get(System.getProperty("java.io.tmpdir"), "fault-" + System.nanoTime());
    Files.createDirectories(scratch);
    final Campaign.Result result;
    try {
      result = campaign.run(scratch);
    } finally {
      Runner.deleteTree(scratch);
    }
    final String printed = report.toString(StandardCharsets.UTF_8);
    System.out.println("== fault " + fault.name() + "\n" + printed);
    final String context = "fault " + fault.name() + ", seed " + TestSeed.masterHex()
        + " (campaign seed " + Campaign.hex(campaign.seed) + ")\n" + printed;
    assertWithMessage("%s\nnot detected in %s sequences", context, SEQUENCES)
        .that(result.mismatches()).isNotEmpty();
    final Campaign.Mismatch m = result.mismatches().get(0);
    assertWithMessage("%s\nshrunk log too long", context)
        .that(m.shrunk().size()).isAtMost(Campaign.FAULT_MAX_SHRUNK_OPS);
    assertWithMessage("%s\nshrunk log no longer diverges", context)
        .that(m.shrunkDivergence()).isNotNull();
    assertWithMessage("%s\nshrunk log breaks a generator rule", context)
        .that(Runner.firstInadmissible(m.config(), m.shrunk())).isEqualTo(-1);
    assertThat(result.faultCaught()).isTrue();
  }

  /** The issue names six faults at least; the list keeps them all. */
  @Test
  void faultList_namesEveryFaultTheIssueAsksFor() {
    final List<String> names = Faults.all().stream().map(Faults.Fault::name).toList();
    assertThat(names).containsAtLeast("dropped-delete", "seekforprev-off-by-one", "merge-order",
        "snapshot-ignored", "bloom-false-negative", "range-tombstone-end");
  }
}
