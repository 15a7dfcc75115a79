package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two adapters must drive their engines with the same calls: only imports and names differ. */
class EngineTwinTest {
  private static List<String> body(final String file) throws Exception {
    final Path p = Paths.get("oracle-tests", "src", "dev", "purerocks", "oracle", file);
    final List<String> lines = Files.readAllLines(p);
    return lines.subList(5, lines.size());
  }

  @Test
  void pureRocksEngine_isRocksJavaEngineWithImportsAndNameSwitched() throws Exception {
    final List<String> expected = body("RocksJavaEngine.java").stream()
        .map(l -> l.replaceFirst("^import org\\.rocksdb\\.", "import dev.purerocks.")
            .replace("RocksJavaEngine", "PureRocksEngine"))
        .toList();
    assertThat(body("PureRocksEngine.java")).containsExactlyElementsIn(expected).inOrder();
  }
}
