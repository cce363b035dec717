package io.terawatt.solvers.ortools;

import io.terawatt.supply.plan.LpSolver;
import io.terawatt.supply.plan.LpSolverProvider;
import java.util.List;

/**
 * OR-Tools' LP back ends by command-line name: {@code glop} (the default, dual simplex), {@code
 * clp} (COIN-OR CLP) and {@code pdlp} (first-order, to a relative tolerance of 10⁻⁸).
 */
public final class OrToolsLpSolverProvider implements LpSolverProvider {

  /** PDLP's termination criteria: relative and absolute optimality tolerance 10⁻⁸. */
  static final String PDLP_PARAMETERS =
      "termination_criteria { simple_optimality_criteria {"
          + " eps_optimal_relative: 1e-8 eps_optimal_absolute: 1e-8 } }";

  @Override
  public List<String> names() {
    return List.of("glop", "clp", "pdlp");
  }

  @Override
  public String defaultName() {
    return "glop";
  }

  @Override
  public LpSolver create(String name) {
    return switch (name) {
      case "glop" -> new OrToolsLpSolver();
      case "clp" -> new OrToolsLpSolver("CLP", "");
      case "pdlp" -> new OrToolsLpSolver("PDLP", PDLP_PARAMETERS);
      default ->
          throw new IllegalArgumentException(
              "Unknown solver '" + name + "'; OR-Tools offers " + String.join(", ", names()) + ".");
    };
  }
}
