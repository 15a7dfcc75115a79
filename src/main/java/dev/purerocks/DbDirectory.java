package dev.purerocks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a PureRocks database keeps in its directory until durability lands: no data, only enough
 * for the open-time checks to behave as RocksDB's do.
 *
 * <ul>
 *   <li>{@code CURRENT}: a marker saying "a database exists here" (RocksDB's open checks this very
 *       file for {@code create_if_missing} / {@code error_if_exists}), followed by the names of the
 *       column families, one per line ({@code name}, a tab, its comparator's name; backslash,
 *       newline and tab in names escaped), kept up to date by create/drop, so that {@code
 *       listColumnFamilies}, "Column families not opened" and the comparator check (API-DIR-2)
 *       work across close and reopen. The
 *       families come back empty: data does not survive close. A directory whose CURRENT was
 *       written by RocksDB is refused (NotSupported) and left untouched.
 *   <li>{@code LOCK}: an empty file, as RocksDB creates; the lock itself is an in-process registry
 *       keyed by the directory's real path, failing a second open like RocksDB's per-process lock
 *       table does ("lock hold by current process ..."). Other processes are not excluded.
 * </ul>
 *
 * <p>Thread-safety: the lock registry is a concurrent map; a directory's {@code CURRENT} is only
 * rewritten by the holder of its lock.
 */
final class DbDirectory {
  static final String CURRENT = "CURRENT";
  static final String LOCK = "LOCK";
  private static final String MARKER = "PureRocks in-memory database (no data files)";

  private static final ConcurrentHashMap<Path, Holder> LOCKS = new ConcurrentHashMap<>();

  /** Who holds a directory's lock: RocksDB reports the time and thread of the acquisition. */
  private static final class Holder {
    final long acquireSeconds = System.currentTimeMillis() / 1000;
    final long threadId = Thread.currentThread().getId();
  }

  private final String path;
  private final Path dir;
  private final Path key;
  /** Whether this open created the directory (RocksDB then logs that it could not read it). */
  private boolean created;

  private DbDirectory(final String path, final Path dir, final Path key) {
    this.path = path;
    this.dir = dir;
    this.key = key;
  }

  /**
   * Creates the directory if needed and takes its lock, in RocksDB's order (the directory is
   * created even when the open then fails).
   */
  static DbDirectory lock(final String path) throws RocksDBException {
    final Path dir = Paths.get(path);
    boolean createdNow = false;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw ioError("`" + path + "' exists but is not a directory");
    }
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectory(dir); // one level only, as RocksDB's CreateDirIfMissing
        createdNow = true;
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // RocksDB's PathNotFound sub-code reaches Java as Undefined.
      final String state = "While mkdir if missing: " + path + ": No such file or directory";
      throw new RocksDBException(state,
          new Status(Status.Code.IOError, Status.SubCode.Undefined, state));
    } catch (IOException e) {
      throw ioError("While mkdir if missing: " + path + ": " + e.getMessage());
    }
    final Path key;
    try {
      key = dir.toRealPath();
    } catch (IOException e) {
      throw ioError(path + ": " + e.getMessage());
    }
    final Holder mine = new Holder();
    final Holder existing = LOCKS.putIfAbsent(key, mine);
    if (existing != null) {
      throw ioError("lock hold by current process, acquire time " + existing.acquireSeconds
          + " acquiring thread " + existing.threadId + ": " + path + "/" + LOCK
          + ": No locks available");
    }
    try {
      final Path lock = dir.resolve(LOCK);
      if (!Files.exists(lock)) {
        Files.createFile(lock);
      }
    } catch (IOException e) {
      LOCKS.remove(key, mine);
      throw ioError("While open a file for lock: " + path + "/" + LOCK + ": " + e.getMessage());
    }
    final DbDirectory d = new DbDirectory(path, dir, key);
    d.created = createdNow;
    return d;
  }

  boolean created() {
    return created;
  }

  /** Whether a database exists here (the marker file is present). */
  boolean exists() {
    return Files.exists(dir.resolve(CURRENT));
  }

  String path() {
    return path;
  }

  /** The column families recorded here, default first; requires {@link #exists()}. */
  List<String> families() throws RocksDBException {
    return readFamilies(dir, path);
  }

  /**
   * Records the live column families (default first), each with its comparator's name, which a
   * later open checks as RocksDB checks the one in its MANIFEST (API-DIR-2); a null comparator
   * name records none.
   */
  void writeFamilies(final List<String> names, final List<String> comparators)
      throws RocksDBException {
    final StringBuilder sb = new StringBuilder(MARKER).append('\n');
    for (int i = 0; i < names.size(); i++) {
      sb.append(escape(names.get(i)));
      if (comparators.get(i) != null) {
        sb.append('\t').append(escape(comparators.get(i)));
      }
      sb.append('\n');
    }
    try {
      final Path tmp = dir.resolve(CURRENT + ".dbtmp");
      Files.write(tmp, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
      Files.move(tmp, dir.resolve(CURRENT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw ioError("While writing " + path + "/" + CURRENT + ": " + e.getMessage());
    }
  }

  /** Releases the lock; idempotent. */
  void unlock() {
    LOCKS.remove(key);
  }

  static List<String> readFamilies(final Path dir, final String path) throws RocksDBException {
    final List<String> names = new ArrayList<>();
    for (final String[] f : readRecords(dir, path)) {
      names.add(f[0]);
    }
    if (!names.contains("default")) {
      names.add(0, "default");
    }
    return names;
  }

  /** Family name to the name of the comparator it was created with, where one is recorded. */
  static java.util.Map<String, String> readComparators(final Path dir, final String path)
      throws RocksDBException {
    final java.util.Map<String, String> comparators = new java.util.LinkedHashMap<>();
    for (final String[] f : readRecords(dir, path)) {
      if (f.length > 1) {
        comparators.put(f[0], f[1]);
      }
    }
    return comparators;
  }

  /** Each recorded family as {name} or {name, comparator}; escaped names hold no raw tab. */
  private static List<String[]> readRecords(final Path dir, final String path)
      throws RocksDBException {
    final List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(CURRENT), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new RocksDBException(
          "While opening a file for sequentially reading: " + path + "/" + CURRENT
              + ": No such file or directory",
          new Status(Status.Code.IOError, Status.SubCode.Undefined,
              "While opening a file for sequentially reading: " + path + "/" + CURRENT
                  + ": No such file or directory"));
    }
    if (lines.isEmpty() || !lines.get(0).equals(MARKER)) {
      // A directory written by RocksDB itself: its files cannot be read yet, and rewriting its
      // CURRENT would break it for RocksDB, so it is refused untouched.
      final String state = path + " holds a RocksDB database whose files PureRocks cannot read"
          + " yet (no durability); refusing to open it";
      throw new RocksDBException(state,
          new Status(Status.Code.NotSupported, Status.SubCode.None, state));
    }
    final List<String[]> records = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      final String[] parts = lines.get(i).split("\t", 2);
      records.add(parts.length == 1 ? new String[] {unescape(parts[0])}
          : new String[] {unescape(parts[0]), unescape(parts[1])});
    }
    return records;
  }

  /** RocksDB's {@code DestroyDB}: deletes the directory's files and the directory. */
  static void destroy(final String path) throws RocksDBException {
    final Path dir = Paths.get(path);
    if (!Files.isDirectory(dir)) {
      return;
    }
    final Path key;
    try {
      key = dir.toRealPath();
    } catch (IOException e) {
      return;
    }
    final Holder h = LOCKS.get(key);
    if (h != null) {
      throw ioError("lock hold by current process, acquire time " + h.acquireSeconds
          + " acquiring thread " + h.threadId + ": " + path + "/" + LOCK
          + ": No locks available");
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (final Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // RocksDB ignores what it cannot delete (a non-empty directory stays).
    }
  }

  // Names are arbitrary bytes decoded as UTF-8 by RocksJava's callers; keep one per line.
  private static String escape(final String n) {
    return n.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static String unescape(final String n) {
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      final char c = n.charAt(i);
      if (c == '\\' && i + 1 < n.length()) {
        final char d = n.charAt(++i);
        sb.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static RocksDBException ioError(final String state) {
    return new RocksDBException(state, new Status(Status.Code.IOError, Status.SubCode.None, state));
  }
}
