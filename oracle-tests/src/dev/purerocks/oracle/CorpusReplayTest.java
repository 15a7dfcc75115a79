package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.Spec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every {@code oracle-tests/corpus/*.oplog} (hand-written scenarios and the shrunk logs of
 * fixed divergences) on RocksJava and PureRocks, expecting identical results at every operation.
 */
class CorpusReplayTest {
  private static final Path CORPUS = Paths.get("oracle-tests", "corpus");

  private static List<Path> logs() throws Exception {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".oplog")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void corpus_isNotEmpty() throws Exception {
    assertWithMessage("op logs in %s", CORPUS.toAbsolutePath()).that(logs()).isNotEmpty();
  }

  @Spec({"DB-GET-1", "DB-GET-2", "DB-SNAP-1", "ITER-RT-1", "ITER-DIR-1", "MERGE-SA-1",
      "ITER-PREFIX-5"})
  @TestFactory
  Stream<DynamicTest> everyCorpusLog_replaysIdenticallyOnBothEngines() throws Exception {
    final Path scratch = Paths.get(System.getProperty("java.io.tmpdir"), "corpus-" + System.nanoTime());
    Files.createDirectories(scratch);
    final Runner runner = new Runner(scratch);
    return logs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      final Runner.OpLog log = Runner.OpLog.parse(Files.readAllLines(p, StandardCharsets.UTF_8));
      assertWithMessage("%s: a corpus log must respect the generator's rules", p)
          .that(Runner.admissible(log.config(), log.ops())).isTrue();
      final Runner.Divergence d = runner.replay(log.config(), log.ops());
      System.out.println("== " + p.getFileName() + " (" + log.config() + ")");
      runner.transcript().forEach(l -> System.out.println("  " + l));
      assertWithMessage("%s (config %s) diverged at %s", p, log.config(), d).that(d).isNull();
    }));
  }
}
