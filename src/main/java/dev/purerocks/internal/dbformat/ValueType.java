package dev.purerocks.internal.dbformat;

/**
 * The type byte of an internal key (RocksDB's {@code ValueType}, {@code db/dbformat.h}), with
 * RocksDB's codes. The codes are part of the on-disk formats and must never change.
 *
 * <p>Only {@link #isMemtableType point types} and {@link #RANGE_DELETION} are ever stored in a
 * memtable; the column-family-tagged, transaction-marker, log-data and no-op codes appear only in
 * {@code WriteBatch} representations (the WAL payload). They are listed here so that a batch
 * decoder can name what it finds.
 *
 * <p>Spec: {@code IK-TYPE-1}, {@code IK-TYPE-2}.
 */
public enum ValueType {
  DELETION(0x00),
  VALUE(0x01),
  MERGE(0x02),
  LOG_DATA(0x03),
  COLUMN_FAMILY_DELETION(0x04),
  COLUMN_FAMILY_VALUE(0x05),
  COLUMN_FAMILY_MERGE(0x06),
  SINGLE_DELETION(0x07),
  COLUMN_FAMILY_SINGLE_DELETION(0x08),
  BEGIN_PREPARE_XID(0x09),
  END_PREPARE_XID(0x0A),
  COMMIT_XID(0x0B),
  ROLLBACK_XID(0x0C),
  NOOP(0x0D),
  COLUMN_FAMILY_RANGE_DELETION(0x0E),
  RANGE_DELETION(0x0F),
  COLUMN_FAMILY_BLOB_INDEX(0x10),
  BLOB_INDEX(0x11),
  BEGIN_PERSISTED_PREPARE_XID(0x12),
  BEGIN_UNPREPARE_XID(0x13),
  DELETION_WITH_TIMESTAMP(0x14),
  COMMIT_XID_AND_TIMESTAMP(0x15),
  WIDE_COLUMN_ENTITY(0x16),
  COLUMN_FAMILY_WIDE_COLUMN_ENTITY(0x17),
  VALUE_PREFERRED_SEQNO(0x18),
  COLUMN_FAMILY_VALUE_PREFERRED_SEQNO(0x19);

  /** Code of {@link #DELETION}, for switch statements on raw trailer bytes. */
  public static final int CODE_DELETION = 0x00;
  /** Code of {@link #VALUE}. */
  public static final int CODE_VALUE = 0x01;
  /** Code of {@link #MERGE}. */
  public static final int CODE_MERGE = 0x02;
  /** Code of {@link #SINGLE_DELETION}. */
  public static final int CODE_SINGLE_DELETION = 0x07;
  /** Code of {@link #RANGE_DELETION}. */
  public static final int CODE_RANGE_DELETION = 0x0F;

  /**
   * The first code that is not a valid type (RocksDB's {@code kTypeMaxValid}); decoders reject it
   * and everything above.
   */
  public static final int MAX_VALID_CODE_EXCLUSIVE = 0x1A;

  /**
   * The type a seek key carries: the highest type that can be stored, so that a lookup key with
   * sequence {@code s} sorts before every stored entry of the same user key with sequence
   * {@code <= s} (RocksDB's {@code kValueTypeForSeek}).
   */
  public static final ValueType FOR_SEEK = VALUE_PREFERRED_SEQNO;

  /**
   * The type a seek-for-prev key carries: the lowest, so that the key sorts after every entry of
   * its user key with the same sequence (RocksDB's {@code kValueTypeForSeekForPrev}).
   */
  public static final ValueType FOR_SEEK_FOR_PREV = DELETION;

  private static final ValueType[] BY_CODE = new ValueType[MAX_VALID_CODE_EXCLUSIVE];

  static {
    for (ValueType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;

  ValueType(int code) {
    this.code = code;
  }

  /** The byte RocksDB writes for this type. */
  public int code() {
    return code;
  }

  /** The type with this code, or {@code null} if the code is not a valid type. */
  public static ValueType ofCode(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }

  /**
   * True for the types a memtable's point table may hold (RocksDB's {@code IsValueType}): deletion,
   * value, merge, single deletion, blob index, deletion with timestamp, wide-column entity and
   * value with preferred sequence number.
   */
  public boolean isMemtableType() {
    return isMemtableCode(code);
  }

  /** {@link #isMemtableType()} on a raw code. */
  public static boolean isMemtableCode(int code) {
    switch (code) {
      case 0x00:
      case 0x01:
      case 0x02:
      case 0x07:
      case 0x11:
      case 0x14:
      case 0x16:
      case 0x18:
        return true;
      default:
        return false;
    }
  }

  /** True for the codes that delete a single key: deletion, single deletion, deletion with ts. */
  public static boolean isPointDeletionCode(int code) {
    return code == CODE_DELETION || code == CODE_SINGLE_DELETION || code == 0x14;
  }
}
