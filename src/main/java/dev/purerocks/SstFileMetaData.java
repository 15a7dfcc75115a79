package dev.purerocks;

/** Mirrors RocksJava's {@code SstFileMetaData}. */
public class SstFileMetaData {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected SstFileMetaData(final String p0, final String p1, final long p2, final long p3, final long p4, final byte[] p5, final byte[] p6, final long p7, final boolean p8, final long p9, final long p10, final byte[] p11) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean beingCompacted() {
    throw Unsupported.unchecked("SstFileMetaData.beingCompacted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] fileChecksum() {
    throw Unsupported.unchecked("SstFileMetaData.fileChecksum");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String fileName() {
    throw Unsupported.unchecked("SstFileMetaData.fileName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] largestKey() {
    throw Unsupported.unchecked("SstFileMetaData.largestKey");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long largestSeqno() {
    throw Unsupported.unchecked("SstFileMetaData.largestSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numDeletions() {
    throw Unsupported.unchecked("SstFileMetaData.numDeletions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numEntries() {
    throw Unsupported.unchecked("SstFileMetaData.numEntries");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numReadsSampled() {
    throw Unsupported.unchecked("SstFileMetaData.numReadsSampled");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String path() {
    throw Unsupported.unchecked("SstFileMetaData.path");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long size() {
    throw Unsupported.unchecked("SstFileMetaData.size");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] smallestKey() {
    throw Unsupported.unchecked("SstFileMetaData.smallestKey");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long smallestSeqno() {
    throw Unsupported.unchecked("SstFileMetaData.smallestSeqno");
  }

}
