package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RocksDBExceptionTest {

  @Test
  void isChecked() {
    assertThat(Exception.class.isAssignableFrom(RocksDBException.class)).isTrue();
    assertThat(RuntimeException.class.isAssignableFrom(RocksDBException.class)).isFalse();
  }

  @Test
  void messageConstructor_hasNoStatus() {
    final RocksDBException e = new RocksDBException("boom");
    assertThat(e).hasMessageThat().isEqualTo("boom");
    assertThat(e.getStatus()).isNull();
    assertThat(e).hasCauseThat().isNull();
  }

  @Test
  void messageAndStatusConstructor_keepsBothIndependently() {
    final Status status = new Status(Status.Code.InvalidArgument, Status.SubCode.None, "state");
    final RocksDBException e = new RocksDBException("message", status);
    assertThat(e).hasMessageThat().isEqualTo("message");
    assertThat(e.getStatus()).isSameInstanceAs(status);
    assertThat(new RocksDBException(null, status)).hasMessageThat().isNull();
    assertThat(new RocksDBException("m", null).getStatus()).isNull();
  }

  @Test
  void statusConstructor_usesStateAsMessage() {
    final Status status =
        new Status(
            Status.Code.InvalidArgument, Status.SubCode.None, "Column family already exists");
    final RocksDBException e = new RocksDBException(status);
    assertThat(e).hasMessageThat().isEqualTo("Column family already exists");
    assertThat(e.getStatus()).isSameInstanceAs(status);
  }

  @Test
  void statusConstructor_fallsBackToCodeStringWithoutState() {
    assertThat(new RocksDBException(new Status(Status.Code.NotFound, Status.SubCode.None, null)))
        .hasMessageThat()
        .isEqualTo("NotFound");
    assertThat(new RocksDBException(new Status(Status.Code.IOError, Status.SubCode.NoSpace, null)))
        .hasMessageThat()
        .isEqualTo("IOError(NoSpace)");
  }

  @Test
  void statusConstructor_keepsEmptyStateRatherThanCodeString() {
    assertThat(new RocksDBException(new Status(Status.Code.Busy, Status.SubCode.None, "")))
        .hasMessageThat()
        .isEmpty();
  }

  @Test
  void statusConstructor_throwsNpeForNullStatus() {
    assertThrows(NullPointerException.class, () -> new RocksDBException((Status) null));
  }
}
