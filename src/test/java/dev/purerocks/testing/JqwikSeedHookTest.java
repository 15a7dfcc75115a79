package dev.purerocks.testing;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Proves that the global {@link JqwikSeedHook} gives each property the seed derived from the master
 * seed, and that jqwik really generated with it.
 */
class JqwikSeedHookTest {

  @Property(tries = 20)
  @AddLifecycleHook(ExpectDerivedSeed.class)
  void property_runsWithSeedDerivedFromMasterSeed(@ForAll final long anyValue) {}

  @Property(tries = 20, seed = "42")
  @AddLifecycleHook(ExpectPinnedSeed.class)
  void pinnedSeed_isLeftAlone(@ForAll final long anyValue) {}

  /** Runs inside the global hook (higher proximity) and checks what it set up. */
  static class ExpectDerivedSeed implements AroundPropertyHook {
    @Override
    public int aroundPropertyProximity() {
      return 10;
    }

    String expectedSeed(final PropertyLifecycleContext context) {
      return Long.toString(
          TestSeed.seedFor(
              TestSeed.testId(context.containerClass(), context.targetMethod().getName())));
    }

    @Override
    public PropertyExecutionResult aroundProperty(
        final PropertyLifecycleContext context, final PropertyExecutor property) {
      final String expected = expectedSeed(context);
      final Optional<String> before = context.attributes().seed();
      final PropertyExecutionResult result = property.execute();
      if (!before.equals(Optional.of(expected))) {
        return result.mapToFailed("seed attribute " + before + ", expected " + expected);
      }
      if (!result.seed().equals(Optional.of(expected))) {
        return result.mapToFailed("jqwik used seed " + result.seed() + ", expected " + expected);
      }
      return result;
    }
  }

  /** Expects jqwik to keep the seed pinned with {@code @Property(seed = "42")}. */
  static class ExpectPinnedSeed extends ExpectDerivedSeed {
    @Override
    String expectedSeed(final PropertyLifecycleContext context) {
      return "42";
    }
  }
}
