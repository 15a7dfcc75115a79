package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class MemTableConfigTest {

  @Test
  void isAbstractAndNotANativeReference() {
    assertThat(Modifier.isAbstract(MemTableConfig.class.getModifiers())).isTrue();
    assertThat(AutoCloseable.class.isAssignableFrom(MemTableConfig.class)).isFalse();
  }

  @Test
  void factoryHandleMember_keepsRocksJavaSignature() throws Exception {
    final var m = MemTableConfig.class.getDeclaredMethod("newMemTableFactoryHandle");
    assertThat(m.getReturnType()).isEqualTo(long.class);
    assertThat(Modifier.isProtected(m.getModifiers())).isTrue();
    assertThat(Modifier.isAbstract(m.getModifiers())).isTrue();
    assertThat(m.getExceptionTypes()).isEmpty();
  }

  @Test
  void everyImplementation_returnsZeroHandle() {
    assertThat(new SkipListMemTableConfig().newMemTableFactoryHandle()).isEqualTo(0L);
    assertThat(new HashSkipListMemTableConfig().newMemTableFactoryHandle()).isEqualTo(0L);
    assertThat(new HashLinkedListMemTableConfig().newMemTableFactoryHandle()).isEqualTo(0L);
    assertThat(new VectorMemTableConfig().newMemTableFactoryHandle()).isEqualTo(0L);
  }
}
