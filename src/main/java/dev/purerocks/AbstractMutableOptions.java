package dev.purerocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Options that can be changed on an open database, as {@code key=value} pairs in the order they
 * were set; built with {@link MutableColumnFamilyOptions#builder()} / {@link
 * MutableDBOptions#builder()} and given to {@code RocksDB.setOptions} / {@code setDBOptions}.
 * Mirrors {@code org.rocksdb.AbstractMutableOptions}: {@link #toString()} is {@code
 * k1=v1;k2=v2}, int arrays render as {@code 1:2}, enums by name. The engine reads the pairs with
 * {@code getKeys()} / {@code getValues()}.
 */
public class AbstractMutableOptions {
  /** Separates the pairs in {@link #toString()}. */
  protected static final String KEY_VALUE_PAIR_SEPARATOR = ";";

  /** Separates a key from its value in {@link #toString()}. */
  protected static final char KEY_VALUE_SEPARATOR = '=';

  /** Separates the elements of an int array value. */
  static final String INT_ARRAY_INT_SEPARATOR = ":";

  /** The option names, in the order they were set. */
  protected final String[] keys;

  private final String[] values;

  /**
   * Creates options from parallel arrays of names and rendered values.
   *
   * @param keys the option names
   * @param values their values, rendered as strings
   */
  protected AbstractMutableOptions(final String[] keys, final String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** For the engine: the option names. */
  String[] getKeys() {
    return keys;
  }

  /** For the engine: the rendered values, parallel to {@link #getKeys()}. */
  String[] getValues() {
    return values;
  }

  /** Returns {@code k1=v1;k2=v2...}, which {@code parse} reads back. */
  @Override
  public String toString() {
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        sb.append(KEY_VALUE_PAIR_SEPARATOR);
      }
      sb.append(keys[i]).append(KEY_VALUE_SEPARATOR).append(values[i]);
    }
    return sb.toString();
  }

  /**
   * Collects typed option values; each key accepts only its own value type, as in RocksJava.
   *
   * @param <T> the options built
   * @param <U> the concrete builder (returned by the setters)
   * @param <K> the option keys
   */
  public abstract static class AbstractMutableOptionsBuilder<
      T extends AbstractMutableOptions,
      U extends AbstractMutableOptions.AbstractMutableOptionsBuilder<T, U, K>,
      K extends MutableOptionKey> {
    private final Map<K, Object> options = new LinkedHashMap<>();
    private final List<OptionString.Entry> unknown = new ArrayList<>();

    /** Creates an empty builder. */
    public AbstractMutableOptionsBuilder() {}

    /** Returns this builder as its concrete type. */
    protected abstract U self();

    /** Returns every key this builder accepts, by name. */
    protected abstract Map<String, K> allKeys();

    /**
     * Creates the options object.
     *
     * @param keys the option names
     * @param values their rendered values
     * @return the options
     */
    protected abstract T build(String[] keys, String[] values);

    /** Builds options holding every value set so far, in the order first set. */
    public T build() {
      final String[] keys = new String[options.size()];
      final String[] values = new String[options.size()];
      int i = 0;
      for (final Map.Entry<K, Object> e : options.entrySet()) {
        keys[i] = e.getKey().name();
        values[i] = render(e.getValue());
        i++;
      }
      return build(keys, values);
    }

    private static String render(final Object value) {
      if (value instanceof int[]) {
        final StringBuilder sb = new StringBuilder();
        for (final int v : (int[]) value) {
          if (sb.length() > 0) {
            sb.append(INT_ARRAY_INT_SEPARATOR);
          }
          sb.append(v);
        }
        return sb.toString();
      }
      if (value instanceof Enum<?>) {
        return ((Enum<?>) value).name();
      }
      return String.valueOf(value);
    }

    /** Returns the entries of a parsed string whose keys this builder does not know. */
    public List<OptionString.Entry> getUnknown() {
      return new ArrayList<>(unknown);
    }

    /**
     * Not supported yet: the option-string parser is not part of PureRocks; {@code
     * MutableColumnFamilyOptions.parse} reads simple {@code k=v;...} strings instead.
     */
    protected U fromParsed(final List<OptionString.Entry> entries, final boolean ignoreUnknown) {
      throw Unsupported.unchecked("AbstractMutableOptionsBuilder.fromParsed");
    }

    private U put(final K key, final MutableOptionKey.ValueType type, final String what, final Object value) {
      if (key.getValueType() != type) {
        throw new IllegalArgumentException(key + " does not accept " + what + " value");
      }
      options.put(key, value);
      return self();
    }

    private Object get(final K key) {
      final Object v = options.get(key);
      if (v == null) {
        throw new NoSuchElementException(key.name() + " has not been set");
      }
      return v;
    }

    /** Sets a double-valued option. */
    protected U setDouble(final K key, final double value) {
      return put(key, MutableOptionKey.ValueType.DOUBLE, "a double", value);
    }

    /** Sets a long-valued option. */
    protected U setLong(final K key, final long value) {
      return put(key, MutableOptionKey.ValueType.LONG, "a long", value);
    }

    /** Sets an int-valued option. */
    protected U setInt(final K key, final int value) {
      return put(key, MutableOptionKey.ValueType.INT, "an integer", value);
    }

    /** Sets a boolean option. */
    protected U setBoolean(final K key, final boolean value) {
      return put(key, MutableOptionKey.ValueType.BOOLEAN, "a boolean", value);
    }

    /** Sets an int-array option. */
    protected U setIntArray(final K key, final int[] value) {
      return put(key, MutableOptionKey.ValueType.INT_ARRAY, "an int array", value.clone());
    }

    /** Sets an enum option. */
    protected <N extends Enum<N>> U setEnum(final K key, final N value) {
      return put(key, MutableOptionKey.ValueType.ENUM, "a Enum", value);
    }

    /** Sets a string option. */
    protected U setString(final K key, final String value) {
      return put(key, MutableOptionKey.ValueType.STRING, "a String", value);
    }

    /** Returns a double option; NoSuchElementException if unset. */
    protected double getDouble(final K key) throws NoSuchElementException, NumberFormatException {
      return ((Number) get(key)).doubleValue();
    }

    /** Returns a long option; NoSuchElementException if unset. */
    protected long getLong(final K key) throws NoSuchElementException, NumberFormatException {
      return ((Number) get(key)).longValue();
    }

    /** Returns an int option; NoSuchElementException if unset. */
    protected int getInt(final K key) throws NoSuchElementException, NumberFormatException {
      return ((Number) get(key)).intValue();
    }

    /** Returns a boolean option; NoSuchElementException if unset. */
    protected boolean getBoolean(final K key) throws NoSuchElementException, NumberFormatException {
      return (Boolean) get(key);
    }

    /** Returns an int-array option; NoSuchElementException if unset. */
    protected int[] getIntArray(final K key) throws NoSuchElementException, NumberFormatException {
      return ((int[]) get(key)).clone();
    }

    /** Returns an enum option; NoSuchElementException if unset or not an enum. */
    @SuppressWarnings("unchecked")
    protected <N extends Enum<N>> N getEnum(final K key) throws NoSuchElementException, NumberFormatException {
      final Object v = get(key);
      if (!(v instanceof Enum<?>)) {
        throw new NoSuchElementException(key.name() + " is not of Enum type");
      }
      return (N) v;
    }

    /** Returns a string option; NoSuchElementException if unset. */
    protected String getString(final K key) {
      return String.valueOf(get(key));
    }

    /**
     * For the parsers: sets {@code key} from its textual value, by the key's value type.
     *
     * @return false if the value type cannot be set from text (enums)
     */
    boolean setFromText(final K key, final String text) {
      switch (key.getValueType()) {
        case DOUBLE:
          setDouble(key, Double.parseDouble(text));
          return true;
        case LONG:
          setLong(key, Long.parseLong(text));
          return true;
        case INT:
          setInt(key, Integer.parseInt(text));
          return true;
        case BOOLEAN:
          setBoolean(key, Boolean.parseBoolean(text));
          return true;
        case INT_ARRAY:
          final String[] parts = text.trim().split(INT_ARRAY_INT_SEPARATOR);
          final int[] ints = new int[parts.length];
          for (int i = 0; i < parts.length; i++) {
            ints[i] = Integer.parseInt(parts[i].trim());
          }
          setIntArray(key, ints);
          return true;
        case STRING:
          setString(key, text);
          return true;
        default:
          return false;
      }
    }

    /**
     * For the parsers: applies {@code k=v;k=v} text; unknown keys fail unless {@code
     * ignoreUnknown}.
     */
    U parseText(final String text, final boolean ignoreUnknown) {
      java.util.Objects.requireNonNull(text, "str");
      final Map<String, K> known = allKeys();
      for (final String pair : text.split(KEY_VALUE_PAIR_SEPARATOR)) {
        if (pair.isBlank()) {
          continue;
        }
        final int eq = pair.indexOf(KEY_VALUE_SEPARATOR);
        if (eq < 0) {
          throw new IllegalArgumentException("Invalid option: " + pair.trim());
        }
        final String name = pair.substring(0, eq).trim();
        final String value = pair.substring(eq + 1).trim();
        final K key = known.get(name);
        if (key == null || !setFromText(key, value)) {
          if (!ignoreUnknown) {
            throw new IllegalArgumentException("Unknown or unsupported option: " + name);
          }
        }
      }
      return self();
    }
  }
}
