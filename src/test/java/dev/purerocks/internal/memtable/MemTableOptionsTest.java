package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation, sanitization and derivation of memtable options. */
class MemTableOptionsTest {

  @Spec("MT-OPT-1")
  @Test
  void defaults_areRocksJavas() {
    MemTableOptions o = MemTableOptions.builder().build();
    assertThat(o.userComparator()).isSameInstanceAs(BytewiseComparators.BYTEWISE);
    assertThat(o.prefixExtractor()).isNull();
    assertThat(o.repFactory().name()).isEqualTo("SkipListFactory");
    assertThat(o.writeBufferSize()).isEqualTo(64L << 20);
    assertThat(o.arenaBlockSize()).isEqualTo(1 << 20);
    assertThat(o.prefixBloomSizeRatio()).isEqualTo(0.0);
    assertThat(o.wholeKeyFiltering()).isFalse();
    assertThat(o.inplaceUpdateSupport()).isFalse();
    assertThat(o.inplaceUpdateNumLocks()).isEqualTo(10_000);
    assertThat(o.maxSuccessiveMerges()).isEqualTo(0);
    assertThat(o.protectionBytesPerKey()).isEqualTo(0);
    assertThat(o.maxRangeDeletions()).isEqualTo(0);
    assertThat(o.infoLog()).isSameInstanceAs(InfoLog.NONE);
  }

  @Spec("PROT-OPT-1")
  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 5, 6, 7, 9, 16, Integer.MAX_VALUE})
  void protectionBytes_otherThan0124or8_areRejectedWithRocksDBsMessage(int n) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MemTableOptions.builder().protectionBytesPerKey(n).build());
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Memtable per key-value checksum protection only supports 0, 1, 2, 4 or 8 bytes per"
                + " key.");
  }

  @Spec("PROT-OPT-1")
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 4, 8})
  void protectionBytes_0124and8_areAccepted(int n) {
    assertThat(MemTableOptions.builder().protectionBytesPerKey(n).build().protectionBytesPerKey())
        .isEqualTo(n);
  }

  /** ExpC: 64 KiB -> 8 KiB, 64 MiB -> 1 MiB; a user value is kept, then aligned and clamped. */
  @Spec("MT-OPT-2")
  @Test
  void arenaBlockSize_isDerivedTheRocksDBWay() {
    assertThat(MemTableOptions.deriveArenaBlockSize(0, 64 << 10)).isEqualTo(8 << 10);
    assertThat(MemTableOptions.deriveArenaBlockSize(0, 64L << 20)).isEqualTo(1 << 20);
    assertThat(MemTableOptions.deriveArenaBlockSize(-5, 1L << 40)).isEqualTo(1 << 20);
    assertThat(MemTableOptions.deriveArenaBlockSize(0, 100_000)).isEqualTo(16384);
    assertThat(MemTableOptions.deriveArenaBlockSize(0, 1000)).isEqualTo(4096);
    assertThat(MemTableOptions.deriveArenaBlockSize(5000, 64 << 10)).isEqualTo(5008);
    assertThat(MemTableOptions.deriveArenaBlockSize(1, 64 << 10)).isEqualTo(4096);
    assertThat(MemTableOptions.builder().writeBufferSize(64 << 10).build().arenaBlockSize())
        .isEqualTo(8192);
    assertThrows(
        IllegalArgumentException.class,
        () -> MemTableOptions.builder().arenaBlockSize(5000).build());
    assertThat(MemTableOptions.builder().arenaBlockSize(5008).build().arenaBlockSize())
        .isEqualTo(5008);
  }

  /** ExpC: 0.9 -> 0.25; negatives and NaN -> 0. */
  @Spec("MT-OPT-3")
  @Test
  void bloomSizeRatio_isClampedToZeroAndAQuarter() {
    assertThat(MemTableOptions.builder().prefixBloomSizeRatio(0.9).build().prefixBloomSizeRatio())
        .isEqualTo(0.25);
    assertThat(MemTableOptions.builder().prefixBloomSizeRatio(-1).build().prefixBloomSizeRatio())
        .isEqualTo(0.0);
    assertThat(
            MemTableOptions.builder()
                .prefixBloomSizeRatio(Double.NaN)
                .build()
                .prefixBloomSizeRatio())
        .isEqualTo(0.0);
    assertThat(MemTableOptions.builder().prefixBloomSizeRatio(0.1).build().prefixBloomSizeRatio())
        .isEqualTo(0.1);
  }

  @Spec("MT-OPT-4")
  @Test
  void invalidValues_areRejectedNamingTheOption() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MemTableOptions.builder().writeBufferSize(0).build())
                .getMessage())
        .contains("write_buffer_size");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MemTableOptions.builder().inplaceUpdateNumLocks(-1).build())
                .getMessage())
        .contains("inplace_update_num_locks");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MemTableOptions.builder().maxSuccessiveMerges(-1).build())
                .getMessage())
        .contains("max_successive_merges");
    assertThrows(NullPointerException.class, () -> MemTableOptions.builder().userComparator(null));
    assertThrows(NullPointerException.class, () -> MemTableOptions.builder().repFactory(null));
    assertThrows(NullPointerException.class, () -> MemTableOptions.builder().infoLog(null));
  }

  @Spec("MT-OPT-1")
  @Test
  void allValues_roundTrip() {
    PrefixExtractor p = PrefixExtractor.capped(4);
    InfoLog log = (l, m) -> {};
    MemTableRepFactory f = SkipListRep.factory(7);
    MemTableOptions o =
        MemTableOptions.builder()
            .userComparator(BytewiseComparators.REVERSE_BYTEWISE)
            .prefixExtractor(p)
            .repFactory(f)
            .writeBufferSize(1 << 20)
            .arenaBlockSize(MemTableOptions.deriveArenaBlockSize(0, 1 << 20))
            .prefixBloomSizeRatio(0.2)
            .wholeKeyFiltering(true)
            .inplaceUpdateSupport(true)
            .inplaceUpdateNumLocks(3)
            .maxSuccessiveMerges(5)
            .protectionBytesPerKey(4)
            .maxRangeDeletions(9)
            .infoLog(log)
            .build();
    assertThat(o.userComparator()).isSameInstanceAs(BytewiseComparators.REVERSE_BYTEWISE);
    assertThat(o.prefixExtractor()).isSameInstanceAs(p);
    assertThat(o.repFactory()).isSameInstanceAs(f);
    assertThat(o.writeBufferSize()).isEqualTo(1 << 20);
    assertThat(o.arenaBlockSize()).isEqualTo(131072);
    assertThat(o.prefixBloomSizeRatio()).isEqualTo(0.2);
    assertThat(o.wholeKeyFiltering()).isTrue();
    assertThat(o.inplaceUpdateSupport()).isTrue();
    assertThat(o.inplaceUpdateNumLocks()).isEqualTo(3);
    assertThat(o.maxSuccessiveMerges()).isEqualTo(5);
    assertThat(o.protectionBytesPerKey()).isEqualTo(4);
    assertThat(o.maxRangeDeletions()).isEqualTo(9);
    assertThat(o.infoLog()).isSameInstanceAs(log);
    assertThat(o.toString()).contains("protectionBytesPerKey=4");
  }

  @Spec("MT-INPLACE-3")
  @Test
  void inplaceUpdateLocks_zeroMeansOneStripe_andHugeCountsAreCapped() {
    assertThat(new InplaceUpdateLocks(0).size()).isEqualTo(1);
    assertThat(new InplaceUpdateLocks(10_000).size()).isEqualTo(10_000);
    assertThat(new InplaceUpdateLocks(Long.MAX_VALUE).size())
        .isEqualTo(InplaceUpdateLocks.MAX_STRIPES);
    InplaceUpdateLocks l = new InplaceUpdateLocks(16);
    byte[] k = {1, 2, 3};
    assertThat(l.lockFor(k, 0, 3)).isSameInstanceAs(l.lockFor(new byte[] {9, 1, 2, 3}, 1, 3));
  }
}
