/**
 * The memtable: entry encoding, the representation contract ({@link
 * dev.purerocks.internal.memtable.MemTableRep}) and its four implementations (skip list, hash
 * skip list, hash linked list, vector), and the memtable proper (adds, gets at a sequence number,
 * in-place updates, merges, range tombstones, blooms, protection bytes, counters and the switch
 * decision).
 *
 * <p>The memtable proper: {@link dev.purerocks.internal.memtable.MemTable} (writes, counters,
 * switch decision), {@link dev.purerocks.internal.memtable.MemTableOptions}, lookups through
 * {@link dev.purerocks.internal.memtable.GetContext}, iteration through {@link
 * dev.purerocks.internal.memtable.MemTableIterator}, range tombstones as {@link
 * dev.purerocks.internal.memtable.FragmentedRangeTombstones}, and the helpers each concern needs
 * (bloom, per-entry checksums, in-place update locks). A detected corruption is a {@link
 * dev.purerocks.internal.memtable.CorruptionException}.
 *
 * <p>Everything an entry needs lives in the memtable's {@link dev.purerocks.internal.memory.Arena};
 * representations index entries by their arena address and compare keys in place.
 *
 * <p>Spec: {@code spec/memtable.md}, {@code spec/representations.md}.
 */
package dev.purerocks.internal.memtable;
