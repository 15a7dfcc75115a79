package dev.purerocks;

/** Mirrors RocksJava's {@code MemoryUtil}. */
public class MemoryUtil {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public MemoryUtil() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static java.util.Map<MemoryUsageType, Long> getApproximateMemoryUsageByType(final java.util.List<RocksDB> p0, final java.util.Set<Cache> p1) {
    throw Unsupported.unchecked("MemoryUtil.getApproximateMemoryUsageByType");
  }

}
