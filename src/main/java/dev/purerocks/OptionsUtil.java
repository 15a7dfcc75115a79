package dev.purerocks;

/** Mirrors RocksJava's {@code OptionsUtil}. */
public class OptionsUtil {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  OptionsUtil() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getLatestOptionsFileName(final String p0, final Env p1) throws RocksDBException {
    throw Unsupported.feature("OptionsUtil.getLatestOptionsFileName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static void loadLatestOptions(final ConfigOptions p0, final String p1, final DBOptions p2, final java.util.List<ColumnFamilyDescriptor> p3) throws RocksDBException {
    throw Unsupported.feature("OptionsUtil.loadLatestOptions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static void loadOptionsFromFile(final ConfigOptions p0, final String p1, final DBOptions p2, final java.util.List<ColumnFamilyDescriptor> p3) throws RocksDBException {
    throw Unsupported.feature("OptionsUtil.loadOptionsFromFile");
  }

}
