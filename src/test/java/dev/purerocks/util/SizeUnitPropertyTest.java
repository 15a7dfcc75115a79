package dev.purerocks.util;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the size units. Also the smallest proof that jqwik runs under the build's master
 * seed ({@code dev.purerocks.testing.JqwikSeedHook}).
 */
class SizeUnitPropertyTest {

  private static final long[] UNITS = {
    1, SizeUnit.KB, SizeUnit.MB, SizeUnit.GB, SizeUnit.TB, SizeUnit.PB
  };

  /**
   * Converting a byte count to a unit and back by shifting agrees with division and multiplication
   * by the constant: each unit is exactly 1024 times the previous one.
   */
  @Property
  void quotientAndRemainder_rebuildTheByteCount(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long bytes) {
    for (int i = 1; i < UNITS.length; i++) {
      final long unit = UNITS[i];
      final int shift = 10 * i;
      if (bytes / unit != bytes >>> shift || bytes % unit != (bytes & ((1L << shift) - 1))) {
        throw new AssertionError("unit " + unit + " disagrees with 2^" + shift + " for " + bytes);
      }
      if (unit != UNITS[i - 1] * 1024) {
        throw new AssertionError("unit " + unit + " is not 1024 times " + UNITS[i - 1]);
      }
    }
  }
}
