package dev.purerocks;

/** Mirrors RocksJava's {@code ConfigOptions}. */
public class ConfigOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ConfigOptions() {
    super(NativeHandles.next());
  }

  private String delimiter;
  private Env env;
  private boolean ignoreUnknownOptions;
  private boolean inputStringsEscaped;
  private SanityLevel sanityLevel;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Stores the value for the engine. */
  public ConfigOptions setDelimiter(final String value) {
    this.delimiter = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ConfigOptions setEnv(final Env value) {
    this.env = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ConfigOptions setIgnoreUnknownOptions(final boolean value) {
    this.ignoreUnknownOptions = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ConfigOptions setInputStringsEscaped(final boolean value) {
    this.inputStringsEscaped = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ConfigOptions setSanityLevel(final SanityLevel value) {
    java.util.Objects.requireNonNull(value);
    this.sanityLevel = value;
    return this;
  }

}
