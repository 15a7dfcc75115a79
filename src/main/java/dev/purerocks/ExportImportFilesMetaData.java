package dev.purerocks;

/** Mirrors RocksJava's {@code ExportImportFilesMetaData}. */
public class ExportImportFilesMetaData extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ExportImportFilesMetaData() {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

}
