package dev.purerocks;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory for SST files with a target size, as given to {@code setDbPaths} / {@code
 * setCfPaths}. Mirrors {@code org.rocksdb.DbPath}; PureRocks writes no SST files yet, so the paths
 * are only stored.
 */
public class DbPath {
  final Path path;
  final long targetSize;

  /**
   * Creates a path entry.
   *
   * @param path the directory
   * @param targetSize the target total size of the files there
   */
  public DbPath(final Path path, final long targetSize) {
    this.path = path;
    this.targetSize = targetSize;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final DbPath that = (DbPath) o;
    return targetSize == that.targetSize && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, targetSize);
  }
}
