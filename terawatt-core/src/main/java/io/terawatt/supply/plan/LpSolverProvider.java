package io.terawatt.supply.plan;

import java.util.List;

/**
 * A source of {@link LpSolver} back ends, found at run time with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/io.terawatt.supply.plan.LpSolverProvider} entry in the back end's jar).
 * Core holds only this port; solver libraries live in their own module ({@code terawatt-solvers}),
 * so that the core compiles and tests without any solver jar.
 */
public interface LpSolverProvider {

  /** The back ends this provider offers, by command-line name (for example {@code glop}). */
  List<String> names();

  /** The back end to use when none is named; one of {@link #names()}. */
  String defaultName();

  /** Preference among providers when no back end is named: the highest wins. */
  default int priority() {
    return 0;
  }

  /**
   * A new solver.
   *
   * @param name one of {@link #names()}
   * @throws IllegalArgumentException for a name this provider does not offer
   */
  LpSolver create(String name);
}
