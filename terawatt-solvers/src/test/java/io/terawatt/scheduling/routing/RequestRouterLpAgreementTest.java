package io.terawatt.scheduling.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.solvers.ortools.OrToolsLpSolver;
import io.terawatt.supply.plan.LpStatus;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The routing min-cost flow is exact: its cost equals GLOP's optimum of the same LP, hour by hour.
 */
class RequestRouterLpAgreementTest {

  @Test
  void theFlowSolutionEqualsGlopsOptimum() {
    Random rnd = new Random(2);
    for (int trial = 0; trial < 40; trial++) {
      RoutingProblem p = RandomRoutingProblems.random(rnd, trial % 2 == 0);
      RoutingResult c = RequestRouter.carbonAware(p);
      for (int h = 0; h < p.hours(); h++) {
        double flowCost = 0;
        double demand = 0;
        for (int o = 0; o < p.origins().size(); o++) {
          demand += p.demand_requestsPerHour()[o][h];
          for (int r = 0; r < p.regions().size(); r++) {
            flowCost += c.routed_requests()[h][o][r] * cost(p, o, r, h);
          }
        }
        double served = 0;
        for (double[] row : c.routed_requests()[h]) {
          for (double x : row) {
            served += x;
          }
        }
        flowCost += (demand - served) * 2 * RequestRouter.OUTSIDE_SLO_PENALTY;
        assertThat(flowCost)
            .as("trial %d hour %d", trial, h)
            .isCloseTo(glop(p, h), within(1e-6 * Math.max(1, flowCost)));
      }
    }
  }

  private static double cost(RoutingProblem p, int o, int r, int h) {
    double c = p.intensity_gPerKWh()[r][h];
    return p.withinSlo(o, r) ? c : RequestRouter.OUTSIDE_SLO_PENALTY + c;
  }

  private static double glop(RoutingProblem p, int h) {
    int no = p.origins().size();
    int nr = p.regions().size();
    try (OrToolsLpSolver lp = new OrToolsLpSolver()) {
      int[][] x = new int[no][nr];
      int[] drop = new int[no];
      for (int o = 0; o < no; o++) {
        for (int r = 0; r < nr; r++) {
          x[o][r] = lp.addVariable(0, Double.POSITIVE_INFINITY, "x" + o + "_" + r);
          lp.setObjectiveCoefficient(x[o][r], cost(p, o, r, h));
        }
        drop[o] = lp.addVariable(0, Double.POSITIVE_INFINITY, "drop" + o);
        lp.setObjectiveCoefficient(drop[o], 2 * RequestRouter.OUTSIDE_SLO_PENALTY);
        int[] vars = new int[nr + 1];
        double[] ones = new double[nr + 1];
        for (int r = 0; r < nr; r++) {
          vars[r] = x[o][r];
          ones[r] = 1;
        }
        vars[nr] = drop[o];
        ones[nr] = 1;
        double d = p.demand_requestsPerHour()[o][h];
        lp.addConstraint(d, d, vars, ones, "demand" + o);
      }
      for (int r = 0; r < nr; r++) {
        int[] vars = new int[no];
        double[] ones = new double[no];
        for (int o = 0; o < no; o++) {
          vars[o] = x[o][r];
          ones[o] = 1;
        }
        lp.addConstraint(
            Double.NEGATIVE_INFINITY, p.capacity_requestsPerHour()[r], vars, ones, "cap" + r);
      }
      assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
      return lp.objectiveValue();
    }
  }
}
