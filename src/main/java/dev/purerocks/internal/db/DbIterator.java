package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.CorruptionException;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableIterator;
import dev.purerocks.internal.util.Coding;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The user-visible iterator over one column family's memtables: collapses the internal entries
 * of a {@link MergingIterator} into key/value pairs as of a read sequence number (RocksDB's {@code
 * DBIter}, {@code db/db_iter.cc}).
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>For each user key, the newest entry with sequence at most the view's read sequence
 *       decides: a value is returned; a deletion or single deletion hides the key; merge operands
 *       are combined, oldest first, onto the newest older value, or onto nothing when a deletion
 *       or the end of the key's entries comes first (M51, M60). Range tombstones are applied below,
 *       in the {@link MergingIterator}.
 *   <li>Forward steps follow {@code FindNextUserEntry} / {@code MergeValuesNewToOld}; backward
 *       steps follow {@code PrevInternal} / {@code FindValueForCurrentKey}: the key's visible
 *       entries are read from oldest to newest and the last deletion or value resets the operands.
 *       Direction switches re-position as RocksDB's {@code ReverseToForward} / {@code
 *       ReverseToBackward} do, with {@code seekForPrev} on the children in prefix mode.
 *   <li>Bounds (M49): {@code iterate_upper_bound} is exclusive and checked on every forward step;
 *       {@code iterate_lower_bound} is inclusive and checked on every backward step; a seek below
 *       the lower bound seeks the lower bound, a seek-for-prev at or above the upper bound seeks
 *       just below it; {@code seekToFirst}/{@code seekToLast} become {@code seek(lower)}/{@code
 *       seekForPrev(upper)}.
 *   <li>Prefix (M46, M48): each memtable is read with its prefix iterator iff the view has a
 *       prefix extractor, the memtable was built with that same extractor object, and {@code
 *       prefix_same_as_start || !(total_order_seek || auto_prefix_mode)}. With {@code
 *       prefix_same_as_start} (and an extractor) the prefix of the seek target, or of the first key
 *       found by {@code seekToFirst}/{@code seekToLast}, is recorded if in domain, and iteration
 *       ends at the first key with another prefix.
 *   <li>Errors become the {@link #status()} and leave the iterator invalid, never data: a
 *       memtable's {@link CorruptionException} (Corruption), a merge operand without a merge
 *       operator (InvalidArgument, "merge_operator_ must be set."), a failed merge (Corruption),
 *       a backward step onto a value of an in-place-update memtable (NotSupported, M18). Every
 *       seek resets the status.
 *   <li>Misuse: {@link #key()}, {@link #value()}, {@link #next()} and {@link #prev()} on an
 *       invalid iterator throw {@link IteratorNotValidException} and change nothing.
 * </ul>
 *
 * <h2>Differences from RocksDB</h2>
 * No reseek optimisation ({@code max_sequential_skip_in_iterations}): results are the same.
 * Values of in-place-update memtables are copied under the key's lock when the iterator lands on
 * them, so a positioned iterator returns the value as it was then, never torn bytes (M18). A
 * merge operand met while stepping backward without a merge operator gives the same
 * InvalidArgument status as forward (RocksDB dereferences a null operator there).
 *
 * <h2>Key and value access</h2>
 * {@link #key()} / {@link #value()} return copies; {@link #keyArray()} / {@link #keyOffset()} /
 * {@link #keyLength()} and the value counterparts give the bytes in place (valid until the next
 * cursor call; never modify them); {@link #keyInto(ByteBuffer)} / {@link #valueInto(ByteBuffer)}
 * copy what fits and return the full length, as RocksJava's ByteBuffer accessors do.
 *
 * <p>Thread-safety: one thread at a time, like RocksDB's iterators. Writers may add to the
 * memtables meanwhile; entries above the read sequence stay invisible (M52).
 *
 * <p>Spec: {@code ITER-*}.
 */
public final class DbIterator {
  private IteratorView view;
  private final ReadSettings settings;
  private UserComparator cmp;
  private MergeOperator mergeOperator;
  private PrefixExtractor extractor;
  private long readSeq;
  /** RocksDB's {@code expect_total_order_inner_iter_}. */
  private boolean totalOrder;
  /** RocksDB's {@code prefix_same_as_start_}: only with an extractor. */
  private boolean prefixSameAsStart;
  private MergingIterator iter;

  private boolean valid;
  private boolean forward = true;
  private IteratorStatus status = IteratorStatus.OK;
  private boolean currentEntryIsMerged;

  /** The current user key (RocksDB's {@code saved_key_}). */
  private byte[] savedKey = new byte[32];
  private int savedKeyLen;
  /** Prefix recorded for prefix_same_as_start, or null. */
  private byte[] prefix;

  /** The current value: a memtable's arena block (pinned) or an array owned here. */
  private byte[] valueArr;
  private int valueOff;
  private int valueLen;

  private final List<byte[]> operands = new ArrayList<>();
  private byte[] seekKey = new byte[40];

  /**
   * Creates an unpositioned iterator over {@code view} with {@code settings}; call a seek method
   * before anything else.
   */
  public DbIterator(IteratorView view, ReadSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    pin(Objects.requireNonNull(view, "view"));
  }

  /**
   * Re-pins the iterator on a new view (the column family's current memtables and a new read
   * sequence, or a snapshot's), keeping the read settings (RocksDB's {@code Iterator::Refresh}).
   * The iterator is left unpositioned, with an OK status, as RocksDB's is.
   */
  public void refresh(IteratorView newView) {
    pin(Objects.requireNonNull(newView, "view"));
  }

  private void pin(IteratorView v) {
    this.view = v;
    this.cmp = v.comparator();
    this.mergeOperator = v.mergeOperator();
    this.extractor = v.prefixExtractor();
    this.readSeq = v.readSequence();
    this.totalOrder = extractor == null || settings.totalOrderSeek() || settings.autoPrefixMode();
    this.prefixSameAsStart = extractor != null && settings.prefixSameAsStart();
    boolean prefixRead =
        extractor != null
            && (settings.prefixSameAsStart()
                || !(settings.totalOrderSeek() || settings.autoPrefixMode()));
    List<MemTable> mems = v.memtables();
    boolean[] prefixMode = new boolean[mems.size()];
    for (int i = 0; i < prefixMode.length; i++) {
      // Retired runs stand for table files, read in total order (no memtable prefix bloom).
      prefixMode[i] = prefixRead && i < v.liveCount()
          && mems.get(i).options().prefixExtractor() == extractor;
    }
    this.iter =
        new MergingIterator(cmp, mems, prefixMode, readSeq, settings.ignoreRangeDeletions());
    valid = false;
    status = IteratorStatus.OK;
    prefix = null;
    forward = true;
    currentEntryIsMerged = false;
    clearValue();
  }

  /** The view the iterator reads. */
  public IteratorView view() {
    return view;
  }

  public ReadSettings settings() {
    return settings;
  }

  public boolean isValid() {
    return valid;
  }

  /** OK, or why the iterator stopped (RocksDB's {@code Iterator::status()}). */
  public IteratorStatus status() {
    return status;
  }

  // ---- positioning -----------------------------------------------------------------------------

  /** Positions at the first visible key at or after {@code target} (and the lower bound). */
  public void seek(byte[] target) {
    Objects.requireNonNull(target, "target");
    resetSeekState();
    try {
      byte[] t = target;
      long seq = readSeq;
      if (settings.lower() != null && cmp.compare(target, settings.lower()) < 0) {
        t = settings.lower();
      }
      int len = buildSeekKey(t, seq, ValueType.FOR_SEEK.code());
      iter.seek(seekKey, 0, len);
      if (!iter.isValid()) {
        return;
      }
      forward = true;
      if (shouldSetPrefix(target)) {
        prefix = prefixOf(target);
      }
      findNextUserEntry(false);
      if (!valid) {
        prefix = null;
      }
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  /** Positions at the last visible key at or before {@code target} (and below the upper bound). */
  public void seekForPrev(byte[] target) {
    Objects.requireNonNull(target, "target");
    resetSeekState();
    try {
      int len;
      if (settings.upper() != null && cmp.compare(target, settings.upper()) >= 0) {
        len =
            buildSeekKey(
                settings.upper(),
                InternalKeys.MAX_SEQUENCE_NUMBER,
                ValueType.FOR_SEEK_FOR_PREV.code());
      } else {
        len = buildSeekKey(target, 0, ValueType.FOR_SEEK_FOR_PREV.code());
      }
      iter.seekForPrev(seekKey, 0, len);
      if (!iter.isValid()) {
        return;
      }
      forward = false;
      if (shouldSetPrefix(target)) {
        prefix = prefixOf(target);
      }
      prevInternal();
      if (!valid) {
        prefix = null;
      }
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  public void seekToFirst() {
    if (settings.lower() != null) {
      seek(settings.lower());
      return;
    }
    resetSeekState();
    try {
      forward = true;
      iter.seekToFirst();
      if (iter.isValid()) {
        saveKey(iter.current());
        findNextUserEntry(false);
      }
      if (valid && shouldSetPrefix(savedKey, savedKeyLen)) {
        prefix = Arrays.copyOf(savedKey, prefixLength(savedKey, savedKeyLen));
      }
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  public void seekToLast() {
    if (settings.upper() != null) {
      seekForPrev(settings.upper());
      return;
    }
    resetSeekState();
    try {
      forward = false;
      iter.seekToLast();
      prevInternal();
      if (valid && shouldSetPrefix(savedKey, savedKeyLen)) {
        prefix = Arrays.copyOf(savedKey, prefixLength(savedKey, savedKeyLen));
      }
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  /**
   * Moves to the next visible key.
   *
   * @throws IteratorNotValidException if the iterator is not valid
   */
  public void next() {
    requireValid("next");
    try {
      clearValue();
      boolean ok = true;
      if (!forward) {
        ok = reverseToForward();
      } else if (!currentEntryIsMerged) {
        iter.next();
      }
      if (ok && iter.isValid()) {
        findNextUserEntry(true);
      } else {
        valid = false;
      }
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  /**
   * Moves to the previous visible key.
   *
   * @throws IteratorNotValidException if the iterator is not valid
   */
  public void prev() {
    requireValid("prev");
    try {
      clearValue();
      if (forward) {
        reverseToBackward();
      }
      prevInternal();
    } catch (CorruptionException e) {
      fail(IteratorStatus.Code.CORRUPTION, e.getMessage());
    }
  }

  // ---- accessors -------------------------------------------------------------------------------

  /**
   * A copy of the current user key.
   *
   * @throws IteratorNotValidException if the iterator is not valid
   */
  public byte[] key() {
    requireValid("key");
    return Arrays.copyOf(savedKey, savedKeyLen);
  }

  /**
   * A copy of the current value.
   *
   * @throws IteratorNotValidException if the iterator is not valid
   */
  public byte[] value() {
    requireValid("value");
    return Arrays.copyOfRange(valueArr, valueOff, valueOff + valueLen);
  }

  /** The array holding the current key in place; never modify it. Requires: valid. */
  public byte[] keyArray() {
    requireValid("key");
    return savedKey;
  }

  public int keyOffset() {
    requireValid("key");
    return 0;
  }

  public int keyLength() {
    requireValid("key");
    return savedKeyLen;
  }

  /** The array holding the current value in place; never modify it. Requires: valid. */
  public byte[] valueArray() {
    requireValid("value");
    return valueArr;
  }

  public int valueOffset() {
    requireValid("value");
    return valueOff;
  }

  public int valueLength() {
    requireValid("value");
    return valueLen;
  }

  /**
   * Copies as much of the key as fits into {@code dst} from its position (advancing it) and
   * returns the key's full length.
   */
  public int keyInto(ByteBuffer dst) {
    requireValid("key");
    return copyInto(savedKey, 0, savedKeyLen, dst);
  }

  /** As {@link #keyInto} for the value. */
  public int valueInto(ByteBuffer dst) {
    requireValid("value");
    return copyInto(valueArr, valueOff, valueLen, dst);
  }

  private static int copyInto(byte[] src, int off, int len, ByteBuffer dst) {
    int n = Math.min(len, dst.remaining());
    dst.put(src, off, n);
    return len;
  }

  private void requireValid(String operation) {
    if (!valid) {
      throw new IteratorNotValidException(operation, status);
    }
  }

  // ---- forward ---------------------------------------------------------------------------------

  /**
   * From the merging iterator's position, finds the next user key with a visible value, skipping
   * the saved key's remaining entries when {@code skipping} (RocksDB's {@code
   * FindNextUserEntryInternal}).
   */
  private void findNextUserEntry(boolean skipping) {
    assert forward;
    currentEntryIsMerged = false;
    byte[] upper = settings.upper();
    while (iter.isValid()) {
      MemTableIterator c = iter.current();
      byte[] b = c.keyBlock();
      int off = c.keyOffset();
      int len = c.userKeyLength();
      if (upper != null && cmp.compare(b, off, len, upper, 0, upper.length) >= 0) {
        break;
      }
      if (prefixSameAsStart && !prefixCheck(b, off, len)) {
        break;
      }
      long trailer = c.trailer();
      if (InternalKeys.sequence(trailer) <= readSeq) {
        if (skipping && cmp.compare(b, off, len, savedKey, 0, savedKeyLen) <= 0) {
          // hidden by the deletion or value already handled for this key
        } else {
          int type = InternalKeys.typeCode(trailer);
          switch (type) {
            case ValueType.CODE_DELETION, ValueType.CODE_SINGLE_DELETION -> {
              saveKey(c);
              skipping = true;
            }
            case ValueType.CODE_VALUE -> {
              saveKey(c);
              setValueFrom(c);
              valid = true;
              return;
            }
            case ValueType.CODE_MERGE -> {
              saveKey(c);
              currentEntryIsMerged = true;
              valid = true;
              mergeValuesNewToOld();
              return;
            }
            default -> {
              fail(IteratorStatus.Code.CORRUPTION, "Unknown value type: " + type);
              return;
            }
          }
        }
      } else {
        int d = cmp.compare(b, off, len, savedKey, 0, savedKeyLen);
        if (!(d == 0 || (skipping && d < 0))) {
          saveKey(c);
          skipping = false;
        }
      }
      iter.next();
    }
    valid = false;
  }

  /**
   * Combines the current merge operand with the key's older entries (RocksDB's {@code
   * MergeValuesNewToOld}); leaves the merging iterator past the entries it consumed.
   */
  private void mergeValuesNewToOld() {
    if (mergeOperator == null) {
      fail(IteratorStatus.Code.INVALID_ARGUMENT, IteratorStatus.NO_MERGE_OPERATOR);
      return;
    }
    operands.clear();
    operands.add(iter.current().value());
    for (iter.next(); iter.isValid(); iter.next()) {
      MemTableIterator c = iter.current();
      if (!cmp.equal(c.keyBlock(), c.keyOffset(), c.userKeyLength(), savedKey, 0, savedKeyLen)) {
        break;
      }
      int type = c.typeCode();
      if (type == ValueType.CODE_DELETION || type == ValueType.CODE_SINGLE_DELETION) {
        iter.next();
        break;
      }
      if (type == ValueType.CODE_VALUE) {
        byte[] base = c.value();
        Collections.reverse(operands);
        if (merge(base)) {
          iter.next();
        }
        return;
      }
      if (type == ValueType.CODE_MERGE) {
        operands.add(c.value());
      } else {
        fail(IteratorStatus.Code.CORRUPTION, "Unrecognized value type: " + type);
        return;
      }
    }
    Collections.reverse(operands);
    merge(null);
  }

  private boolean reverseToForward() {
    if (!totalOrder || !iter.isValid()) {
      int len = buildSeekKey(savedKey, savedKeyLen, InternalKeys.MAX_SEQUENCE_NUMBER,
          ValueType.FOR_SEEK.code());
      iter.seek(seekKey, 0, len);
    }
    forward = true;
    while (iter.isValid()) {
      MemTableIterator c = iter.current();
      if (cmp.compare(c.keyBlock(), c.keyOffset(), c.userKeyLength(), savedKey, 0, savedKeyLen)
          >= 0) {
        return true;
      }
      iter.next();
    }
    return true;
  }

  // ---- backward --------------------------------------------------------------------------------

  private void reverseToBackward() {
    if (currentEntryIsMerged && (!totalOrder || !iter.isValid())) {
      int len = buildSeekKey(savedKey, savedKeyLen, InternalKeys.MAX_SEQUENCE_NUMBER,
          ValueType.FOR_SEEK.code());
      if (!totalOrder) {
        iter.seekForPrev(seekKey, 0, len);
      } else {
        iter.seek(seekKey, 0, len);
        if (!iter.isValid()) {
          iter.seekToLast();
        }
      }
    }
    forward = false;
    findUserKeyBeforeSavedKey();
  }

  /** Steps the merging iterator back to the last entry of a user key before the saved key. */
  private void findUserKeyBeforeSavedKey() {
    while (iter.isValid()) {
      MemTableIterator c = iter.current();
      if (cmp.compare(c.keyBlock(), c.keyOffset(), c.userKeyLength(), savedKey, 0, savedKeyLen)
          < 0) {
        return;
      }
      iter.prev();
    }
  }

  /** RocksDB's {@code PrevInternal}: the previous user key with a visible value, or invalid. */
  private void prevInternal() {
    byte[] lower = settings.lower();
    while (iter.isValid()) {
      saveKey(iter.current());
      if (prefixSameAsStart && !prefixCheck(savedKey, 0, savedKeyLen)) {
        valid = false;
        return;
      }
      if (lower != null && cmp.compare(savedKey, 0, savedKeyLen, lower, 0, lower.length) < 0) {
        valid = false;
        return;
      }
      if (!findValueForCurrentKey()) {
        return;
      }
      findUserKeyBeforeSavedKey();
      if (valid) {
        return;
      }
    }
    valid = false;
  }

  /**
   * Reads the saved key's visible entries from oldest to newest and decides its value (RocksDB's
   * {@code FindValueForCurrentKey}); sets {@link #valid}. Returns false if it failed (status set).
   */
  private boolean findValueForCurrentKey() {
    operands.clear();
    currentEntryIsMerged = false;
    int lastNotMergeType = ValueType.CODE_DELETION;
    int lastType = ValueType.CODE_DELETION;
    boolean seen = false;
    byte[] baseArr = null;
    int baseOff = 0;
    int baseLen = 0;
    while (iter.isValid()) {
      MemTableIterator c = iter.current();
      if (!cmp.equal(c.keyBlock(), c.keyOffset(), c.userKeyLength(), savedKey, 0, savedKeyLen)) {
        break;
      }
      long trailer = c.trailer();
      if (InternalKeys.sequence(trailer) > readSeq) {
        break;
      }
      seen = true;
      lastType = InternalKeys.typeCode(trailer);
      switch (lastType) {
        case ValueType.CODE_VALUE -> {
          if (!c.isValuePinned()) {
            fail(IteratorStatus.Code.NOT_SUPPORTED, IteratorStatus.BACKWARD_NOT_PINNED);
            return false;
          }
          baseArr = c.valueBlock();
          baseOff = c.valueOffset();
          baseLen = c.valueLength();
          operands.clear();
          lastNotMergeType = lastType;
        }
        case ValueType.CODE_DELETION, ValueType.CODE_SINGLE_DELETION -> {
          operands.clear();
          lastNotMergeType = lastType;
        }
        case ValueType.CODE_MERGE -> operands.add(c.value());
        default -> {
          fail(IteratorStatus.Code.CORRUPTION, "Unknown value type: " + lastType);
          return false;
        }
      }
      iter.prev();
    }
    if (!seen) {
      valid = false;
      return true;
    }
    switch (lastType) {
      case ValueType.CODE_DELETION, ValueType.CODE_SINGLE_DELETION -> {
        valid = false;
        return true;
      }
      case ValueType.CODE_MERGE -> {
        currentEntryIsMerged = true;
        if (mergeOperator == null) {
          fail(IteratorStatus.Code.INVALID_ARGUMENT, IteratorStatus.NO_MERGE_OPERATOR);
          return false;
        }
        byte[] base =
            lastNotMergeType == ValueType.CODE_VALUE
                ? Arrays.copyOfRange(baseArr, baseOff, baseOff + baseLen)
                : null;
        if (!merge(base)) {
          return false;
        }
        valid = true;
        return true;
      }
      default -> {
        valueArr = baseArr;
        valueOff = baseOff;
        valueLen = baseLen;
        valid = true;
        return true;
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Full merge of {@link #operands} (oldest first) onto {@code base}; false if it failed. */
  private boolean merge(byte[] base) {
    byte[] key = Arrays.copyOf(savedKey, savedKeyLen);
    byte[] result;
    try {
      result = mergeOperator.fullMerge(key, base, Collections.unmodifiableList(operands));
    } catch (RuntimeException e) {
      result = null;
    }
    operands.clear();
    if (result == null) {
      fail(IteratorStatus.Code.CORRUPTION, IteratorStatus.MERGE_FAILED);
      return false;
    }
    valueArr = result;
    valueOff = 0;
    valueLen = result.length;
    return true;
  }

  private void setValueFrom(MemTableIterator c) {
    if (c.isValuePinned()) {
      valueArr = c.valueBlock();
      valueOff = c.valueOffset();
      valueLen = c.valueLength();
    } else {
      valueArr = c.value();
      valueOff = 0;
      valueLen = valueArr.length;
    }
  }

  private void clearValue() {
    valueArr = null;
    valueOff = 0;
    valueLen = 0;
  }

  private void saveKey(MemTableIterator c) {
    int len = c.userKeyLength();
    if (savedKey.length < len) {
      savedKey = new byte[Math.max(len, savedKey.length * 2)];
    }
    System.arraycopy(c.keyBlock(), c.keyOffset(), savedKey, 0, len);
    savedKeyLen = len;
  }

  private void resetSeekState() {
    status = IteratorStatus.OK;
    valid = false;
    prefix = null;
    currentEntryIsMerged = false;
    operands.clear();
    clearValue();
  }

  private void fail(IteratorStatus.Code code, String message) {
    valid = false;
    status = IteratorStatus.of(code, message);
    operands.clear();
    clearValue();
  }

  private int buildSeekKey(byte[] userKey, long seq, int type) {
    return buildSeekKey(userKey, userKey.length, seq, type);
  }

  private int buildSeekKey(byte[] userKey, int len, long seq, int type) {
    int total = len + InternalKeys.TRAILER_SIZE;
    if (seekKey.length < total) {
      seekKey = new byte[Math.max(total, seekKey.length * 2)];
    }
    System.arraycopy(userKey, 0, seekKey, 0, len);
    Coding.putFixed64(seekKey, len, InternalKeys.packTrailer(seq, type));
    return total;
  }

  private boolean shouldSetPrefix(byte[] key) {
    return shouldSetPrefix(key, key.length);
  }

  private boolean shouldSetPrefix(byte[] key, int len) {
    return prefixSameAsStart && extractor.inDomain(key, 0, len);
  }

  private int prefixLength(byte[] key, int len) {
    return extractor.prefixLength(key, 0, len);
  }

  private byte[] prefixOf(byte[] key) {
    return Arrays.copyOf(key, prefixLength(key, key.length));
  }

  /** RocksDB's {@code PrefixCheck}: no prefix recorded, or the key is in domain with it. */
  private boolean prefixCheck(byte[] b, int off, int len) {
    if (prefix == null) {
      return true;
    }
    if (!extractor.inDomain(b, off, len)) {
      return false;
    }
    int p = extractor.prefixLength(b, off, len);
    return Arrays.equals(b, off, off + p, prefix, 0, prefix.length);
  }
}
