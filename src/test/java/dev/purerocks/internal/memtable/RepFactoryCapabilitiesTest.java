package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

/** The factories' names and capabilities (the engine's validation relies on them). */
class RepFactoryCapabilitiesTest {
  @Test
  @Spec("REP-FACTORY-1")
  void factories_reportRocksDbsNamesAndCapabilities() {
    MemTableRepFactory skip = SkipListRep.factory(0);
    assertThat(skip.name()).isEqualTo("SkipListFactory");
    assertThat(skip.isInsertConcurrentlySupported()).isTrue();
    assertThat(skip.canHandleDuplicatedKey()).isTrue();
    MemTableRepFactory hashSkip = HashSkipListRep.factory(16, 4, 4);
    assertThat(hashSkip.name()).isEqualTo("HashSkipListRepFactory");
    assertThat(hashSkip.isInsertConcurrentlySupported()).isFalse();
    assertThat(hashSkip.canHandleDuplicatedKey()).isFalse();
    MemTableRepFactory hashLink = HashLinkListRep.factory(16, 0, 4096, true, 256);
    assertThat(hashLink.name()).isEqualTo("HashLinkListRepFactory");
    assertThat(hashLink.isInsertConcurrentlySupported()).isFalse();
    assertThat(hashLink.canHandleDuplicatedKey()).isFalse();
  }
}
