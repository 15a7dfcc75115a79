package dev.purerocks;

/** Mirrors RocksJava's {@code OptionString}. */
public class OptionString {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public OptionString() {
    
  }

  /** Mirrors RocksJava's {@code Parser}. */
  static class Parser {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    Parser() {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public static java.util.List<OptionString.Entry> parse(final String value) {
      throw Unsupported.unchecked("Parser.parse");
    }

    /** Mirrors RocksJava's {@code Exception}. */
    static class Exception extends RuntimeException {
      /** Creates the object; parameters are kept where RocksJava keeps them. */
      public Exception(final String value) {
        super();
      }

    }
  }
  /** Mirrors RocksJava's {@code Entry}. */
  static class Entry {
    /** Same value as RocksJava's. */
    public final String key = null;

    /** Same value as RocksJava's. */
    public final OptionString.Value value = null;

    /** Not for callers: RocksJava gives this class no accessible constructor. */
    Entry() {
      
    }

    /** Behaves as RocksJava's member of the same name. */
    public String toString() {
      return super.toString();
    }

  }
  /** Mirrors RocksJava's {@code Value}. */
  static class Value {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Value(final java.util.List<String> p0, final java.util.List<OptionString.Entry> p1) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public static OptionString.Value fromComplex(final java.util.List<OptionString.Entry> value) {
      throw Unsupported.unchecked("Value.fromComplex");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public static OptionString.Value fromList(final java.util.List<String> value) {
      throw Unsupported.unchecked("Value.fromList");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean isList() {
      throw Unsupported.unchecked("Value.isList");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public String toString() {
      throw Unsupported.unchecked("Value.toString");
    }

  }
}
