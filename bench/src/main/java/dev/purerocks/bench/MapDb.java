package dev.purerocks.bench;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The plain Java baseline: {@code ConcurrentSkipListMap<byte[], byte[]>} ordered by {@link
 * Arrays#compareUnsigned(byte[], byte[])}, RocksDB's bytewise order. A put stores copies of the
 * key and the value (a memtable owns its bytes, and RocksDB's arena holds the same payload); a get
 * returns the stored array without copying it, which favours the map over both engines, whose
 * gets return a fresh copy. Seeks walk a tail view in total order.
 */
final class MapDb implements Db {
  private final ConcurrentSkipListMap<byte[], byte[]> map =
      new ConcurrentSkipListMap<>(Arrays::compareUnsigned);

  @Override
  public void put(byte[] key, byte[] value) {
    map.put(key.clone(), value.clone());
  }

  @Override
  public byte[] get(byte[] key) {
    return map.get(key);
  }

  @Override
  public Cursor cursor() {
    return new Cursor() {
      @Override
      public long seekAndRead(byte[] target, int entries) {
        long sum = 0;
        Iterator<Map.Entry<byte[], byte[]>> it = map.tailMap(target, true).entrySet().iterator();
        for (int i = 0; i < entries && it.hasNext(); i++) {
          Map.Entry<byte[], byte[]> e = it.next();
          sum += (1L << 32) + (e.getKey()[15] & 0xff) + (e.getValue()[0] & 0xff);
        }
        return sum;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public long memTableBytes() {
    return -1;
  }

  @Override
  public void freezeMemTable() {}

  @Override
  public String property(String name) {
    return null;
  }

  @Override
  public void close() {
    map.clear();
  }
}
