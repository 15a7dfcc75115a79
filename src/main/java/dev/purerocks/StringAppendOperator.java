package dev.purerocks;

/**
 * The merge operator that appends each operand to the value, separated by a delimiter ({@code ','}
 * unless given). Mirrors {@code org.rocksdb.StringAppendOperator}.
 */
public class StringAppendOperator extends MergeOperator {
  private final String delimiter;

  /** Appends with the delimiter {@code ','}. */
  public StringAppendOperator() {
    this(',');
  }

  /**
   * Appends with a one-character delimiter.
   *
   * @param delim the delimiter
   */
  public StringAppendOperator(final char delim) {
    super(NativeHandles.next());
    this.delimiter = String.valueOf(delim);
  }

  /**
   * Appends with a string delimiter (possibly empty).
   *
   * @param delim the delimiter
   */
  public StringAppendOperator(final String delim) {
    super(NativeHandles.next());
    this.delimiter = java.util.Objects.requireNonNull(delim);
  }

  /** For the engine: the delimiter placed between operands. */
  String delimiter() {
    return delimiter;
  }

  @Override
  String operatorName() {
    return "StringAppendOperator";
  }

  @Override
  protected final void disposeInternal(final long handle) {}
}
