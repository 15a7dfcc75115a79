package dev.purerocks.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.purerocks.testing.Spec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of RocksDB's integer codings: varints (LEB128, as {@code util/coding.h}) and
 * little-endian fixed-width integers.
 */
class CodingProperties {
  /** Values near every varint length boundary, plus anything. */
  @Provide
  Arbitrary<Integer> varint32Values() {
    Arbitrary<Integer> boundaries =
        Arbitraries.integers().between(1, 5).flatMap(k -> Arbitraries.of((1 << (7 * k)) - 1, 1 << (7 * k), (1 << (7 * k)) + 1));
    return Arbitraries.oneOf(Arbitraries.integers(), boundaries);
  }

  @Provide
  Arbitrary<Long> varint64Values() {
    Arbitrary<Long> boundaries =
        Arbitraries.integers().between(1, 9).flatMap(k -> Arbitraries.of((1L << (7 * k)) - 1, 1L << (7 * k), (1L << (7 * k)) + 1));
    return Arbitraries.oneOf(Arbitraries.longs(), boundaries);
  }

  /** Length by definition: the smallest k with v < 2^(7k), v unsigned. */
  private static int expectedSize(long v, int max) {
    int k = 1;
    while (k < max && Long.compareUnsigned(v, 1L << (7 * k)) >= 0) {
      k++;
    }
    return k;
  }

  @Spec("IK-CODING-1")
  @Property
  void varint32_roundTrips_andOccupiesVarint32SizeBytes(@ForAll("varint32Values") int v) {
    byte[] buf = new byte[Coding.MAX_VARINT32_LENGTH + 3];
    int end = Coding.putVarint32(buf, 2, v);
    int size = end - 2;
    assertEquals(expectedSize(v & 0xFFFFFFFFL, 5), size);
    assertEquals(size, Coding.varint32Size(v));
    assertEquals(v, Coding.getVarint32(buf, 2));
    long decoded = Coding.decodeVarint32(buf, 2, buf.length);
    assertEquals(v, (int) decoded);
    assertEquals(size, (int) (decoded >>> 32));
    for (int i = 2; i < end - 1; i++) {
      assertEquals(0x80, buf[i] & 0x80, "continuation bit on every byte but the last");
    }
    assertEquals(0, buf[end - 1] & 0x80);
  }

  @Spec("IK-CODING-1")
  @Property
  void varint64_roundTrips_andOccupiesVarint64SizeBytes(@ForAll("varint64Values") long v) {
    byte[] buf = new byte[Coding.MAX_VARINT64_LENGTH + 3];
    int end = Coding.putVarint64(buf, 1, v);
    int size = end - 1;
    assertEquals(expectedSize(v, 10), size);
    assertEquals(size, Coding.varint64Size(v));
    int[] length = new int[1];
    assertEquals(v, Coding.decodeVarint64(buf, 1, buf.length, length));
    assertEquals(size, length[0]);
  }

  @Spec("IK-CODING-2")
  @Property
  void decodeVarint32_rejectsEveryTruncation(@ForAll("varint32Values") int v) {
    byte[] buf = new byte[Coding.MAX_VARINT32_LENGTH];
    int size = Coding.putVarint32(buf, 0, v);
    for (int limit = 0; limit < size; limit++) {
      assertEquals(-1L, Coding.decodeVarint32(buf, 0, limit), "limit " + limit + " of " + size);
    }
  }

  @Spec("IK-CODING-2")
  @Property
  void decodeVarint64_rejectsEveryTruncation(@ForAll("varint64Values") long v) {
    byte[] buf = new byte[Coding.MAX_VARINT64_LENGTH];
    int size = Coding.putVarint64(buf, 0, v);
    int[] length = new int[1];
    for (int limit = 0; limit < size; limit++) {
      Coding.decodeVarint64(buf, 0, limit, length);
      assertEquals(-1, length[0], "limit " + limit + " of " + size);
    }
  }

  /** Five (ten) bytes that all carry the continuation bit are longer than any varint32 (64). */
  @Spec("IK-CODING-2")
  @Property
  void decodeVarints_rejectOverLongInput(
      @ForAll byte[] tail, @ForAll @IntRange(min = 0, max = 127) int payload) {
    byte[] buf = new byte[Coding.MAX_VARINT64_LENGTH + 1 + tail.length];
    java.util.Arrays.fill(buf, 0, Coding.MAX_VARINT64_LENGTH, (byte) (0x80 | payload));
    System.arraycopy(tail, 0, buf, Coding.MAX_VARINT64_LENGTH + 1, tail.length);
    assertEquals(-1L, Coding.decodeVarint32(buf, 0, buf.length));
    int[] length = new int[1];
    Coding.decodeVarint64(buf, 0, buf.length, length);
    assertEquals(-1, length[0]);
  }

  /**
   * A last byte carrying bits beyond the type's width is rejected. RocksDB's
   * {@code GetVarint32Ptr}/{@code GetVarint64Ptr} accept it and drop the extra bits; we report
   * corruption instead.
   */
  @Spec("IK-CODING-2")
  @Property
  void decodeVarints_rejectBitsBeyondTheTypeWidth(
      @ForAll @IntRange(min = 0x10, max = 0x7F) int last32, @ForAll @IntRange(min = 0x02, max = 0x7F) int last64) {
    byte[] b32 = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) last32};
    assertEquals(-1L, Coding.decodeVarint32(b32, 0, b32.length));
    byte[] b64 = new byte[10];
    java.util.Arrays.fill(b64, (byte) 0xFF);
    b64[9] = (byte) last64;
    int[] length = new int[1];
    Coding.decodeVarint64(b64, 0, b64.length, length);
    assertEquals(-1, length[0]);
  }

  /** Non-minimal encodings (padded with 0x80 groups) decode like RocksDB's: same value. */
  @Spec("IK-CODING-2")
  @Property
  void decodeVarint32_acceptsPaddedEncodingsWithinFiveBytes(@ForAll @IntRange(min = 0, max = 127) int v, @ForAll @IntRange(min = 1, max = 4) int padding) {
    byte[] buf = new byte[padding + 1];
    buf[0] = (byte) (v | 0x80);
    for (int i = 1; i < padding; i++) {
      buf[i] = (byte) 0x80;
    }
    buf[padding] = 0;
    long decoded = Coding.decodeVarint32(buf, 0, buf.length);
    assertEquals(v, (int) decoded);
    assertEquals(padding + 1, (int) (decoded >>> 32));
  }

  @Spec("IK-CODING-3")
  @Property
  void fixed64_roundTripsLittleEndian(@ForAll long v, @ForAll @IntRange(min = 0, max = 9) int off) {
    byte[] buf = new byte[off + 8 + 2];
    Coding.putFixed64(buf, off, v);
    for (int i = 0; i < 8; i++) {
      assertEquals((byte) (v >>> (8 * i)), buf[off + i], "byte " + i);
    }
    assertEquals(0, buf[off + 8]);
    assertEquals(v, Coding.getFixed64(buf, off));
  }

  @Spec("IK-CODING-3")
  @Property
  void fixed32_roundTripsLittleEndian(@ForAll int v, @ForAll @IntRange(min = 0, max = 9) int off) {
    byte[] buf = new byte[off + 4 + 2];
    Coding.putFixed32(buf, off, v);
    for (int i = 0; i < 4; i++) {
      assertEquals((byte) (v >>> (8 * i)), buf[off + i], "byte " + i);
    }
    assertEquals(v, Coding.getFixed32(buf, off));
  }

  @Example
  void varintSizes_atEveryLengthBoundary() {
    for (int k = 1; k <= 4; k++) {
      assertEquals(k, Coding.varint32Size((1 << (7 * k)) - 1));
      assertEquals(k + 1, Coding.varint32Size(1 << (7 * k)));
    }
    assertEquals(1, Coding.varint32Size(0));
    assertEquals(5, Coding.varint32Size(-1));
    for (int k = 1; k <= 9; k++) {
      assertEquals(k, Coding.varint64Size((1L << (7 * k)) - 1));
      assertEquals(k + 1, Coding.varint64Size(1L << (7 * k)));
    }
    assertEquals(10, Coding.varint64Size(-1L));
  }
}
