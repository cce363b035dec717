package io.terawatt.solvers.ortools;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
import io.terawatt.supply.plan.LpSolver;
import io.terawatt.supply.plan.LpStatus;
import io.terawatt.supply.plan.MpsWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LpSolver} backed by OR-Tools: GLOP (primal and dual simplex, the default), CLP or PDLP.
 * This module is the only place that uses OR-Tools; it loads the native library on first use.
 *
 * <p>GLOP runs its dual simplex by default ({@link #DEFAULT_PARAMETERS}): on the planner's
 * programmes it is about twice as fast as the primal simplex (1,460 hours: 7 s against 15 s). A
 * result of INFEASIBLE or ABNORMAL is checked once with the other simplex before it is reported: on
 * an ill-conditioned programme (an availability of 10⁻¹⁶ in a row of ones, which the planner now
 * drops) the primal simplex called a feasible programme infeasible and the dual simplex stopped
 * IMPRECISE (ABNORMAL), while CBC solved it.
 *
 * <p>Infinite bounds are passed as {@link MPSolver#infinity()}. The MPS export reads the model back
 * from OR-Tools and writes it with {@code MpsWriter} at full precision.
 */
public final class OrToolsLpSolver implements LpSolver {

  /** GLOP parameters used by {@link #OrToolsLpSolver()}. */
  public static final String DEFAULT_PARAMETERS =
      "use_dual_simplex: true perturb_costs_in_dual_simplex: true";

  private static volatile boolean loaded;

  private final MPSolver solver;
  private final List<MPVariable> variables = new ArrayList<>();
  private final List<MPConstraint> constraints = new ArrayList<>();
  private LpStatus status = LpStatus.NOT_SOLVED;
  private final boolean dualSimplex;
  private final boolean glop;
  private boolean closed;

  /** A GLOP solver with {@link #DEFAULT_PARAMETERS}. */
  public OrToolsLpSolver() {
    this(DEFAULT_PARAMETERS);
  }

  /**
   * A GLOP solver with parameters in GLOP's text format, for example {@code "use_dual_simplex:
   * true"}.
   *
   * @param glopParameters GLOP parameters (protobuf text format); empty for GLOP's own defaults
   *     (primal simplex)
   */
  public OrToolsLpSolver(String glopParameters) {
    this("GLOP", glopParameters);
  }

  /**
   * Another LP back end of OR-Tools behind the same interface, for comparing solvers on the
   * planner's programmes: {@code GLOP}, {@code CLP} (COIN-OR) or {@code PDLP} (first-order;
   * parameters in PDLP's text format). The cross-check of INFEASIBLE results with the other simplex
   * is GLOP's only.
   *
   * @param backend OR-Tools solver id
   * @param parameters back-end parameters in its own text format; empty for its defaults
   * @throws IllegalArgumentException when the back end is not in this OR-Tools build or rejects the
   *     parameters
   */
  public OrToolsLpSolver(String backend, String parameters) {
    loadNatives();
    solver = MPSolver.createSolver(backend);
    if (solver == null) {
      throw new IllegalArgumentException("OR-Tools has no " + backend + " solver in this build.");
    }
    if (!parameters.isBlank() && !solver.setSolverSpecificParametersAsString(parameters)) {
      solver.delete();
      throw new IllegalArgumentException(backend + " rejected the parameters: " + parameters);
    }
    glop = backend.equals("GLOP");
    dualSimplex = parameters.matches("(?s).*use_dual_simplex\\s*:\\s*true.*");
  }

  /** Loads OR-Tools' native library once per JVM. */
  static void loadNatives() {
    if (!loaded) {
      synchronized (OrToolsLpSolver.class) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }

  private static double bound(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return MPSolver.infinity();
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return -MPSolver.infinity();
    }
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("A bound is NaN.");
    }
    return v;
  }

  @Override
  public int addVariable(double lower, double upper, String name) {
    open();
    variables.add(solver.makeNumVar(bound(lower), bound(upper), name));
    return variables.size() - 1;
  }

  @Override
  public int addConstraint(
      double lower, double upper, int[] vars, double[] coefficients, String name) {
    open();
    if (vars.length != coefficients.length) {
      throw new IllegalArgumentException(
          "The row "
              + name
              + " has "
              + vars.length
              + " variables and "
              + coefficients.length
              + " coefficients.");
    }
    MPConstraint c = solver.makeConstraint(bound(lower), bound(upper), name);
    for (int k = 0; k < vars.length; k++) {
      if (!Double.isFinite(coefficients[k])) {
        throw new IllegalArgumentException("The row " + name + " has a non-finite coefficient.");
      }
      if (coefficients[k] != 0) {
        c.setCoefficient(variables.get(vars[k]), coefficients[k]);
      }
    }
    constraints.add(c);
    return constraints.size() - 1;
  }

  @Override
  public void setObjectiveCoefficient(int variable, double coefficient) {
    open();
    if (!Double.isFinite(coefficient)) {
      throw new IllegalArgumentException("An objective coefficient is not finite.");
    }
    solver.objective().setCoefficient(variables.get(variable), coefficient);
  }

  @Override
  public void setMaximise(boolean maximise) {
    open();
    solver.objective().setOptimizationDirection(maximise);
  }

  @Override
  public void setVariableBounds(int variable, double lower, double upper) {
    open();
    variables.get(variable).setBounds(bound(lower), bound(upper));
  }

  @Override
  public void setConstraintBounds(int constraint, double lower, double upper) {
    open();
    constraints.get(constraint).setBounds(bound(lower), bound(upper));
  }

  @Override
  public int variableCount() {
    return variables.size();
  }

  @Override
  public int constraintCount() {
    return constraints.size();
  }

  @Override
  public LpStatus solve() {
    open();
    status = map(solver.solve());
    if (glop && (status == LpStatus.INFEASIBLE || status == LpStatus.ABNORMAL)) {
      // Check with the other simplex, then restore the chosen one.
      solver.setSolverSpecificParametersAsString("use_dual_simplex: " + !dualSimplex);
      LpStatus check = map(solver.solve());
      solver.setSolverSpecificParametersAsString("use_dual_simplex: " + dualSimplex);
      if (check.hasSolution() || status == LpStatus.ABNORMAL) {
        status = check;
      }
    }
    return status;
  }

  private static LpStatus map(MPSolver.ResultStatus r) {
    return switch (r) {
      case OPTIMAL -> LpStatus.OPTIMAL;
      case FEASIBLE -> LpStatus.FEASIBLE;
      case INFEASIBLE -> LpStatus.INFEASIBLE;
      case UNBOUNDED -> LpStatus.UNBOUNDED;
      case ABNORMAL -> LpStatus.ABNORMAL;
      case MODEL_INVALID -> LpStatus.MODEL_INVALID;
      default -> LpStatus.NOT_SOLVED;
    };
  }

  @Override
  public LpStatus status() {
    return status;
  }

  private void solved() {
    open();
    if (!status.hasSolution()) {
      throw new IllegalStateException("The LP has no solution to read (status " + status + ").");
    }
  }

  @Override
  public double objectiveValue() {
    solved();
    return solver.objective().value();
  }

  @Override
  public double value(int variable) {
    solved();
    return variables.get(variable).solutionValue();
  }

  @Override
  public double[] values() {
    solved();
    double[] v = new double[variables.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = variables.get(i).solutionValue();
    }
    return v;
  }

  @Override
  public double dual(int constraint) {
    solved();
    return constraints.get(constraint).dualValue();
  }

  @Override
  public double[] duals() {
    solved();
    double[] d = new double[constraints.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = constraints.get(i).dualValue();
    }
    return d;
  }

  @Override
  public double[] reducedCosts() {
    solved();
    double[] r = new double[variables.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = variables.get(i).reducedCost();
    }
    return r;
  }

  @Override
  public double[] activities() {
    solved();
    return solver.computeConstraintActivities();
  }

  /**
   * Exports the model from OR-Tools (as its protocol buffer) and writes it with full precision;
   * OR-Tools' own MPS writer rounds coefficients to about six significant digits.
   */
  @Override
  public String toMps() {
    open();
    MPModelProto model = solver.exportModelToProto();
    int nCols = model.getVariableCount();
    String[] colNames = new String[nCols];
    double[] colLower = new double[nCols];
    double[] colUpper = new double[nCols];
    double[] objective = new double[nCols];
    for (int j = 0; j < nCols; j++) {
      MPVariableProto v = model.getVariable(j);
      colNames[j] = v.getName();
      colLower[j] = v.getLowerBound();
      colUpper[j] = v.getUpperBound();
      objective[j] = v.getObjectiveCoefficient();
    }
    int nRows = model.getConstraintCount();
    String[] rowNames = new String[nRows];
    double[] rowLower = new double[nRows];
    double[] rowUpper = new double[nRows];
    int[] rowStart = new int[nRows + 1];
    for (int i = 0; i < nRows; i++) {
      rowStart[i + 1] = rowStart[i] + model.getConstraint(i).getVarIndexCount();
    }
    int[] entryColumn = new int[rowStart[nRows]];
    double[] entryValue = new double[rowStart[nRows]];
    for (int i = 0; i < nRows; i++) {
      MPConstraintProto c = model.getConstraint(i);
      rowNames[i] = c.getName();
      rowLower[i] = c.getLowerBound();
      rowUpper[i] = c.getUpperBound();
      for (int k = 0; k < c.getVarIndexCount(); k++) {
        entryColumn[rowStart[i] + k] = c.getVarIndex(k);
        entryValue[rowStart[i] + k] = c.getCoefficient(k);
      }
    }
    return MpsWriter.write(
        model.getName(),
        model.getMaximize(),
        model.getObjectiveOffset(),
        colNames,
        colLower,
        colUpper,
        objective,
        rowNames,
        rowLower,
        rowUpper,
        rowStart,
        entryColumn,
        entryValue);
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("The solver is closed.");
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      solver.delete();
    }
  }
}
