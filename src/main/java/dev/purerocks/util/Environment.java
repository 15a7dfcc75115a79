package dev.purerocks.util;

import java.util.Locale;

/**
 * Platform facts RocksJava uses to pick its native library. PureRocks loads no native library;
 * the platform tests are answered from {@code os.name} / {@code os.arch}, and the library-name
 * methods return the names RocksJava would use, for callers that print them.
 */
public class Environment {
  private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
  private static final String ARCH = System.getProperty("os.arch").toLowerCase(Locale.ROOT);

  /** Creates an instance (the class has only static members). */
  public Environment() {}

  /** Returns whether the JVM runs on a 64-bit architecture. */
  public static boolean is64Bit() {
    return ARCH.contains("64");
  }

  /** Returns whether the architecture is AArch64. */
  public static boolean isAarch64() {
    return ARCH.contains("aarch64");
  }

  /** Returns whether the architecture is PowerPC. */
  public static boolean isPowerPC() {
    return ARCH.contains("ppc");
  }

  /** Returns whether the architecture is s390x. */
  public static boolean isS390x() {
    return ARCH.contains("s390x");
  }

  /** Returns whether the architecture is RISC-V 64. */
  public static boolean isRiscv64() {
    return ARCH.contains("riscv64");
  }

  /** Returns whether the OS is Windows. */
  public static boolean isWindows() {
    return OS.contains("win");
  }

  /** Returns whether the OS is FreeBSD. */
  public static boolean isFreeBSD() {
    return OS.contains("freebsd");
  }

  /** Returns whether the OS is OpenBSD. */
  public static boolean isOpenBSD() {
    return OS.contains("openbsd");
  }

  /** Returns whether the OS is macOS. */
  public static boolean isMac() {
    return OS.contains("mac");
  }

  /** Returns whether the OS is AIX. */
  public static boolean isAix() {
    return OS.contains("aix");
  }

  /** Returns whether the OS is Solaris or SunOS. */
  public static boolean isSolaris() {
    return OS.contains("sunos") || OS.contains("solaris");
  }

  /** Returns whether the OS is a Unix (Linux, AIX or a BSD). */
  public static boolean isUnix() {
    return OS.contains("nix") || OS.contains("nux") || isAix() || isFreeBSD() || isOpenBSD();
  }

  /** Returns whether the C library is musl (never detected: PureRocks does not probe libc). */
  public static boolean isMuslLibc() {
    return false;
  }

  /** Returns the C library's name suffix used in library names: {@code null} for glibc. */
  public static String getLibcName() {
    return isMuslLibc() ? "musl" : null;
  }

  /** Returns the shared-library extension RocksJava uses on this platform. */
  public static String getJniLibraryExtension() {
    if (isWindows()) {
      return ".dll";
    }
    return isMac() ? ".jnilib" : ".so";
  }

  /**
   * Returns the platform's shared-library name for {@code name}.
   *
   * @param name the base name
   * @return {@code name + "jni"}
   */
  public static String getSharedLibraryName(final String name) {
    return name + "jni";
  }

  /**
   * Returns the platform's shared-library file name for {@code name}.
   *
   * @param name the base name
   * @return the file name
   */
  public static String getSharedLibraryFileName(final String name) {
    return System.mapLibraryName(getSharedLibraryName(name));
  }

  /**
   * Returns RocksJava's bundled-library name for {@code name} on this platform.
   *
   * @param name the base name
   * @return e.g. {@code rocksdbjni-linux64}
   */
  public static String getJniLibraryName(final String name) {
    final String os = isMac() ? "osx" : isWindows() ? "win" : isFreeBSD() ? "freebsd" : "linux";
    final String arch =
        isAarch64() ? "-aarch64" : isPowerPC() ? "-ppc64le" : isS390x() ? "-s390x" : isRiscv64() ? "-riscv64" : "";
    final String bits = arch.isEmpty() ? (is64Bit() ? "64" : "32") : "";
    return name + "jni-" + os + bits + arch;
  }

  /**
   * Returns RocksJava's bundled-library file name for {@code name}.
   *
   * @param name the base name
   * @return the file name
   */
  public static String getJniLibraryFileName(final String name) {
    return "lib" + getJniLibraryName(name) + getJniLibraryExtension();
  }

  /**
   * Returns the fallback library name (none here).
   *
   * @param name the base name
   * @return {@code null}
   */
  public static String getFallbackJniLibraryName(final String name) {
    return null;
  }

  /**
   * Returns the fallback library file name (none here).
   *
   * @param name the base name
   * @return {@code null}
   */
  public static String getFallbackJniLibraryFileName(final String name) {
    return null;
  }
}
