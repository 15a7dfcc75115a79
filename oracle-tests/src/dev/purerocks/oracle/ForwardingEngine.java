package dev.purerocks.oracle;

import java.util.List;

/** An engine that forwards every call; subclasses override calls to inject faults. */
class ForwardingEngine implements Engine {
  private final Engine delegate;

  ForwardingEngine(final Engine delegate) {
    this.delegate = delegate;
  }

  @Override
  public void open(final EngineConfig config, final String directory) throws Exception {
    delegate.open(config, directory);
  }

  @Override
  public String put(final byte[] key, final byte[] value) {
    return delegate.put(key, value);
  }

  @Override
  public String delete(final byte[] key) {
    return delegate.delete(key);
  }

  @Override
  public String singleDelete(final byte[] key) {
    return delegate.singleDelete(key);
  }

  @Override
  public String deleteRange(final byte[] begin, final byte[] end) {
    return delegate.deleteRange(begin, end);
  }

  @Override
  public String merge(final byte[] key, final byte[] value) {
    return delegate.merge(key, value);
  }

  @Override
  public String get(final byte[] key, final String snapshot) {
    return delegate.get(key, snapshot);
  }

  @Override
  public String multiGet(final List<byte[]> keys) {
    return delegate.multiGet(keys);
  }

  @Override
  public String keyMayExist(final byte[] key) {
    return delegate.keyMayExist(key);
  }

  @Override
  public String iterOpen(final String snapshot) {
    return delegate.iterOpen(snapshot);
  }

  @Override
  public String iterMove(final String move, final byte[] target) {
    return delegate.iterMove(move, target);
  }

  @Override
  public String snapshotTake(final String name) {
    return delegate.snapshotTake(name);
  }

  @Override
  public String snapshotRelease(final String name) {
    return delegate.snapshotRelease(name);
  }

  @Override
  public String columnFamily(final String action, final String name) {
    return delegate.columnFamily(action, name);
  }

  @Override
  public String background(final String action) {
    return delegate.background(action);
  }

  @Override
  public String flushNoWait() {
    return delegate.flushNoWait();
  }

  @Override
  public String counts() {
    return delegate.counts();
  }

  @Override
  public String flush() {
    return delegate.flush();
  }

  @Override
  public String writeBatch(final List<Op> batch, final boolean roundTrip) {
    return delegate.writeBatch(batch, roundTrip);
  }

  @Override
  public String getForm(final byte[] key, final String snapshot, final String form) {
    return delegate.getForm(key, snapshot, form);
  }

  @Override
  public String keyExists(final byte[] key, final String snapshot, final String form) {
    return delegate.keyExists(key, snapshot, form);
  }

  @Override
  public String multiGetForm(final List<byte[]> keys, final String snapshot, final String form) {
    return delegate.multiGetForm(keys, snapshot, form);
  }

  @Override
  public String iterOpenWith(final String snapshot, final byte[] lower, final byte[] upper,
      final String mode) {
    return delegate.iterOpenWith(snapshot, lower, upper, mode);
  }

  @Override
  public String iterRefresh(final String snapshot) {
    return delegate.iterRefresh(snapshot);
  }

  @Override
  public String iterStatus() {
    return delegate.iterStatus();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
