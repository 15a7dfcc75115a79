package dev.purerocks;

import java.util.Arrays;
import java.util.Objects;

/**
 * A reference to one column family of an open database, passed to the family-aware overloads of
 * {@link RocksDB}. Mirrors {@code org.rocksdb.ColumnFamilyHandle}: handles are equal when they name
 * the same family (id and name) of the same database.
 *
 * <p>This is the shell the engine fills in: it is created by the engine (package-private
 * constructor) with the owning database, the family's id and name, and its options; {@link
 * #getName()} and {@link #getID()} answer from those. The default family's handle returned by
 * {@code getDefaultColumnFamily()} is created non-owning, so closing it does nothing.
 */
public class ColumnFamilyHandle extends RocksObject {
  private final RocksDB db;
  private final int id;
  private final byte[] name;
  private final ColumnFamilyOptions options;
  /** Whether this handle was created owning: only such handles become unusable when closed. */
  private final boolean owningAtCreation;

  /**
   * For the engine: a handle of family {@code id} named {@code name} in {@code db}.
   *
   * @param db the owning database (may be null in tests of this class)
   * @param id the family's id; 0 is the default family
   * @param name the family's name (copied)
   * @param options the family's options as opened, or null
   * @param owning whether closing this handle releases it; false for the default family's handle
   */
  ColumnFamilyHandle(
      final RocksDB db,
      final int id,
      final byte[] name,
      final ColumnFamilyOptions options,
      final boolean owning) {
    super(NativeHandles.next());
    this.db = db;
    this.id = id;
    this.name = name.clone();
    this.options = options;
    this.owningAtCreation = owning;
    if (!owning) {
      disOwnNativeHandle();
    }
  }

  /** For the engine: the database this handle belongs to. */
  RocksDB db() {
    return db;
  }

  /** For the engine: the options the family was opened or created with, or null. */
  ColumnFamilyOptions options() {
    return options;
  }

  /**
   * Returns the family's name.
   *
   * @return a copy of the name
   * @throws RocksDBException as in RocksJava's signature; not thrown here
   */
  public byte[] getName() throws RocksDBException {
    return name.clone();
  }

  /** Returns the family's id; 0 for the default family. */
  public int getID() {
    return id;
  }

  /**
   * Returns a descriptor with the family's name and options.
   *
   * @return the descriptor
   * @throws RocksDBException as in RocksJava's signature; not thrown here
   */
  public ColumnFamilyDescriptor getDescriptor() throws RocksDBException {
    return new ColumnFamilyDescriptor(getName(), options != null ? options : new ColumnFamilyOptions());
  }

  /** Returns whether this is the handle of the default family. */
  protected boolean isDefaultColumnFamily() {
    return id == 0;
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final ColumnFamilyHandle that = (ColumnFamilyHandle) o;
    return id == that.id && db == that.db && Arrays.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, System.identityHashCode(db), Arrays.hashCode(name));
  }

  /** Releases the handle (the family itself stays). */
  /** Whether the handle may still be used: not closed, and its database not closed. */
  boolean usable() {
    return (!owningAtCreation || isOwningHandle()) && db != null && !db.isClosed();
  }

  @Override
  protected void disposeInternal() {
    if (db != null) {
      db.forgetHandle(this);
    }
    disposeInternal(nativeHandle_);
  }

  @Override
  protected final void disposeInternal(final long handle) {}
}
