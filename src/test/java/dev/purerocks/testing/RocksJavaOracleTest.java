package dev.purerocks.testing;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.rocksdb.RocksDB;

class RocksJavaOracleTest {

  @Test
  void load_loadsRocksJava1181() {
    RocksJavaOracle.load();
    RocksJavaOracle.load();
    assertThat(RocksDB.rocksdbVersion().toString()).isEqualTo(RocksJavaOracle.EXPECTED_VERSION);
  }
}
