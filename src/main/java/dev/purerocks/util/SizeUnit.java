package dev.purerocks.util;

/**
 * Binary size units, in bytes, for sizing options such as the write buffer.
 *
 * <p>Mirrors {@code org.rocksdb.util.SizeUnit}: the same five {@code long} constants, each 1024
 * times the previous one. The class only holds constants and cannot be instantiated.
 */
public class SizeUnit {
  /** One kibibyte: 2<sup>10</sup> = 1,024 bytes. */
  public static final long KB = 1024L;

  /** One mebibyte: 2<sup>20</sup> bytes. */
  public static final long MB = KB * KB;

  /** One gibibyte: 2<sup>30</sup> bytes. */
  public static final long GB = KB * MB;

  /** One tebibyte: 2<sup>40</sup> bytes. */
  public static final long TB = KB * GB;

  /** One pebibyte: 2<sup>50</sup> bytes. */
  public static final long PB = KB * TB;

  private SizeUnit() {}
}
