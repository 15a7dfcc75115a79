package dev.purerocks;

/** Mirrors RocksJava's {@code TablePropertiesCollectorFactory}. */
public abstract class TablePropertiesCollectorFactory extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TablePropertiesCollectorFactory() {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TablePropertiesCollectorFactory NewCompactOnDeletionCollectorFactory(final long p0, final long p1, final double p2) {
    throw Unsupported.unchecked("TablePropertiesCollectorFactory.NewCompactOnDeletionCollectorFactory");
  }

}
