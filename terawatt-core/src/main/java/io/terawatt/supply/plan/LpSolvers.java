package io.terawatt.supply.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The LP back ends on the class path ({@link LpSolverProvider}s), by name. Without any, planning
 * fails with a message that says which module to add.
 */
public final class LpSolvers {
  private LpSolvers() {}

  /** The providers found, highest priority first. */
  static List<LpSolverProvider> providers() {
    List<LpSolverProvider> found = new ArrayList<>();
    ServiceLoader.load(LpSolverProvider.class, LpSolvers.class.getClassLoader())
        .forEach(found::add);
    found.sort(Comparator.comparingInt(LpSolverProvider::priority).reversed());
    return found;
  }

  /** Names of every back end on the class path, in provider order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    providers().forEach(p -> names.addAll(p.names()));
    return names;
  }

  /**
   * Name of the default back end: the highest-priority provider's default.
   *
   * @throws IllegalStateException when no back end is on the class path
   */
  public static String defaultName() {
    return defaultProvider().defaultName();
  }

  /**
   * Solvers of the highest-priority provider's default back end.
   *
   * @throws IllegalStateException when no back end is on the class path
   */
  public static Supplier<LpSolver> defaultSolver() {
    LpSolverProvider p = defaultProvider();
    String name = p.defaultName();
    return () -> p.create(name);
  }

  private static LpSolverProvider defaultProvider() {
    List<LpSolverProvider> providers = providers();
    if (providers.isEmpty()) {
      throw new IllegalStateException(
          "No LP solver back end is on the class path; add the terawatt-solvers module (OR-Tools"
              + " GLOP, CLP, PDLP).");
    }
    return providers.get(0);
  }

  /**
   * Solvers of the named back end.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Supplier<LpSolver> byName(String name) {
    for (LpSolverProvider p : providers()) {
      if (p.names().contains(name)) {
        return () -> p.create(name);
      }
    }
    List<String> known = names();
    throw new IllegalArgumentException(
        "Unknown solver '"
            + name
            + "'; the solvers are "
            + (known.isEmpty() ? "(none on the class path)" : String.join(", ", known))
            + ".");
  }
}
