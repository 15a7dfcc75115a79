package dev.purerocks;

/** Mirrors RocksJava's {@code LiveFileMetaData}. */
public class LiveFileMetaData extends SstFileMetaData {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  LiveFileMetaData() {
    super(null, null, NativeHandles.next(), NativeHandles.next(), NativeHandles.next(), null, null, NativeHandles.next(), false, NativeHandles.next(), NativeHandles.next(), null);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] columnFamilyName() {
    throw Unsupported.unchecked("LiveFileMetaData.columnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int level() {
    throw Unsupported.unchecked("LiveFileMetaData.level");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long newLiveFileMetaDataHandle() {
    throw Unsupported.unchecked("LiveFileMetaData.newLiveFileMetaDataHandle");
  }

}
