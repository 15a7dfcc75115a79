package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.Status;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memtable.HashLinkListRep;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

class OptionsSanitizerTest {
  @Test
  @Spec("DB-OPT-1")
  void validation_inplaceFirst_thenFactory_thenProtectionBytes() {
    DbConfig db = new DbConfig();
    DbStatusException e = assertThrows(DbStatusException.class, () -> OptionsSanitizer.validate(
        db, new ColumnFamilyConfig().inplaceUpdateSupport(true)
            .repFactory(HashSkipListRep.factory(10, 4, 4))));
    assertThat(e.getMessage()).isEqualTo(OptionsSanitizer.INPLACE_WITH_CONCURRENT_MESSAGE);
    e = assertThrows(DbStatusException.class, () -> OptionsSanitizer.validate(
        db, new ColumnFamilyConfig().protectionBytesPerKey(3)));
    assertThat(e.status().getCode()).isEqualTo(Status.Code.NotSupported);
    OptionsSanitizer.validate(new DbConfig().allowConcurrentMemtableWrite(false),
        new ColumnFamilyConfig().inplaceUpdateSupport(true));
  }

  @Test
  @Spec("DB-OPT-2")
  void sanitize_clipsBufferDerivesBlocksAndFixesWriteBufferNumbers() {
    ColumnFamilyConfig c = OptionsSanitizer.sanitize(new ColumnFamilyConfig()
        .writeBufferSize(1000).maxWriteBufferNumber(1).minWriteBufferNumberToMerge(5));
    assertThat(c.writeBufferSize()).isEqualTo(64 << 10);
    assertThat(c.arenaBlockSize()).isEqualTo(8 << 10);
    assertThat(c.maxWriteBufferNumber()).isEqualTo(2);
    assertThat(c.minWriteBufferNumberToMerge()).isEqualTo(1);
    c = OptionsSanitizer.sanitize(new ColumnFamilyConfig().maxWriteBufferNumber(6)
        .minWriteBufferNumberToMerge(9));
    assertThat(c.minWriteBufferNumberToMerge()).isEqualTo(5);
    assertThat(c.arenaBlockSize()).isEqualTo(1 << 20);
  }

  @Test
  @Spec("DB-OPT-5")
  void givenArenaBlockSize_staysInTheOptions_andOnlyTheArenaClampsIt() {
    ColumnFamilyConfig c = OptionsSanitizer.sanitize(new ColumnFamilyConfig().arenaBlockSize(100));
    assertThat(c.arenaBlockSize()).isEqualTo(100);
    assertThat(c.memTableOptions().arenaBlockSize()).isEqualTo(4096);
    c = OptionsSanitizer.sanitize(new ColumnFamilyConfig().arenaBlockSize(5000));
    assertThat(c.arenaBlockSize()).isEqualTo(5000);
    assertThat(c.memTableOptions().arenaBlockSize()).isEqualTo(5008);
    // setOptions stores 0 as given (M33); the arena then uses its smallest block.
    assertThat(c.copy().arenaBlockSize(0).memTableOptions().arenaBlockSize()).isEqualTo(4096);
  }

  @Test
  @Spec("DB-OPT-6")
  void negativeSizes_areHugeUnsignedValues_likeRocksDBsSizeT() {
    ColumnFamilyConfig c = OptionsSanitizer.sanitize(new ColumnFamilyConfig()
        .writeBufferSize(-1).arenaBlockSize(-1));
    assertThat(c.writeBufferSize()).isEqualTo(64L << 30);
    assertThat(c.arenaBlockSize()).isEqualTo(-1);
    assertThat(c.memTableOptions().arenaBlockSize()).isEqualTo(1 << 30);
  }

  @Test
  @Spec("DB-OPT-3")
  void hashFactoryWithoutPrefixExtractor_becomesSkipList_butStaysWithOne() {
    ColumnFamilyConfig raw = new ColumnFamilyConfig().repFactory(HashLinkListRep.factory(
        16, 0, 4096, true, 256));
    assertThat(OptionsSanitizer.sanitize(raw).repFactory().name()).isEqualTo("SkipListFactory");
    assertThat(raw.repFactory().name()).isEqualTo("HashLinkListRepFactory");
    raw.prefixExtractor(PrefixExtractor.fixed(1));
    assertThat(OptionsSanitizer.sanitize(raw).repFactory().name())
        .isEqualTo("HashLinkListRepFactory");
  }
}
