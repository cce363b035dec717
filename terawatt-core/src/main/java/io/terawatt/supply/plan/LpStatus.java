package io.terawatt.supply.plan;

/** Outcome of a linear programme solve. */
public enum LpStatus {
  /** An optimal solution was found. */
  OPTIMAL,
  /** A feasible but not proven optimal solution was found (for example at a time limit). */
  FEASIBLE,
  /** The constraints cannot all hold. */
  INFEASIBLE,
  /** The objective can improve without limit. */
  UNBOUNDED,
  /** The solver stopped on a numerical or internal problem. */
  ABNORMAL,
  /** The model is malformed (for example a NaN coefficient). */
  MODEL_INVALID,
  /** {@link LpSolver#solve()} has not been called, or stopped before any result. */
  NOT_SOLVED;

  /** Whether variable values, duals and the objective value may be read. */
  public boolean hasSolution() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
