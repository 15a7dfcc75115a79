package dev.purerocks;

/** Mirrors RocksJava's {@code NativeLibraryLoader}. */
public class NativeLibraryLoader {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  NativeLibraryLoader() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static NativeLibraryLoader getInstance() {
    throw Unsupported.unchecked("NativeLibraryLoader.getInstance");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public synchronized void loadLibrary(final String value) throws java.io.IOException {
    throw Unsupported.unchecked("NativeLibraryLoader.loadLibrary");
  }

}
