/**
 * Test infrastructure shared by every test root ({@code src/test}, {@code compat-tests}, {@code
 * oracle-tests}).
 *
 * <ul>
 *   <li>{@link dev.purerocks.testing.TestSeed}: one master seed per test JVM ({@code
 *       -Dtests.seed=HEX}, printed once as {@code tests.seed=...}) and per-test streams derived
 *       from it. A JUnit test gets its stream by declaring a {@link java.util.SplittableRandom}
 *       parameter; other code calls {@code TestSeed.random(Class, String)}.
 *   <li>{@link dev.purerocks.testing.SeedExtension} (JUnit Jupiter) and {@link
 *       dev.purerocks.testing.JqwikSeedHook} (jqwik), both registered globally: they wire the
 *       seed in and, on failure, print the {@link dev.purerocks.testing.Reproduce} line {@code
 *       REPRODUCE WITH: ./mvnw process-test-classes surefire:test@<execution> -Dtest='<class>#<method>'
 *       -Dtests.seed=<hex>}, which re-runs exactly that test in its own Surefire execution.
 *   <li>{@link dev.purerocks.testing.Spec}: traces a test to specification clauses.
 *   <li>{@link dev.purerocks.testing.RocksJavaOracle}: loads RocksJava's native library or fails
 *       loudly.
 * </ul>
 *
 * <p>Surefire's default includes apply: test classes, jqwik ones included, must end in {@code
 * Test}.
 */
package dev.purerocks.testing;
