package dev.purerocks.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of an op log, with a one-line text form that {@link #parse} reads back:
 *
 * <pre>
 * put k v | delete k | singleDelete k | deleteRange b e | merge k v
 * batch [ put k v ; delete k ; ... ]
 * get k | get k @s1 | multiGet k1 k2 ... | keyMayExist k
 * iter open | iter open @s1 | iter first | iter last | iter seek k | iter seekForPrev k
 * iter next | iter prev
 * snapshot take s1 | snapshot release s1 | flush
 * cf create c1 | cf use c1 | cf use default | cf drop c1 | cf list
 * bg pause | bg continue | flush nowait | counts
 * batch [ put k v ; in c1 put k v ; ... ]     (an entry for family c1, not the current one)
 * </pre>
 *
 * <p>Issue 4's wider forms, each an optional trailing {@code @snapshot} and {@code name=value}
 * options after the plain arguments:
 *
 * <pre>
 * batch [ put a v1 ; savepoint ; delete b ; rollback ; popSavePoint ; merge c m ] | batch [ ]
 * batch roundtrip [ ... ]            (written as new WriteBatch(batch.data()))
 * get k form=array|buffer:N|slice|slicebuffer:N|direct:N|heap:N    (N: value buffer size)
 * keyExists k [@s1] [form=buffer]
 * multiGet k1 k1 k2 [@s1] form=ro|bb:N|bbheap:N     (bbheap: heap value buffers)
 * iter open [@s1] [lower=k] [upper=k] [mode=total|prefix|same|auto]
 * iter refresh | iter refresh @s1 | iter status
 * </pre>
 */
record Op(String verb, List<String> args, List<Op> batch) {
  static Op of(final String verb, final String... args) {
    return new Op(verb, List.of(args), List.of());
  }

  static Op batch(final List<Op> ops) {
    return new Op("batch", List.of(), List.copyOf(ops));
  }

  boolean isWrite() {
    switch (verb) {
      case "put": case "delete": case "singleDelete": case "deleteRange": case "merge":
      case "batch":
        return true;
      default:
        return false;
    }
  }

  /** The entry inside {@code in c1 put k v}: {@code put k v}. */
  Op inner() {
    return new Op(args.get(1), List.copyOf(args.subList(2, args.size())), List.of());
  }

  byte[] arg(final int i) {
    return Codec.bytes(args.get(i));
  }

  /** The arguments that are neither {@code @snapshot} nor {@code name=value} options. */
  List<String> plainArgs() {
    final List<String> out = new ArrayList<>();
    for (final String a : args) {
      if (!a.startsWith("@") && !a.contains("=")) {
        out.add(a);
      }
    }
    return out;
  }

  /** The snapshot named by an {@code @name} argument, or null. */
  String snapshot() {
    for (final String a : args) {
      if (a.startsWith("@")) {
        return a.substring(1);
      }
    }
    return null;
  }

  /** The value of the {@code name=value} option, or null. */
  String option(final String name) {
    for (final String a : args) {
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    if (verb.equals("batch")) {
      final List<String> parts = new ArrayList<>();
      for (final Op op : batch) {
        parts.add(op.toString());
      }
      final String head = args.isEmpty() ? "batch" : "batch " + String.join(" ", args);
      return parts.isEmpty() ? head + " [ ]" : head + " [ " + String.join(" ; ", parts) + " ]";
    }
    return args.isEmpty() ? verb : verb + " " + String.join(" ", args);
  }

  static Op parse(final String line) {
    final String s = line.trim();
    if (s.startsWith("batch")) {
      final int open = s.indexOf('[');
      final int close = s.lastIndexOf(']');
      if (open < 0 || close < open) {
        throw new IllegalArgumentException("malformed batch: " + line);
      }
      final List<Op> ops = new ArrayList<>();
      for (final String part : s.substring(open + 1, close).split(";")) {
        if (!part.isBlank()) {
          ops.add(parse(part));
        }
      }
      final String head = s.substring("batch".length(), open).trim();
      return new Op("batch", head.isEmpty() ? List.of() : List.of(head.split("\\s+")),
          List.copyOf(ops));
    }
    final String[] words = s.split("\\s+");
    final String verb;
    final int first;
    if ((words[0].equals("iter") || words[0].equals("snapshot") || words[0].equals("cf")
        || words[0].equals("bg") || words[0].equals("flush")) && words.length > 1) {
      verb = words[0] + " " + words[1];
      first = 2;
    } else {
      verb = words[0];
      first = 1;
    }
    final List<String> args = new ArrayList<>();
    for (int i = first; i < words.length; i++) {
      args.add(words[i]);
    }
    final Op op = new Op(verb, List.copyOf(args), List.of());
    if (!op.toString().equals(s.replaceAll("\\s+", " "))) {
      throw new IllegalArgumentException("unparseable op: " + line);
    }
    return op;
  }
}
