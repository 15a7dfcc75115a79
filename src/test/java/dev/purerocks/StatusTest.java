package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void codeValues_matchRocksDbCodes() {
    final byte[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 127};
    final Status.Code[] codes = Status.Code.values();
    assertThat(codes).hasLength(expected.length);
    for (int i = 0; i < codes.length; i++) {
      assertThat(codes[i].getValue()).isEqualTo(expected[i]);
    }
    assertThat(Status.Code.TryAgain.getValue()).isEqualTo((byte) 13);
    assertThat(Status.Code.Undefined.getValue()).isEqualTo((byte) 127);
  }

  @Test
  void subCodeValues_matchRocksDbSubCodes() {
    final byte[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 127};
    final Status.SubCode[] subCodes = Status.SubCode.values();
    assertThat(subCodes).hasLength(expected.length);
    for (int i = 0; i < subCodes.length; i++) {
      assertThat(subCodes[i].getValue()).isEqualTo(expected[i]);
    }
  }

  @Test
  void getCode_mapsEveryValueBack() {
    for (final Status.Code code : Status.Code.values()) {
      assertThat(Status.Code.getCode(code.getValue())).isSameInstanceAs(code);
    }
    for (final Status.SubCode subCode : Status.SubCode.values()) {
      assertThat(Status.SubCode.getSubCode(subCode.getValue())).isSameInstanceAs(subCode);
    }
  }

  @Test
  void getCode_throwsForUnknownValueNamingIt() {
    // 14 is what RocksJava's native layer produces for C++ kColumnFamilyDropped.
    final IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Status.Code.getCode((byte) 14));
    assertThat(e).hasMessageThat().isEqualTo("Illegal value provided for Code (14).");
    final IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Status.Code.getCode((byte) -1));
    assertThat(negative).hasMessageThat().isEqualTo("Illegal value provided for Code (-1).");
  }

  @Test
  void getSubCode_throwsForUnknownValueNamingIt() {
    final IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Status.SubCode.getSubCode((byte) 8));
    assertThat(e).hasMessageThat().isEqualTo("Illegal value provided for SubCode (8).");
  }

  @Test
  void getCode_acceptsExactlyTheDefinedBytes(final SplittableRandom random) {
    for (int i = 0; i < 64; i++) {
      final byte b = (byte) random.nextInt(256);
      final boolean defined = (b >= 0 && b <= 13) || b == 127;
      if (defined) {
        assertThat(Status.Code.getCode(b).getValue()).isEqualTo(b);
      } else {
        assertThrows(IllegalArgumentException.class, () -> Status.Code.getCode(b));
      }
    }
  }

  @Test
  void getCodeString_appendsSubCodeOnlyWhenMeaningful() {
    assertThat(new Status(Status.Code.NotFound, Status.SubCode.None, "x").getCodeString())
        .isEqualTo("NotFound");
    assertThat(new Status(Status.Code.Ok, null, null).getCodeString()).isEqualTo("Ok");
    assertThat(new Status(Status.Code.IOError, Status.SubCode.NoSpace, null).getCodeString())
        .isEqualTo("IOError(NoSpace)");
    assertThat(new Status(Status.Code.IOError, Status.SubCode.Undefined, null).getCodeString())
        .isEqualTo("IOError(Undefined)");
  }

  @Test
  void getCodeString_throwsNpeForNullCode() {
    assertThrows(
        NullPointerException.class,
        () -> new Status(null, Status.SubCode.None, "s").getCodeString());
  }

  @Test
  void accessors_returnConstructorArguments() {
    final Status s = new Status(Status.Code.Busy, Status.SubCode.LockTimeout, "state");
    assertThat(s.getCode()).isEqualTo(Status.Code.Busy);
    assertThat(s.getSubCode()).isEqualTo(Status.SubCode.LockTimeout);
    assertThat(s.getState()).isEqualTo("state");
  }

  @Test
  void equals_comparesCodeSubCodeAndState() {
    final Status a = new Status(Status.Code.Corruption, Status.SubCode.None, "bad block");
    final Status same = new Status(Status.Code.Corruption, Status.SubCode.None, "bad block");
    assertThat(a).isEqualTo(same);
    assertThat(a.hashCode()).isEqualTo(same.hashCode());
    assertThat(a).isNotEqualTo(new Status(Status.Code.Corruption, Status.SubCode.None, "other"));
    assertThat(a)
        .isNotEqualTo(new Status(Status.Code.Corruption, Status.SubCode.NoSpace, "bad block"));
    assertThat(a).isNotEqualTo(new Status(Status.Code.IOError, Status.SubCode.None, "bad block"));
    assertThat(a).isNotEqualTo(null);
    assertThat(new Status(null, null, null)).isEqualTo(new Status(null, null, null));
  }

  @Test
  void equals_isFalseForSubclassInstance() {
    final Status plain = new Status(Status.Code.Ok, Status.SubCode.None, null);
    final Status sub = new Status(Status.Code.Ok, Status.SubCode.None, null) {};
    assertThat(plain.equals(sub)).isFalse();
    assertThat(sub.equals(plain)).isFalse();
  }

  @Test
  void serialization_roundTripsToEqualStatus() throws Exception {
    final Status original = new Status(Status.Code.IOError, Status.SubCode.NoSpace, "disk full");
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      final Status copy = (Status) in.readObject();
      assertThat(copy).isEqualTo(original);
      assertThat(copy.getCode()).isSameInstanceAs(Status.Code.IOError);
    }
  }
}
