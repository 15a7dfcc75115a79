package dev.purerocks;

/**
 * The single place that reports a RocksJava feature PureRocks does not implement (yet).
 *
 * <p>Every such member fails with a {@link RocksDBException} whose status is {@link
 * Status.Code#NotSupported} and whose message names the feature ({@code "RocksDB.compactRange is
 * not supported yet"}). Members that declare {@code throws RocksDBException} throw it normally via
 * {@link #feature}. Members that declare nothing (option mutators such as {@code
 * optimizeForSmallDb}, stubs of out-of-scope classes) throw the same checked exception without
 * declaring it, via {@link #unchecked}: callers see one kind of failure everywhere and can catch it
 * with {@code catch (Exception e)} and inspect {@code ((RocksDBException) e).getStatus()}.
 */
final class Unsupported {
  private Unsupported() {}

  /** Returns the exception that reports {@code name} as not supported; the caller throws it. */
  static RocksDBException feature(final String name) {
    return new RocksDBException(
        name + " is not supported yet", new Status(Status.Code.NotSupported, Status.SubCode.None, null));
  }

  /**
   * Throws {@link #feature(String)} from a member that does not declare {@link RocksDBException}.
   * Never returns; the return type lets callers write {@code throw Unsupported.unchecked(...)}.
   */
  static RuntimeException unchecked(final String name) {
    throw Unsupported.<RuntimeException>sneak(feature(name));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneak(final Throwable t) throws E {
    throw (E) t;
  }
}
