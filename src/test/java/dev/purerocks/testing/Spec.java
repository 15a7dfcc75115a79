package dev.purerocks.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Traces a test class or method to the clauses of the specification it checks, for example
 * {@code @Spec({"MT-GET-3", "MT-GET-4"})}. Retained at run time so that tooling can build a
 * clause-to-test coverage table by reflection; it has no effect on how a test runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Spec {
  /** The ids of the clauses the annotated test checks; at least one. */
  String[] value();
}
