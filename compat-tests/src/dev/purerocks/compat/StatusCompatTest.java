package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.RocksDBException;
import dev.purerocks.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evidence that {@link Status}, its code enums and {@link RocksDBException} behave exactly like
 * RocksJava's: the same declared members, the same byte value for every code, the same answer (or
 * the same exception and message) from {@code getCode}/{@code getSubCode} for all 256 bytes, and
 * the same code strings, equality and exception messages for every combination of code, sub-code
 * and state. Pure Java on both sides; no native library needed.
 */
class StatusCompatTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        org.rocksdb.Status.class,
        org.rocksdb.Status.Code.class,
        org.rocksdb.Status.SubCode.class,
        org.rocksdb.RocksDBException.class
      })
  void declaredMembers_matchRocksJava(final Class<?> theirs) throws Exception {
    assertThat(ApiMirror.members(ApiMirror.oursFor(theirs)))
        .containsExactlyElementsIn(ApiMirror.members(theirs));
  }

  @Test
  void codeConstants_haveRocksJavaNamesOrderAndValues() {
    assertThat(describe(Status.Code.values(), Status.Code::getValue))
        .containsExactlyElementsIn(
            describe(org.rocksdb.Status.Code.values(), org.rocksdb.Status.Code::getValue))
        .inOrder();
    assertThat(describe(Status.SubCode.values(), Status.SubCode::getValue))
        .containsExactlyElementsIn(
            describe(org.rocksdb.Status.SubCode.values(), org.rocksdb.Status.SubCode::getValue))
        .inOrder();
  }

  @Test
  void getCodeAndGetSubCode_agreeForEveryByte() {
    for (int i = Byte.MIN_VALUE; i <= Byte.MAX_VALUE; i++) {
      final byte b = (byte) i;
      assertWithMessage("getCode(%s)", b)
          .that(outcome(() -> Status.Code.getCode(b)))
          .isEqualTo(outcome(() -> org.rocksdb.Status.Code.getCode(b)));
      assertWithMessage("getSubCode(%s)", b)
          .that(outcome(() -> Status.SubCode.getSubCode(b)))
          .isEqualTo(outcome(() -> org.rocksdb.Status.SubCode.getSubCode(b)));
    }
  }

  @Test
  void codeStringsAndExceptionMessages_agreeForEveryCombination() {
    for (final Pair p : pairs()) {
      final String label = p.label();
      assertWithMessage("getCodeString %s", label)
          .that(outcome(p.ours::getCodeString))
          .isEqualTo(outcome(p.theirs::getCodeString));
      assertWithMessage("new RocksDBException(Status) %s", label)
          .that(outcome(() -> new RocksDBException(p.ours).getMessage()))
          .isEqualTo(outcome(() -> new org.rocksdb.RocksDBException(p.theirs).getMessage()));
      assertWithMessage("new RocksDBException(String, Status) %s", label)
          .that(new RocksDBException("msg", p.ours).getMessage())
          .isEqualTo(new org.rocksdb.RocksDBException("msg", p.theirs).getMessage());
      if (p.ours.getCode() != null) {
        assertThat(new RocksDBException(p.ours).getStatus()).isSameInstanceAs(p.ours);
      }
    }
  }

  @Test
  void exceptionWithoutStatus_agrees() {
    for (final String msg : Arrays.asList("boom", "", null)) {
      final RocksDBException ours = new RocksDBException(msg);
      final org.rocksdb.RocksDBException theirs = new org.rocksdb.RocksDBException(msg);
      assertThat(ours.getMessage()).isEqualTo(theirs.getMessage());
      assertThat(ours.getStatus()).isNull();
      assertThat(theirs.getStatus()).isNull();
    }
    assertThat(outcome(() -> new RocksDBException((Status) null)))
        .isEqualTo(outcome(() -> new org.rocksdb.RocksDBException((org.rocksdb.Status) null)));
  }

  @Test
  void equality_agreesForEveryPairOfStatuses() {
    final List<Pair> pairs = pairs();
    for (final Pair a : pairs) {
      for (final Pair b : pairs) {
        assertWithMessage("%s equals %s", a.label(), b.label())
            .that(a.ours.equals(b.ours))
            .isEqualTo(a.theirs.equals(b.theirs));
      }
      // Equal statuses, built separately, must hash alike (values differ between the two
      // implementations: enum hash codes are identity hashes).
      assertThat(a.ours.hashCode()).isEqualTo(a.copy().hashCode());
    }
  }

  /** A status of ours and RocksJava's built from the same components. */
  private record Pair(Status ours, org.rocksdb.Status theirs) {
    String label() {
      return "(" + theirs.getCode() + ", " + theirs.getSubCode() + ", " + theirs.getState() + ")";
    }

    Status copy() {
      return new Status(ours.getCode(), ours.getSubCode(), ours.getState());
    }
  }

  /** Every code (and null) with every sub-code (and null) and three kinds of state. */
  private static List<Pair> pairs() {
    final List<Pair> result = new ArrayList<>();
    final List<Status.Code> codes = new ArrayList<>(Arrays.asList(Status.Code.values()));
    codes.add(null);
    final List<Status.SubCode> subCodes = new ArrayList<>(Arrays.asList(Status.SubCode.values()));
    subCodes.add(null);
    for (final Status.Code code : codes) {
      for (final Status.SubCode subCode : subCodes) {
        for (final String state : Arrays.asList(null, "", "state")) {
          result.add(
              new Pair(
                  new Status(code, subCode, state),
                  new org.rocksdb.Status(
                      code == null ? null : org.rocksdb.Status.Code.valueOf(code.name()),
                      subCode == null ? null : org.rocksdb.Status.SubCode.valueOf(subCode.name()),
                      state)));
        }
      }
    }
    return result;
  }

  private static <E extends Enum<E>> List<String> describe(
      final E[] constants, final java.util.function.Function<E, Byte> value) {
    final List<String> result = new ArrayList<>();
    for (final E e : constants) {
      result.add(e.name() + "=" + value.apply(e));
    }
    return result;
  }

  /** The result's text (an enum constant's name), or the exception's class and message. */
  private static String outcome(final Supplier<?> call) {
    try {
      final Object result = call.get();
      return result instanceof Enum<?> ? ((Enum<?>) result).name() : String.valueOf(result);
    } catch (final RuntimeException e) {
      return e.getClass().getName()
          + ": "
          + (e instanceof NullPointerException ? "" : e.getMessage());
    }
  }
}
