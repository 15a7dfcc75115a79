package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.Status;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

class WriteBatchRepTest {
  private static byte[] b(String s) {
    return s.getBytes();
  }

  @Test
  @Spec("WB-FORMAT-1")
  void emptyBatch_isTwelveZeroBytes_andPutMatchesTheDocumentedBytes() {
    WriteBatchRep w = new WriteBatchRep();
    assertThat(w.data()).isEqualTo(new byte[12]);
    w.put(0, b("a"), 0, 1, b("b"), 0, 1);
    assertThat(w.data()).isEqualTo(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 97, 1, 98});
  }

  /**
   * Single-record writes reuse their thread's batch: empty each time it is handed out, never
   * handed out twice at once (a write made while another is using it gets a batch of its own),
   * not used for large records (it would keep their buffer), and a batch of one thread only.
   */
  @Test
  void singleRecordBatches_reuseTheThreadsBatch_emptyEachTime_neverTwiceAtOnce() throws Exception {
    WriteBatchRep first = WriteBatchRep.forSingleRecord(2);
    first.put(0, b("a"), 0, 1, b("b"), 0, 1);
    first.setSequence(7);
    WriteBatchRep nested = WriteBatchRep.forSingleRecord(2);
    assertThat(nested).isNotSameInstanceAs(first);
    assertThat(nested.data()).isEqualTo(new byte[12]);
    nested.release();
    first.release();

    WriteBatchRep again = WriteBatchRep.forSingleRecord(2);
    assertThat(again).isSameInstanceAs(first);
    assertThat(again.data()).isEqualTo(new byte[12]);
    assertThat(again.has(WriteBatchRep.HAS_PUT)).isFalse();
    again.delete(0, b("k"), 0, 1);
    assertThat(again.data()).isEqualTo(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 'k'});
    again.release();

    WriteBatchRep large = WriteBatchRep.forSingleRecord(1 << 20);
    assertThat(large).isNotSameInstanceAs(first);
    large.release();

    WriteBatchRep[] other = new WriteBatchRep[1];
    Thread t = new Thread(() -> other[0] = WriteBatchRep.forSingleRecord(2));
    t.start();
    t.join();
    assertThat(other[0]).isNotSameInstanceAs(first);
  }

  @Test
  @Spec("WB-FORMAT-2")
  void columnFamilyRecords_carryTheIdAsVarint_andLogDataIsNotCounted() {
    WriteBatchRep w = new WriteBatchRep();
    w.delete(300, b("k"), 0, 1);
    w.putLogData(b("L"), 0, 1);
    assertThat(w.count()).isEqualTo(1);
    assertThat(w.data()).isEqualTo(
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 4, (byte) 0xAC, 2, 1, 'k', 3, 1, 'L'});
  }

  @Test
  @Spec("WB-SAVEPOINT-1")
  void rollbackWithoutSavePoint_isNotFoundWithoutState() {
    WriteBatchRep w = new WriteBatchRep();
    DbStatusException e = assertThrows(DbStatusException.class, w::rollbackToSavePoint);
    assertThat(e.status().getCode()).isEqualTo(Status.Code.NotFound);
    assertThat(e.status().getState()).isNull();
    assertThat(e.getMessage()).isEqualTo("NotFound");
    assertThrows(DbStatusException.class, w::popSavePoint);
  }

  @Test
  @Spec("WB-SAVEPOINT-1")
  void rollback_restoresBytesCountAndFlags() {
    WriteBatchRep w = new WriteBatchRep();
    w.put(0, b("a"), 0, 1, b("b"), 0, 1);
    byte[] before = w.data();
    w.setSavePoint();
    w.merge(1, b("m"), 0, 1, b("v"), 0, 1);
    assertThat(w.has(WriteBatchRep.HAS_MERGE)).isTrue();
    w.rollbackToSavePoint();
    assertThat(w.data()).isEqualTo(before);
    assertThat(w.has(WriteBatchRep.HAS_MERGE)).isFalse();
    assertThat(w.count()).isEqualTo(1);
  }

  @Test
  @Spec("WB-MAXBYTES-1")
  void maxBytes_undoesTheAppend_withAbortedMemoryLimit() {
    WriteBatchRep w = new WriteBatchRep();
    w.setMaxBytes(20);
    w.put(0, b("a"), 0, 1, b("b"), 0, 1);
    DbStatusException e =
        assertThrows(DbStatusException.class, () -> w.put(0, b("c"), 0, 1, b("d"), 0, 1));
    assertThat(e.status().getCode()).isEqualTo(Status.Code.Aborted);
    assertThat(e.status().getSubCode()).isEqualTo(Status.SubCode.MemoryLimit);
    assertThat(e.getMessage()).isEqualTo("Aborted(MemoryLimit)");
    assertThat(w.dataSize()).isEqualTo(17);
    assertThat(w.count()).isEqualTo(1);
  }

  @Test
  @Spec("WB-DECODE-1")
  void shortRepresentation_countsZero_andIteratesAsTooSmall() {
    WriteBatchRep w = WriteBatchRep.fromBytes(new byte[5], 0, 5);
    assertThat(w.count()).isEqualTo(0);
    DbStatusException e = assertThrows(DbStatusException.class, () -> w.iterate(new Recorder()));
    assertThat(e.getMessage()).isEqualTo("malformed WriteBatch (too small)");
  }
}
