package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;

import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeOperatorsTest {
  private static byte[] b(String s) {
    return s.getBytes();
  }

  @Test
  @Spec("MERGE-SA-1")
  void stringAppend_joinsBaseAndOperandsWithTheDelimiter() {
    MergeOperator op = StringAppendMergeOperator.withChar(',');
    assertThat(op.name()).isEqualTo("StringAppendOperator");
    assertThat(new String(op.fullMerge(b("k"), b("x"), List.of(b("y"), b("z")))))
        .isEqualTo("x,y,z");
    assertThat(new String(op.fullMerge(b("k"), null, List.of(b("y"), b("z"))))).isEqualTo("y,z");
  }

  @Test
  @Spec("MERGE-SA-2")
  void stringAppend_stringDelimiter_mayBeEmptyOrLong() {
    assertThat(new String(StringAppendMergeOperator.withString("")
        .fullMerge(b("k"), b("x"), List.of(b("y"))))).isEqualTo("xy");
    assertThat(new String(StringAppendMergeOperator.withString("<->")
        .fullMerge(b("k"), null, List.of(b("a"), b("b"))))).isEqualTo("a<->b");
  }

  @Test
  @Spec("MERGE-U64-1")
  void uint64Add_wraps_andCountsMalformedOperandsAsZeroWithAnErrorLog() {
    List<String> log = new ArrayList<>();
    MergeOperator op = new UInt64AddMergeOperator((level, msg) -> log.add(level + " " + msg));
    byte[] max = {-1, -1, -1, -1, -1, -1, -1, -1};
    byte[] one = {1, 0, 0, 0, 0, 0, 0, 0};
    assertThat(op.fullMerge(b("k"), max, List.of(one))).isEqualTo(new byte[8]);
    assertThat(op.fullMerge(b("k"), null, List.of(new byte[] {1, 2, 3}))).isEqualTo(new byte[8]);
    assertThat(log).containsExactly(InfoLog.Level.ERROR + " uint64 value corruption, size: 3 > 8");
  }
}
