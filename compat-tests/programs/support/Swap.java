// Not a program: the helpers every swap program shares. SwapProgramsCompatTest compiles this file
// together with each program in programs/, as written and with the package rewritten to
// PureRocks's, exactly like the program itself; a program uses it by extending Swap.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rocksdb.*;

public abstract class Swap {
  protected interface Body {
    void run() throws Exception;
  }

  /** The temporary directory the databases live in; printed as $DIR. */
  protected static String dir;

  /**
   * Loads the library, runs {@code body} with {@link #dir} set to a new temporary directory whose
   * name starts with {@code prefix}, and deletes that directory afterwards.
   */
  protected static void inTempDir(final String prefix, final Body body) throws Exception {
    RocksDB.loadLibrary();
    final Path base = Files.createTempDirectory(prefix);
    dir = base.toString();
    try {
      body.run();
    } finally {
      deleteTree(base);
    }
  }

  // ---- printing ---------------------------------------------------------------------------

  /** Runs one section; an exception ends the section, not the program. */
  protected static void section(final String name, final Body body) {
    System.out.println("== " + name);
    try {
      body.run();
    } catch (Exception e) {
      System.out.println("section threw " + e.getClass().getName() + ": "
          + String.valueOf(e.getMessage()).replace(dir, "$DIR"));
    }
  }

  protected static void say(final String label, final Object value) {
    System.out.println(label + " -> " + render(value));
  }

  protected static String render(final Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return "'" + new String((byte[]) v, StandardCharsets.ISO_8859_1) + "'";
    }
    if (v instanceof List) {
      final List<String> parts = new ArrayList<>();
      for (final Object o : (List<?>) v) {
        parts.add(render(o));
      }
      return parts.toString();
    }
    return String.valueOf(v).replace(dir, "$DIR");
  }

  /** Prints "ok", or the exception: type, message and, for RocksDBException, code/sub-code. */
  protected static void attempt(final String label, final Body body) {
    try {
      body.run();
      System.out.println(label + " -> ok");
    } catch (RocksDBException e) {
      final String msg = String.valueOf(e.getMessage()).replace(dir, "$DIR")
          .replaceAll("acquire time \\d+ acquiring thread \\d+", "acquire time T acquiring thread N");
      System.out.println(label + " -> RocksDBException: " + msg + " | "
          + (e.getStatus() == null ? "no status"
              : e.getStatus().getCode() + "/" + e.getStatus().getSubCode()));
    } catch (Exception e) {
      System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  protected static byte[] b(final String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  protected static String hex(final byte[] data) {
    final StringBuilder sb = new StringBuilder();
    for (final byte x : data) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  protected static void dump(final String label, final RocksIterator it) {
    final List<String> seen = new ArrayList<>();
    for (it.seekToFirst(); it.isValid(); it.next()) {
      seen.add(new String(it.key(), StandardCharsets.ISO_8859_1) + "="
          + new String(it.value(), StandardCharsets.ISO_8859_1));
    }
    System.out.println(label + " -> " + seen);
  }

  protected static void deleteTree(final Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (final Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
