package dev.purerocks;

/** Mirrors RocksJava's {@code ThreadStatus}. */
public class ThreadStatus {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ThreadStatus() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getCfName() {
    throw Unsupported.unchecked("ThreadStatus.getCfName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getDbName() {
    throw Unsupported.unchecked("ThreadStatus.getDbName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getOperationElapsedTime() {
    throw Unsupported.unchecked("ThreadStatus.getOperationElapsedTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getOperationName(final OperationType value) {
    throw Unsupported.unchecked("ThreadStatus.getOperationName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long[] getOperationProperties() {
    throw Unsupported.unchecked("ThreadStatus.getOperationProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getOperationPropertyName(final OperationType p0, final int p1) {
    throw Unsupported.unchecked("ThreadStatus.getOperationPropertyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public OperationStage getOperationStage() {
    throw Unsupported.unchecked("ThreadStatus.getOperationStage");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getOperationStageName(final OperationStage value) {
    throw Unsupported.unchecked("ThreadStatus.getOperationStageName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public OperationType getOperationType() {
    throw Unsupported.unchecked("ThreadStatus.getOperationType");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getStateName(final StateType value) {
    throw Unsupported.unchecked("ThreadStatus.getStateName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public StateType getStateType() {
    throw Unsupported.unchecked("ThreadStatus.getStateType");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getThreadId() {
    throw Unsupported.unchecked("ThreadStatus.getThreadId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ThreadType getThreadType() {
    throw Unsupported.unchecked("ThreadStatus.getThreadType");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getThreadTypeName(final ThreadType value) {
    throw Unsupported.unchecked("ThreadStatus.getThreadTypeName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static java.util.Map<String, Long> interpretOperationProperties(final OperationType p0, final long[] p1) {
    throw Unsupported.unchecked("ThreadStatus.interpretOperationProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String microsToString(final long value) {
    throw Unsupported.unchecked("ThreadStatus.microsToString");
  }

}
