package dev.purerocks.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every jqwik property draw its seed from the master seed of {@link TestSeed}, and prints the
 * {@link Reproduce} line when a property fails.
 *
 * <p>Registered globally through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}
 * and propagated to every property. Before a property runs, the hook sets jqwik's seed attribute
 * ({@link PropertyAttributes#setSeed(String)}, read lazily by jqwik 1.9.3 when the property starts
 * generating) to {@link TestSeed#seedFor(String)} of {@code ClassName#method}, written in decimal
 * as jqwik expects. A property can still pin its own seed with {@code @Property(seed = "...")}; the
 * hook then leaves it alone. jqwik treats a seed set this way as "fixed", which is allowed by its
 * default {@code jqwik.seeds.whenfixed = ALLOW}: do not change that setting to {@code FAIL}.
 *
 * <p>jqwik's test-run database is switched off in {@code junit-platform.properties} ({@code
 * jqwik.database} empty), so that a previous failure never substitutes its own seed or sample for
 * the master seed's.
 */
public final class JqwikSeedHook implements AroundPropertyHook {

  /** Public no-argument constructor, as {@link java.util.ServiceLoader} requires. */
  public JqwikSeedHook() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(final Optional<AnnotatedElement> element) {
    return element.map(e -> e instanceof Method).orElse(false);
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      final PropertyLifecycleContext context, final PropertyExecutor property) {
    final PropertyAttributes attributes = context.attributes();
    final boolean pinned = attributes.seed().filter(s -> !s.isEmpty()).isPresent();
    if (!pinned) {
      final String id = TestSeed.testId(context.containerClass(), context.targetMethod().getName());
      attributes.setSeed(Long.toString(TestSeed.seedFor(id)));
    }
    final PropertyExecutionResult result = property.execute();
    if (result.status() == PropertyExecutionResult.Status.FAILED) {
      final String line =
          Reproduce.line(context.containerClass(), context.targetMethod().getName())
              + (pinned ? "  (seed pinned by @Property(seed))" : "")
              + "  [jqwik seed "
              + result.seed().orElse("?")
              + "]";
      System.err.println(line);
      System.err.flush();
      result.throwable().ifPresent(t -> Reproduce.attach(t, line));
    }
    return result;
  }
}
