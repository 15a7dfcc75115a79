package dev.purerocks.testing;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Ties every JUnit Jupiter test to the master seed of {@link TestSeed}.
 *
 * <p>Registered for all Jupiter tests by service loading ({@code
 * META-INF/services/org.junit.jupiter.api.extension.Extension} plus {@code
 * junit.jupiter.extensions.autodetection.enabled=true} in {@code junit-platform.properties}); no
 * test needs {@code @ExtendWith}. It
 *
 * <ul>
 *   <li>resolves a test-method parameter of type {@link SplittableRandom} to the test's own stream,
 *       {@link TestSeed#random(String)} of {@code ClassName#method} (plus the invocation, for
 *       repeated and parameterized tests, so that invocations differ);
 *   <li>on failure of a test or of its {@code @BeforeEach}/{@code @AfterEach}, attaches the {@link
 *       Reproduce} line to the exception (Surefire's console report shows it) and prints it to
 *       stderr beside the test's output.
 * </ul>
 *
 * <p>Jqwik properties run on jqwik's own engine and get the same service from {@link
 * JqwikSeedHook}.
 */
public final class SeedExtension
    implements ParameterResolver,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler,
        TestWatcher {

  /** Public no-argument constructor, as {@link java.util.ServiceLoader} requires. */
  public SeedExtension() {}

  @Override
  public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext ctx) {
    return parameter.getParameter().getType() == SplittableRandom.class
        && ctx.getTestMethod().isPresent();
  }

  @Override
  public Object resolveParameter(final ParameterContext parameter, final ExtensionContext ctx) {
    return TestSeed.random(streamId(ctx));
  }

  @Override
  public void handleTestExecutionException(final ExtensionContext ctx, final Throwable t)
      throws Throwable {
    throw withReproduceLine(ctx, t);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(
      final ExtensionContext ctx, final Throwable t) throws Throwable {
    throw withReproduceLine(ctx, t);
  }

  @Override
  public void handleAfterEachMethodExecutionException(final ExtensionContext ctx, final Throwable t)
      throws Throwable {
    throw withReproduceLine(ctx, t);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(final ExtensionContext ctx, final Throwable t)
      throws Throwable {
    throw withReproduceLine(ctx, t);
  }

  @Override
  public void handleAfterAllMethodExecutionException(final ExtensionContext ctx, final Throwable t)
      throws Throwable {
    throw withReproduceLine(ctx, t);
  }

  @Override
  public void testFailed(final ExtensionContext ctx, final Throwable cause) {
    System.err.println(reproduceLine(ctx));
    System.err.flush();
  }

  /**
   * The id of a test's random stream: {@code ClassName#method}, plus {@code [n]} for the n-th
   * invocation of a repeated or parameterized test.
   */
  static String streamId(final ExtensionContext ctx) {
    final String base =
        TestSeed.testId(ctx.getRequiredTestClass(), ctx.getRequiredTestMethod().getName());
    final String uniqueId = ctx.getUniqueId();
    final String marker = "[test-template-invocation:";
    final int at = uniqueId.lastIndexOf(marker);
    if (at < 0) {
      return base;
    }
    final int end = uniqueId.indexOf(']', at);
    return base + '[' + uniqueId.substring(at + marker.length(), end) + ']';
  }

  private static Throwable withReproduceLine(final ExtensionContext ctx, final Throwable t) {
    if (!(t instanceof TestAbortedException)) {
      Reproduce.attach(t, reproduceLine(ctx));
    }
    return t;
  }

  private static String reproduceLine(final ExtensionContext ctx) {
    final Optional<Method> method = ctx.getTestMethod();
    return Reproduce.line(ctx.getRequiredTestClass(), method.map(Method::getName).orElse(null));
  }
}
