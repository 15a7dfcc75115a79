package dev.purerocks.internal.dbformat;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.testing.Spec;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTypeTest {
  @Test
  @Spec("IK-TYPE-1")
  void codes_areRocksDbsAndRoundTrip() {
    Map<ValueType, Integer> expected = new LinkedHashMap<>();
    String[] names = {
      "DELETION", "VALUE", "MERGE", "LOG_DATA", "COLUMN_FAMILY_DELETION", "COLUMN_FAMILY_VALUE",
      "COLUMN_FAMILY_MERGE", "SINGLE_DELETION", "COLUMN_FAMILY_SINGLE_DELETION",
      "BEGIN_PREPARE_XID", "END_PREPARE_XID", "COMMIT_XID", "ROLLBACK_XID", "NOOP",
      "COLUMN_FAMILY_RANGE_DELETION", "RANGE_DELETION", "COLUMN_FAMILY_BLOB_INDEX", "BLOB_INDEX",
      "BEGIN_PERSISTED_PREPARE_XID", "BEGIN_UNPREPARE_XID", "DELETION_WITH_TIMESTAMP",
      "COMMIT_XID_AND_TIMESTAMP", "WIDE_COLUMN_ENTITY", "COLUMN_FAMILY_WIDE_COLUMN_ENTITY",
      "VALUE_PREFERRED_SEQNO", "COLUMN_FAMILY_VALUE_PREFERRED_SEQNO"
    };
    for (int code = 0; code < names.length; code++) {
      expected.put(ValueType.valueOf(names[code]), code);
    }
    assertThat(expected).hasSize(ValueType.values().length);
    expected.forEach(
        (type, code) -> {
          assertThat(type.code()).isEqualTo(code);
          assertThat(ValueType.ofCode(code)).isEqualTo(type);
        });
    assertThat(ValueType.RANGE_DELETION.code()).isEqualTo(0x0F);
    assertThat(ValueType.SINGLE_DELETION.code()).isEqualTo(0x07);
  }

  @Test
  @Spec("IK-TYPE-1")
  void codesFromMaxValidUp_areInvalid() {
    assertThat(ValueType.MAX_VALID_CODE_EXCLUSIVE).isEqualTo(0x1A);
    for (int code = 0x1A; code <= 0xFF; code++) {
      assertThat(ValueType.ofCode(code)).isNull();
    }
    assertThat(ValueType.ofCode(-1)).isNull();
  }

  @Test
  @Spec("IK-TYPE-2")
  void memtableTypes_areExactlyTheStorablePointTypes() {
    Set<ValueType> storable =
        EnumSet.of(
            ValueType.DELETION,
            ValueType.VALUE,
            ValueType.MERGE,
            ValueType.SINGLE_DELETION,
            ValueType.BLOB_INDEX,
            ValueType.DELETION_WITH_TIMESTAMP,
            ValueType.WIDE_COLUMN_ENTITY,
            ValueType.VALUE_PREFERRED_SEQNO);
    for (ValueType t : ValueType.values()) {
      assertThat(t.isMemtableType()).isEqualTo(storable.contains(t));
    }
    assertThat(ValueType.RANGE_DELETION.isMemtableType()).isFalse();
  }

  @Test
  @Spec("IK-LOOKUP-1")
  void seekTypes_areTheHighestAndLowestStorableCodes() {
    assertThat(ValueType.FOR_SEEK.code()).isEqualTo(0x18);
    assertThat(ValueType.FOR_SEEK_FOR_PREV.code()).isEqualTo(0x00);
  }

  @Test
  @Spec({"IK-SEQ-1", "IK-TRAILER-1"})
  void sequenceNumbers_have56Bits() {
    assertThat(InternalKeys.MAX_SEQUENCE_NUMBER).isEqualTo(72057594037927935L);
    long trailer = InternalKeys.packTrailer(InternalKeys.MAX_SEQUENCE_NUMBER, 0x01);
    assertThat(trailer).isEqualTo(0xFFFFFFFFFFFFFF01L);
    assertThat(InternalKeys.sequence(trailer)).isEqualTo(InternalKeys.MAX_SEQUENCE_NUMBER);
    assertThat(InternalKeys.typeCode(trailer)).isEqualTo(0x01);
    byte[] ikey = InternalKeys.encode(new byte[] {'k'}, 1, ValueType.VALUE);
    assertThat(ikey).isEqualTo(new byte[] {'k', 0x01, 0x01, 0, 0, 0, 0, 0, 0});
  }
}
