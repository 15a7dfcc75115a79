package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

/** The four factories carry RocksDB's names and capabilities (M24). */
class RepFactoriesTest {
  @Spec("REP-FACTORY-1")
  @Test
  void factories_haveRocksDbsNamesAndCapabilities() {
    check(SkipListRep.factory(0), "SkipListFactory", true, true);
    check(SkipListRep.factory(16), "SkipListFactory", true, true);
    check(HashSkipListRep.factory(1_000_000, 4, 4), "HashSkipListRepFactory", false, false);
    check(HashLinkListRep.factory(50_000, 0, 4096, true, 256), "HashLinkListRepFactory", false, false);
    check(VectorRep.factory(0), "VectorRepFactory", true, false);
  }

  private static void check(
      MemTableRepFactory f, String name, boolean concurrentInsert, boolean handlesDuplicates) {
    assertThat(f.name()).isEqualTo(name);
    assertThat(f.isInsertConcurrentlySupported()).isEqualTo(concurrentInsert);
    assertThat(f.canHandleDuplicatedKey()).isEqualTo(handlesDuplicates);
  }
}
