package dev.purerocks;

/** Mirrors RocksJava's {@code TableFormatConfig}. */
public abstract class TableFormatConfig {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TableFormatConfig() {
    
  }

  /** Implemented by subclasses. */
  protected abstract long newTableFactoryHandle();

}
