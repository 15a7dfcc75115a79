package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnsupportedTest {

  // @Spec("API-NOTSUP-1")
  @Test
  void feature_isNotSupportedStatusNamingTheFeature() {
    final RocksDBException e = Unsupported.feature("RocksDB.compactRange");
    assertThat(e.getMessage()).isEqualTo("RocksDB.compactRange is not supported yet");
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
    assertThat(e.getStatus().getSubCode()).isEqualTo(Status.SubCode.None);
  }

  // @Spec("API-NOTSUP-1")
  @Test
  void memberDeclaringRocksDBException_throwsItNormally() {
    final RocksDBException e = assertThrows(RocksDBException.class, () -> Env.getDefault().getThreadList());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
    assertThat(e).hasMessageThat().isEqualTo("Env.getThreadList is not supported yet");
  }

  // @Spec("API-NOTSUP-2")
  @Test
  void memberNotDeclaringIt_throwsTheSameCheckedExceptionUndeclared() {
    try (Options o = new Options()) {
      final Exception e = assertThrows(Exception.class, () -> o.oldDefaults(6, 20));
      assertThat(e).isInstanceOf(RocksDBException.class);
      assertThat(((RocksDBException) e).getStatus().getCode()).isEqualTo(Status.Code.NotSupported);
      assertThat(e).hasMessageThat().isEqualTo("Options.oldDefaults is not supported yet");
    }
  }

  // @Spec("API-NOTSUP-2")
  @Test
  void objectMethods_neverThrowNotSupported() {
    final DbPath p = new DbPath(java.nio.file.Path.of("/tmp"), 1);
    assertThat(p.equals(p)).isTrue();
    assertThat(p.hashCode()).isEqualTo(p.hashCode());
  }
}
