// One-off generator: emits dev.purerocks skeletons for RocksJava 11.8.1's signature closure by
// reflection over the jar (run: java -cp rocksdbjni.jar tools/GenSurface.java REFDIR OUTDIR).
// Skips files that already exist, so hand edits survive a re-run.
import java.io.*;
import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class GenSurface {
  static Path out;
  static Set<String> handWritten = Set.of("Status", "RocksDBException", "MemTableConfig",
      "SkipListMemTableConfig", "HashSkipListMemTableConfig", "HashLinkedListMemTableConfig",
      "VectorMemTableConfig", "AbstractNativeReference", "AbstractImmutableNativeReference",
      "RocksObject", "RocksMutableObject", "RocksCallbackObject");
  static String curPkg;

  public static void main(String[] a) throws Exception {
    Path ref = Paths.get(a[0]);
    out = Paths.get(a[1]);
    org.rocksdb.RocksDB.loadLibrary();
    Set<String> names = new TreeSet<>();
    for (String l : Files.readAllLines(ref.resolve("in-scope-classes.txt"))) {
      if (!l.isBlank() && !l.startsWith("#")) names.add(l.trim());
    }
    for (String l : Files.readAllLines(ref.resolve("in-scope-closure.txt"))) {
      if (!l.isBlank() && !l.startsWith("#")) names.add(l.split("\t")[0].trim());
    }
    if (a.length > 2 && a[2].equals("all")) {
      // every accessible class of the jar, not only the closure
      try (java.util.jar.JarFile jf = new java.util.jar.JarFile(Paths.get(org.rocksdb.RocksDB.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
        for (var en = jf.entries(); en.hasMoreElements(); ) {
          String e = en.nextElement().getName();
          if (!e.startsWith("org/rocksdb/") || !e.endsWith(".class") || e.contains("$")) continue;
          Class<?> k = Class.forName(e.substring(0, e.length() - 6).replace('/', '.'), false, GenSurface.class.getClassLoader());
          if (!k.isSynthetic()) names.add(k.getName().substring("org.rocksdb.".length()));
        }
      }
    }
    Set<String> tops = new TreeSet<>();
    for (String n : names) {
      if (n.startsWith("util.")) tops.add(n);
      else tops.add(n.split("\\.")[0]);
    }
    System.err.println("closure " + names.size() + " top-level " + tops.size());
    for (String t : tops) {
      if (handWritten.contains(t)) continue;
      Class<?> c = Class.forName("org.rocksdb." + t);
      String pkg = t.startsWith("util.") ? "dev.purerocks.util" : "dev.purerocks";
      curPkg = pkg;
      Path f = out.resolve(pkg.replace('.', '/')).resolve(c.getSimpleName() + ".java");
      if (Files.exists(f)) { System.err.println("exists " + f); continue; }
      StringBuilder sb = new StringBuilder();
      sb.append("package ").append(pkg).append(";\n\n");
      emitClass(sb, c, "");
      Files.createDirectories(f.getParent());
      Files.writeString(f, sb.toString());
    }
  }

  static boolean acc(int m) { return (m & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0; }

  static String tn(Type t) {
    if (t instanceof Class<?> c) {
      if (c.isArray()) return tn(c.getComponentType()) + "[]";
      if (c.isPrimitive()) return c.getName();
      String n = c.getName().replace('$', '.');
      if (n.startsWith("org.rocksdb.")) {
        String rest = n.substring("org.rocksdb.".length());
        if (rest.startsWith("util.")) {
          return curPkg.equals("dev.purerocks.util") ? rest.substring(5) : "dev.purerocks." + rest;
        }
        return curPkg.equals("dev.purerocks") ? rest : "dev.purerocks." + rest;
      }
      if (n.startsWith("java.lang.") && n.indexOf('.', 10) < 0) return n.substring(10);
      return n;
    }
    if (t instanceof ParameterizedType p) {
      return tn(p.getRawType()) + "<" + Arrays.stream(p.getActualTypeArguments()).map(GenSurface::tn).collect(Collectors.joining(", ")) + ">";
    }
    if (t instanceof TypeVariable<?> v) return v.getName();
    if (t instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) return "? super " + tn(w.getLowerBounds()[0]);
      Type[] ub = w.getUpperBounds();
      if (ub.length == 0 || ub[0] == Object.class) return "?";
      return "? extends " + tn(ub[0]);
    }
    if (t instanceof GenericArrayType g) return tn(g.getGenericComponentType()) + "[]";
    throw new IllegalStateException(t.toString());
  }

  static String tparams(TypeVariable<?>[] vs) {
    if (vs.length == 0) return "";
    return "<" + Arrays.stream(vs).map(v -> {
      Type[] b = v.getBounds();
      if (b.length == 1 && b[0] == Object.class) return v.getName();
      return v.getName() + " extends " + Arrays.stream(b).map(GenSurface::tn).collect(Collectors.joining(" & "));
    }).collect(Collectors.joining(", ")) + ">";
  }

  static String vis(int m) { return Modifier.isPublic(m) ? "public " : Modifier.isProtected(m) ? "protected " : Modifier.isPrivate(m) ? "private " : ""; }

  static String lit(Object v, Class<?> type) {
    if (v == null) return "null";
    if (type == long.class || v instanceof Long) {
      long l = (Long) v;
      if (l == Long.MIN_VALUE) return "Long.MIN_VALUE";
      if (l == Long.MAX_VALUE) return "Long.MAX_VALUE";
      return l + "L";
    }
    if (type == int.class || v instanceof Integer) {
      int i = (Integer) v;
      if (i == Integer.MIN_VALUE) return "Integer.MIN_VALUE";
      return Integer.toString(i);
    }
    if (v instanceof Double d) {
      if (d.isNaN()) return "Double.NaN";
      if (d.isInfinite()) return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
      if (d == Double.MAX_VALUE) return "Double.MAX_VALUE";
      return d.toString();
    }
    if (v instanceof Float fl) return fl + "f";
    if (v instanceof Byte b) return "(byte) " + b;
    if (v instanceof Short s) return "(short) " + s;
    if (v instanceof Character ch) return "(char) " + (int) ch;
    if (v instanceof Boolean) return v.toString();
    if (v instanceof String s) return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    if (v instanceof Enum<?> e) return tn(e.getDeclaringClass()) + "." + e.name();
    if (v.getClass().isArray()) {
      int n = Array.getLength(v);
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) parts.add(lit(Array.get(v, i), v.getClass().getComponentType()));
      return "new " + tn(v.getClass().getComponentType()) + "[] {" + String.join(", ", parts) + "}";
    }
    if (v instanceof List<?> l && l.isEmpty()) return "new java.util.ArrayList<>()";
    System.err.println("WARN no literal for " + v.getClass());
    return "null /* TODO " + v.getClass().getSimpleName() + " */";
  }

  static String defaultArg(Class<?> p) {
    if (p == boolean.class) return "false";
    if (p == long.class) return "NativeHandles.next()";
    if (p.isPrimitive()) return "(" + p.getName() + ") 0";
    return "null";
  }

  static String decap(String s) { return Character.toLowerCase(s.charAt(0)) + s.substring(1); }

  static void emitClass(StringBuilder sb, Class<?> c, String ind) throws Exception {
    int m = c.getModifiers();
    String kind = c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class";
    sb.append(ind).append("/** Mirrors RocksJava's {@code ").append(c.getSimpleName()).append("}. */\n");
    sb.append(ind).append(vis(m));
    if (!c.isEnum() && !c.isInterface()) {
      if (Modifier.isAbstract(m)) sb.append("abstract ");
      if (c.getDeclaringClass() != null && Modifier.isStatic(m)) sb.append("static ");
      if (Modifier.isFinal(m)) sb.append("final ");
    }
    sb.append(kind).append(" ").append(c.getSimpleName()).append(tparams(c.getTypeParameters()));
    if (!c.isEnum() && !c.isInterface() && c.getSuperclass() != Object.class) {
      sb.append(" extends ").append(tn(c.getGenericSuperclass()));
    }
    Type[] ifs = c.getGenericInterfaces();
    if (ifs.length > 0) {
      sb.append(c.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(ifs).map(GenSurface::tn).collect(Collectors.joining(", ")));
    }
    sb.append(" {\n");
    String in = ind + "  ";
    Object fresh = null;
    if (!c.isInterface() && !c.isEnum() && !Modifier.isAbstract(m)) {
      try {
        Constructor<?> k = c.getConstructor();
        fresh = k.newInstance();
      } catch (Throwable e) { }
    }
    // enum constants
    List<Method> enumGetters = new ArrayList<>();
    if (c.isEnum()) {
      for (Method mm : sorted(c.getDeclaredMethods())) {
        if (!Modifier.isStatic(mm.getModifiers()) && mm.getParameterCount() == 0 && acc(mm.getModifiers())
            && !mm.isSynthetic() && mm.getReturnType() != void.class) enumGetters.add(mm);
      }
      List<String> consts = new ArrayList<>();
      for (Object e : c.getEnumConstants()) {
        List<String> args = new ArrayList<>();
        for (Method g : enumGetters) {
          g.setAccessible(true);
          args.add(lit(g.invoke(e), g.getReturnType()));
        }
        consts.add(in + ((Enum<?>) e).name() + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")"));
      }
      sb.append(String.join(",\n", consts)).append(";\n\n");
      for (Method g : enumGetters) {
        sb.append(in).append("private final ").append(tn(g.getGenericReturnType())).append(" ").append(g.getName()).append("_;\n");
      }
      if (!enumGetters.isEmpty()) {
        sb.append("\n").append(in).append(c.getSimpleName()).append("(");
        sb.append(enumGetters.stream().map(g -> tn(g.getGenericReturnType()) + " " + g.getName()).collect(Collectors.joining(", ")));
        sb.append(") {\n");
        for (Method g : enumGetters) sb.append(in).append("  this.").append(g.getName()).append("_ = ").append(g.getName()).append(";\n");
        sb.append(in).append("}\n\n");
      }
    }
    // fields
    for (Field f : sorted(c.getDeclaredFields())) {
      int fm = f.getModifiers();
      if (!acc(fm) || f.isSynthetic() || f.isEnumConstant()) continue;
      sb.append(in).append("/** Same value as RocksJava's. */\n").append(in);
      if (!c.isInterface()) {
        sb.append(vis(fm));
        if (Modifier.isStatic(fm)) sb.append("static ");
        if (Modifier.isFinal(fm)) sb.append("final ");
      }
      sb.append(tn(f.getGenericType())).append(" ").append(f.getName());
      if (Modifier.isStatic(fm)) {
        f.setAccessible(true);
        sb.append(" = ").append(lit(f.get(null), f.getType()));
      } else {
        System.err.println("WARN instance field " + c.getName() + "#" + f.getName());
        if (Modifier.isFinal(fm)) sb.append(" = ").append(f.getType().isPrimitive() ? "0" : "null");
      }
      sb.append(";\n\n");
    }
    // constructors
    boolean anyCtor = false;
    if (!c.isInterface() && !c.isEnum()) {
      for (Constructor<?> k : sortedC(c.getDeclaredConstructors())) {
        if (!acc(k.getModifiers()) || k.isSynthetic()) continue;
        anyCtor = true;
        sb.append(in).append("/** Creates the object; parameters are kept where RocksJava keeps them. */\n");
        sb.append(in).append(vis(k.getModifiers())).append(tparams(k.getTypeParameters())).append(tparams(k.getTypeParameters()).isEmpty() ? "" : " ").append(c.getSimpleName());
        sb.append(params(k, c)).append(throwsC(k)).append(" {\n");
        sb.append(in).append("  ").append(superCall(c)).append("\n");
        sb.append(in).append("}\n\n");
      }
      if (!anyCtor) {
        sb.append(in).append("/** Not for callers: RocksJava gives this class no accessible constructor. */\n");
        sb.append(in).append(c.getSimpleName()).append("() {\n").append(in).append("  ").append(superCall(c)).append("\n").append(in).append("}\n\n");
      }
    }
    // methods
    Map<String, Method> byName = new HashMap<>();
    for (Method mm : c.getDeclaredMethods()) if (mm.getParameterCount() == 0 && acc(mm.getModifiers()) && !mm.isBridge()) byName.put(mm.getName(), mm);
    Set<String> usedFields = new HashSet<>();
    Set<String> getterFields = new HashSet<>();
    Map<String, String> getterToField = new HashMap<>();
    StringBuilder fieldDecls = new StringBuilder();
    List<Method> methods = sorted(c.getDeclaredMethods());
    // pass 1: pairs
    Map<Method, String> setterField = new HashMap<>();
    if (!c.isInterface() && !c.isEnum()) {
      for (Method s : methods) {
        int sm = s.getModifiers();
        if (!acc(sm) || s.isBridge() || s.isSynthetic() || Modifier.isStatic(sm) || Modifier.isAbstract(sm)) continue;
        if (s.getParameterCount() != 1 || !s.getName().startsWith("set") || s.getName().length() < 4) continue;
        String base = s.getName().substring(3);
        Type pt = s.getGenericParameterTypes()[0];
        Method g = null;
        for (String cand : List.of(decap(base), "get" + base, "is" + base)) {
          Method x = byName.get(cand);
          if (x != null && !Modifier.isStatic(x.getModifiers()) && tn(x.getGenericReturnType()).equals(tn(pt))) { g = x; break; }
        }
        String fname = decap(base);
        if (fname.equals("default") || fname.equals("native")) fname = fname + "_";
        if (usedFields.contains(fname)) fname = fname + s.getParameterTypes()[0].getSimpleName().replace("[]", "Array");
        if (usedFields.contains(fname)) continue;
        usedFields.add(fname);
        setterField.put(s, fname);
        String init = "";
        if (g != null) {
          getterToField.put(g.getName(), fname);
          if (fresh != null) {
            try {
              Object v = g.invoke(fresh);
              if (v != null || !s.getParameterTypes()[0].isPrimitive()) init = " = " + lit(v, g.getReturnType());
            } catch (Throwable e) { System.err.println("WARN getter " + c.getSimpleName() + "#" + g.getName() + " " + e.getCause()); }
          }
        }
        fieldDecls.append(in).append("private ").append(tn(pt)).append(" ").append(fname).append(init).append(";\n");
      }
    }
    sb.append(fieldDecls).append(fieldDecls.length() > 0 ? "\n" : "");
    for (Method mm : methods) {
      int mmod = mm.getModifiers();
      if (!acc(mmod) || mm.isBridge() || mm.isSynthetic()) continue;
      if (c.isEnum() && (mm.getName().equals("values") && mm.getParameterCount() == 0
          || mm.getName().equals("valueOf") && mm.getParameterCount() == 1 && mm.getParameterTypes()[0] == String.class)) continue;
      String sig = c.getSimpleName() + "." + mm.getName();
      sb.append(in).append("/** ");
      String body;
      boolean throwsRdb = Arrays.asList(mm.getExceptionTypes()).contains(org.rocksdb.RocksDBException.class);
      String unsupported = throwsRdb ? "throw Unsupported.feature(\"" + sig + "\");" : "throw Unsupported.unchecked(\"" + sig + "\");";
      if (setterField.containsKey(mm)) {
        String fn = setterField.get(mm);
        String pn = "value";
        StringBuilder b = new StringBuilder();
        Class<?> p0 = mm.getParameterTypes()[0];
        if (p0.isEnum() || Set.of("MemTableConfig", "TableFormatConfig", "AbstractComparator", "MergeOperator", "WriteBufferManager").contains(p0.getSimpleName())) {
          b.append("java.util.Objects.requireNonNull(value);\n" + in + "  ");
        }
        b.append("this.").append(fn).append(" = ").append(pn).append(";");
        if (mm.getReturnType() != void.class) b.append("\n").append(in).append("  return this;");
        body = b.toString();
        sb.append("Stores the value").append(getterToField.containsValue(fn) ? "; see the matching getter." : " for the engine.").append(" */\n");
      } else if (getterToField.containsKey(mm.getName()) && mm.getParameterCount() == 0 && !Modifier.isStatic(mmod)) {
        body = "return " + getterToField.get(mm.getName()) + ";";
        sb.append("Returns the stored value (RocksJava's default until set). */\n");
      } else if (c.isEnum() && enumGetters.contains(mm)) {
        body = "return " + mm.getName() + "_;";
        sb.append("Returns the same value as RocksJava's constant. */\n");
      } else if (c.isEnum() && Modifier.isStatic(mmod) && mm.getParameterCount() == 1) {
        body = enumLookup(c, mm, enumGetters, in);
        sb.append("Looks a constant up as RocksJava does. */\n");
      } else if (mm.getName().equals("disposeInternal")) {
        body = "// nothing native to free";
        sb.append("Nothing to free: PureRocks has no native memory. */\n");
      } else if (mm.getName().equals("initializeNative")) {
        body = "return NativeHandles.next();";
        sb.append("Returns a fresh handle id: there is no native peer. */\n");
      } else {
        body = unsupported;
        sb.append("Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */\n");
      }
      sb.append(in);
      if (c.isInterface()) {
        if (Modifier.isStatic(mmod)) sb.append("static ");
        else if (mm.isDefault()) sb.append("default ");
      } else {
        sb.append(vis(mmod));
        if (Modifier.isAbstract(mmod)) sb.append("abstract ");
        if (Modifier.isStatic(mmod)) sb.append("static ");
        if (Modifier.isFinal(mmod)) sb.append("final ");
        if (Modifier.isSynchronized(mmod)) sb.append("synchronized ");
      }
      String tp = tparams(mm.getTypeParameters());
      if (!tp.isEmpty()) sb.append(tp).append(" ");
      sb.append(tn(mm.getGenericReturnType())).append(" ").append(mm.getName()).append(params(mm, null)).append(throwsC(mm));
      if (Modifier.isAbstract(mmod)) sb.append(";\n\n");
      else sb.append(" {\n").append(in).append("  ").append(body).append("\n").append(in).append("}\n\n");
    }
    for (Class<?> n : c.getDeclaredClasses()) {
      if (!n.isAnonymousClass() && !n.isSynthetic()) emitClass(sb, n, in);
    }
    sb.append(ind).append("}\n");
  }

  static String enumLookup(Class<?> c, Method mm, List<Method> getters, String in) throws Exception {
    Class<?> p = mm.getParameterTypes()[0];
    Method key = null;
    for (Method g : getters) if (g.getReturnType() == p) { key = g; break; }
    if (key == null || !mm.getReturnType().equals(c)) return "throw Unsupported.unchecked(\"" + c.getSimpleName() + "." + mm.getName() + "\");";
    // probe with an invalid value
    Object bad = p == byte.class ? (Object) (byte) 99 : p == int.class ? (Object) 9999 : p == long.class ? (Object) 9999L : p == String.class ? "no-such-value" : null;
    String miss;
    try {
      Object r = mm.invoke(null, bad);
      miss = "return " + lit(r, c) + ";";
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      String msg = t.getMessage();
      String expr = msg == null ? "" : lit(msg, String.class).replace(String.valueOf(bad), "\" + value + \"");
      miss = "throw new " + t.getClass().getName() + "(" + expr + ");";
    }
    String cmp = p.isPrimitive() ? "c." + key.getName() + "_ == value" : "c." + key.getName() + "_.equals(value)";
    return "for (final " + c.getSimpleName() + " c : values()) {\n" + in + "    if (" + cmp + ") {\n" + in + "      return c;\n" + in + "    }\n" + in + "  }\n" + in + "  " + miss;
  }

  static String params(Executable e, Class<?> ownerForInner) {
    Type[] gts = e.getGenericParameterTypes();
    Class<?>[] raw = e.getParameterTypes();
    if (gts.length != raw.length) System.err.println("WARN generic/raw mismatch " + e);
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < gts.length; i++) {
      String t = tn(gts[i]);
      if (e.isVarArgs() && i == gts.length - 1) t = t.substring(0, t.length() - 2) + "...";
      String name = gts.length == 1 ? "value" : "p" + i;
      ps.add("final " + t + " " + name);
    }
    return "(" + String.join(", ", ps) + ")";
  }

  static String throwsC(Executable e) {
    Type[] ex = e.getGenericExceptionTypes();
    if (ex.length == 0) return "";
    return " throws " + Arrays.stream(ex).map(GenSurface::tn).collect(Collectors.joining(", "));
  }

  static String superCall(Class<?> c) {
    Class<?> s = c.getSuperclass();
    if (s == Object.class) return "";
    Constructor<?> best = null;
    for (Constructor<?> k : s.getDeclaredConstructors()) {
      if (!acc(k.getModifiers())) continue;
      if (best == null || k.getParameterCount() < best.getParameterCount()) best = k;
    }
    if (best == null) return "super();";
    List<String> args = new ArrayList<>();
    Class<?>[] pt = best.getParameterTypes();
    for (int i = 0; i < pt.length; i++) {
      if (best.isVarArgs() && i == pt.length - 1) continue;
      args.add(defaultArg(pt[i]));
    }
    return "super(" + String.join(", ", args) + ");";
  }

  static List<Method> sorted(Method[] ms) {
    return Arrays.stream(ms).sorted(Comparator.comparing(Method::getName).thenComparing(x -> Arrays.toString(x.getParameterTypes()))).collect(Collectors.toList());
  }
  static List<Constructor<?>> sortedC(Constructor<?>[] ms) {
    return Arrays.stream(ms).sorted(Comparator.comparing(x -> Arrays.toString(x.getParameterTypes()))).collect(Collectors.toList());
  }
  static List<Field> sorted(Field[] fs) {
    return Arrays.stream(fs).sorted(Comparator.comparing(Field::getName)).collect(Collectors.toList());
  }
}
