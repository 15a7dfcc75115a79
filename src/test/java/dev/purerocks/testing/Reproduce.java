package dev.purerocks.testing;

/**
 * Builds the command line that re-runs one test with this JVM's master seed.
 *
 * <p>The build runs three Surefire executions over one test class path ({@code default-test} for
 * {@code src/test}, {@code compat-tests} and {@code oracle-tests} for the extra roots), and {@code
 * -Dtest} overrides every execution's includes and excludes, so {@code ./mvnw test -Dtest=X} would
 * run X once in each of them. The command therefore builds the test classes ({@code
 * process-test-classes}, which also creates the test temp directory) and then invokes only the
 * owning execution by id:
 *
 * <pre>
 * ./mvnw process-test-classes surefire:test@compat-tests -Dtest='dev.purerocks.compat.MemTableConfigCompatTest#defaults' -Dtests.seed=0123456789ABCDEF
 * </pre>
 */
public final class Reproduce {
  /** The prefix of every reproduce line, easy to grep in build logs. */
  public static final String PREFIX = "REPRODUCE WITH: ";

  private Reproduce() {}

  /** Returns the id of the Surefire execution that runs {@code testClass}. */
  public static String execution(final Class<?> testClass) {
    final String name = testClass.getName();
    if (name.startsWith("dev.purerocks.compat.")) {
      return "compat-tests";
    }
    if (name.startsWith("dev.purerocks.oracle.")) {
      return "oracle-tests";
    }
    return "default-test";
  }

  /**
   * Returns the reproduce line for one test method, or for a whole class when {@code methodName} is
   * {@code null}.
   */
  public static String line(final Class<?> testClass, final String methodName) {
    final Class<?> top = topLevel(testClass);
    final String filter =
        methodName == null ? classFilter(testClass) : classFilter(testClass) + '#' + methodName;
    return PREFIX
        + "./mvnw process-test-classes surefire:test@"
        + execution(top)
        + " -Dtest='"
        + filter
        + "' -D"
        + TestSeed.PROPERTY
        + "="
        + TestSeed.masterHex();
  }

  /**
   * The fully qualified binary name: a simple name would also match same-named classes in other
   * packages, and {@code -Dtest} ignores the execution's includes. A nested class appears as {@code
   * Outer$Inner}; the single quotes protect the {@code $} from the shell.
   */
  private static String classFilter(final Class<?> testClass) {
    return testClass.getName();
  }

  private static Class<?> topLevel(Class<?> c) {
    while (c.getEnclosingClass() != null) {
      c = c.getEnclosingClass();
    }
    return c;
  }

  /**
   * A stackless marker attached as a suppressed exception to a failure, so that the reproduce line
   * appears in Surefire's console report and XML even though test output is redirected to files.
   */
  static final class Line extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Line(final String line) {
      super(line, null, false, false);
    }
  }

  /** Attaches {@code line} to {@code failure} unless an identical line is already attached. */
  static void attach(final Throwable failure, final String line) {
    for (final Throwable s : failure.getSuppressed()) {
      if (s instanceof Line && line.equals(s.getMessage())) {
        return;
      }
    }
    failure.addSuppressed(new Line(line));
  }
}
