package dev.purerocks.util;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class SizeUnitTest {

  @Test
  void constants_arePowersOf1024() {
    assertThat(SizeUnit.KB).isEqualTo(1L << 10);
    assertThat(SizeUnit.MB).isEqualTo(1L << 20);
    assertThat(SizeUnit.GB).isEqualTo(1L << 30);
    assertThat(SizeUnit.TB).isEqualTo(1L << 40);
    assertThat(SizeUnit.PB).isEqualTo(1L << 50);
  }

  @Test
  void cannotBeInstantiated() {
    assertThat(SizeUnit.class.getConstructors()).isEmpty();
    assertThat(SizeUnit.class.getDeclaredConstructors()).hasLength(1);
    assertThat(Modifier.isPrivate(SizeUnit.class.getDeclaredConstructors()[0].getModifiers()))
        .isTrue();
  }
}
