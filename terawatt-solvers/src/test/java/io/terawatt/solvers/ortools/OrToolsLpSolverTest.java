package io.terawatt.solvers.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.plan.LpSolver;
import io.terawatt.supply.plan.LpSolvers;
import io.terawatt.supply.plan.LpStatus;
import org.junit.jupiter.api.Test;

/** The OR-Tools back ends of the solver port on programmes small enough to solve by hand. */
class OrToolsLpSolverTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void solvesASmallProgrammeWithItsDualsAndReducedCosts() {
    // min −3x − y  s.t. x + y ≤ 2, x ∈ [0, 1], y ∈ [0, 10]. Optimum x = 1, y = 1, objective −4.
    // The row's dual is −1 (one more unit of room lowers the cost by 1); x sits at its upper bound
    // with reduced cost −3 − (−1) = −2; y is basic (0).
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, 1, "x");
      int y = lp.addVariable(0, 10, "y");
      int row = lp.addConstraint(-INF, 2, new int[] {x, y}, new double[] {1, 1}, "room");
      lp.setObjectiveCoefficient(x, -3);
      lp.setObjectiveCoefficient(y, -1);

      assertThat(lp.status()).isEqualTo(LpStatus.NOT_SOLVED);
      assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
      assertThat(lp.objectiveValue()).isCloseTo(-4, within(1e-12));
      assertThat(lp.values()).containsExactly(new double[] {1, 1}, within(1e-12));
      assertThat(lp.value(y)).isCloseTo(1, within(1e-12));
      assertThat(lp.dual(row)).isCloseTo(-1, within(1e-12));
      assertThat(lp.duals()).containsExactly(new double[] {-1}, within(1e-12));
      assertThat(lp.reducedCosts()).containsExactly(new double[] {-2, 0}, within(1e-12));
      assertThat(lp.activities()).containsExactly(new double[] {2}, within(1e-12));
      assertThat(lp.variableCount()).isEqualTo(2);
      assertThat(lp.constraintCount()).isEqualTo(1);
    }
  }

  @Test
  void everyNamedBackEndFindsTheSameOptimum() {
    for (String name : new String[] {"glop", "clp", "pdlp"}) {
      try (LpSolver lp = LpSolvers.byName(name).get()) {
        int x = lp.addVariable(0, 1, "x");
        int y = lp.addVariable(0, 10, "y");
        lp.addConstraint(-INF, 2, new int[] {x, y}, new double[] {1, 1}, "room");
        lp.setObjectiveCoefficient(x, -3);
        lp.setObjectiveCoefficient(y, -1);
        assertThat(lp.solve()).as(name).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.objectiveValue()).as(name).isCloseTo(-4, within(1e-6));
      }
    }
    assertThatThrownBy(() -> LpSolvers.byName("cplex"))
        .hasMessageContaining("cplex")
        .hasMessageContaining("glop, clp, pdlp");
  }

  @Test
  void maximisesAndReadsDualsInTheObjectivesSense() {
    // max 3x + y on the same set: objective 4, row dual +1, x's reduced cost +2.
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, 1, "x");
      int y = lp.addVariable(0, 10, "y");
      lp.addConstraint(-INF, 2, new int[] {x, y}, new double[] {1, 1}, "room");
      lp.setObjectiveCoefficient(x, 3);
      lp.setObjectiveCoefficient(y, 1);
      lp.setMaximise(true);

      assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
      assertThat(lp.objectiveValue()).isCloseTo(4, within(1e-12));
      assertThat(lp.duals()[0]).isCloseTo(1, within(1e-12));
      assertThat(lp.reducedCosts()[x]).isCloseTo(2, within(1e-12));
    }
  }

  @Test
  void boundsCanChangeBetweenSolves() {
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, 1, "x");
      int row = lp.addConstraint(0, 5, new int[] {x}, new double[] {2}, "twice");
      lp.setObjectiveCoefficient(x, -1);
      lp.solve();
      assertThat(lp.value(x)).isCloseTo(1, within(1e-12));

      lp.setVariableBounds(x, 0, 10);
      lp.solve();
      assertThat(lp.value(x)).isCloseTo(2.5, within(1e-12));

      lp.setConstraintBounds(row, 0, 3);
      lp.solve();
      assertThat(lp.value(x)).isCloseTo(1.5, within(1e-12));
    }
  }

  @Test
  void reportsInfeasibleAndUnboundedProgrammesAndRefusesToReadThem() {
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, 1, "x");
      lp.addConstraint(2, INF, new int[] {x}, new double[] {1}, "tooMuch");
      assertThat(lp.solve()).isEqualTo(LpStatus.INFEASIBLE);
      assertThat(lp.status().hasSolution()).isFalse();
      assertThatThrownBy(lp::values)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("INFEASIBLE");
    }
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, INF, "x");
      lp.setObjectiveCoefficient(x, 1);
      lp.setMaximise(true);
      // GLOP's presolve may only conclude "infeasible or unbounded", which OR-Tools reports as
      // INFEASIBLE; either way there is no solution to read.
      assertThat(lp.solve()).isIn(LpStatus.UNBOUNDED, LpStatus.INFEASIBLE);
      assertThat(lp.status().hasSolution()).isFalse();
    }
  }

  @Test
  void rejectsNonFiniteCoefficientsAndUseAfterClose() {
    LpSolver lp = new OrToolsLpSolver();
    int x = lp.addVariable(0, 1, "x");
    assertThatThrownBy(
            () -> lp.addConstraint(0, 1, new int[] {x}, new double[] {Double.NaN}, "bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad");
    assertThatThrownBy(() -> lp.setObjectiveCoefficient(x, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrToolsLpSolver("no_such_parameter: 3"))
        .isInstanceOf(IllegalArgumentException.class);
    lp.close();
    lp.close();
    assertThatThrownBy(lp::solve).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void exportsMpsAtFullPrecision() {
    try (LpSolver lp = new OrToolsLpSolver()) {
      int x = lp.addVariable(0, 1, "x");
      int y = lp.addVariable(Double.NEGATIVE_INFINITY, INF, "y");
      lp.addConstraint(-INF, 2, new int[] {x, y}, new double[] {1.0 / 3, 1}, "room");
      lp.addConstraint(1, 1, new int[] {y}, new double[] {1}, "fixed");
      lp.setObjectiveCoefficient(x, 0.1234567890123);

      String mps = lp.toMps();

      assertThat(mps)
          .contains(
              " L  room",
              " E  fixed",
              "    x COST 0.1234567890123",
              "    x room 0.3333333333333333")
          .contains("    RHS room 2", "    RHS fixed 1", " UP BND x 1", " FR BND y")
          .endsWith("ENDATA\n");
    }
  }
}
