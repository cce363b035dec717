package io.terawatt.supply.plan;

/**
 * A linear programme, built column by column and row by row, then solved. It is the only way the
 * planner reaches a solver, so that the formulation does not depend on one solver library.
 *
 * <p>Variables and constraints are numbered from 0 in the order they are added. Bounds may be
 * infinite ({@link Double#POSITIVE_INFINITY}, {@link Double#NEGATIVE_INFINITY}). An equality row
 * has equal bounds. Solution values, duals and reduced costs are those of the last {@link #solve()}
 * and may be read only when {@link LpStatus#hasSolution()}.
 *
 * <p>Dual values follow the solver's convention for the objective's sense; callers that only test
 * whether a constraint binds should compare magnitudes.
 */
public interface LpSolver extends AutoCloseable {

  /** Adds a variable with bounds {@code [lower, upper]}; returns its index. */
  int addVariable(double lower, double upper, String name);

  /**
   * Adds the row {@code lower <= Σ coefficients[k]·x[variables[k]] <= upper}; returns its index. A
   * variable may appear once per row.
   */
  int addConstraint(
      double lower, double upper, int[] variables, double[] coefficients, String name);

  /** Sets the objective coefficient of a variable (0 until set). */
  void setObjectiveCoefficient(int variable, double coefficient);

  /** Minimises (the default) or maximises the objective. */
  void setMaximise(boolean maximise);

  /** Changes the bounds of a variable. */
  void setVariableBounds(int variable, double lower, double upper);

  /** Changes the bounds of a constraint. */
  void setConstraintBounds(int constraint, double lower, double upper);

  /** Number of variables. */
  int variableCount();

  /** Number of constraints. */
  int constraintCount();

  /** Solves and returns the status. */
  LpStatus solve();

  /** Status of the last solve. */
  LpStatus status();

  /** Objective value of the last solve, in the units of the objective coefficients. */
  double objectiveValue();

  /** Value of one variable. */
  double value(int variable);

  /** Values of all variables, by index. */
  double[] values();

  /** Dual value (shadow price) of one constraint. */
  double dual(int constraint);

  /** Dual values of all constraints, by index. */
  double[] duals();

  /** Reduced costs of all variables, by index (the duals of their bounds). */
  double[] reducedCosts();

  /** Values of all constraint rows, Σ coefficient·value, by index. */
  double[] activities();

  /**
   * The model as free-format MPS text, with the names given at construction and every number at
   * full double precision.
   */
  String toMps();

  /** Releases native resources; the solver may not be used afterwards. */
  @Override
  void close();
}
