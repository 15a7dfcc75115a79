package dev.purerocks;

/** Mirrors RocksJava's {@code TableFormatConfig}. */
public abstract class TableFormatConfig {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TableFormatConfig() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected abstract long newTableFactoryHandle();

}
