package io.terawatt.scheduling.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.plan.GlopLpSolver;
import io.terawatt.supply.plan.LpStatus;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Carbon-aware routing: hand-solved cases, capacities, and exactness against GLOP. */
class RequestRouterTest {

  /** Origins A, B; regions X (100), Y (300), Z (50 gCO2e/kWh); SLO 100 ms; 1 Wh per request. */
  private static RoutingProblem tiny(double capX, double capY, double capZ) {
    return new RoutingProblem(
        List.of("A", "B"),
        List.of("X", "Y", "Z"),
        new double[][] {{20, 10, 150}, {80, 30, 90}},
        100,
        new double[] {capX, capY, capZ},
        new double[][] {{100}, {300}, {50}},
        new double[][] {{100}, {100}},
        0.001);
  }

  @Test
  void tinyExactCase() {
    RoutingProblem p = tiny(120, 200, 60);

    RoutingResult c = RequestRouter.carbonAware(p);
    RoutingResult n = RequestRouter.nearest(p);

    // B fills Z (60 at 50), then X takes 120 (100 from A, 20 from B), Y the last 20 (from B).
    assertThat(c.routed_requests()[0][0]).containsExactly(new double[] {100, 0, 0}, within(1e-9));
    assertThat(c.routed_requests()[0][1]).containsExactly(new double[] {20, 20, 60}, within(1e-9));
    assertThat(c.emissions_kgCO2e()).isCloseTo(0.021, within(1e-12));
    assertThat(c.sloViolations_requests()).isZero();
    // Both to Y, the nearest: 200 requests at 300 g/kWh, 1 Wh each.
    assertThat(n.emissions_kgCO2e()).isCloseTo(0.060, within(1e-12));
    assertThat(n.meanLatency_ms()).isCloseTo(20, within(1e-12));
    assertThat(c.meanLatency_ms())
        .isCloseTo((100 * 20 + 20 * 80 + 20 * 30 + 60 * 90) / 200.0, within(1e-9));
    assertThat(c.energy_kWh()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void capacityShortWithinTheObjectiveGivesTheFewestViolations() {
    // A reaches only X and Y (60 in all): A must get both, B goes to Z; 40 of A served beyond.
    RoutingResult c = RequestRouter.carbonAware(tiny(30, 30, 200));
    double[] a = c.routed_requests()[0][0];
    assertThat(a[0] + a[1]).isCloseTo(60, within(1e-9));
    assertThat(c.outsideSlo_requests()).isCloseTo(40, within(1e-9));
    assertThat(c.unserved_requests()).isCloseTo(0, within(1e-9));

    RoutingResult short_ = RequestRouter.carbonAware(tiny(50, 50, 60));
    assertThat(short_.unserved_requests()).isCloseTo(40, within(1e-9));
    assertThat(short_.served_requests()).isCloseTo(160, within(1e-9));
  }

  @Test
  void capacitiesAreRespectedAndAmpleCapacityMeansNoViolation() {
    Random rnd = new Random(1);
    for (int trial = 0; trial < 100; trial++) {
      RoutingProblem p = random(rnd, trial % 2 == 0);
      for (RoutingResult res : List.of(RequestRouter.carbonAware(p), RequestRouter.nearest(p))) {
        for (int h = 0; h < p.hours(); h++) {
          for (int r = 0; r < p.regions().size(); r++) {
            double load = 0;
            for (int o = 0; o < p.origins().size(); o++) {
              load += res.routed_requests()[h][o][r];
            }
            assertThat(load).isLessThanOrEqualTo(p.capacity_requestsPerHour()[r] * (1 + 1e-9));
          }
        }
      }
      if (trial % 2 == 0) {
        assertThat(RequestRouter.carbonAware(p).sloViolations_requests())
            .as("trial %d", trial)
            .isCloseTo(0, within(1e-6));
      }
    }
  }

  @Test
  void theFlowSolutionEqualsGlopsOptimum() {
    Random rnd = new Random(2);
    for (int trial = 0; trial < 40; trial++) {
      RoutingProblem p = random(rnd, trial % 2 == 0);
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
    try (GlopLpSolver lp = new GlopLpSolver()) {
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

  /** Random origins and regions; ample capacity means each region could take all demand. */
  private static RoutingProblem random(Random rnd, boolean ample) {
    int no = 1 + rnd.nextInt(4);
    int nr = 2 + rnd.nextInt(5);
    int hours = 1 + rnd.nextInt(3);
    double[][] rtt = new double[no][nr];
    for (int o = 0; o < no; o++) {
      for (int r = 0; r < nr; r++) {
        rtt[o][r] = 5 + 200 * rnd.nextDouble();
      }
      rtt[o][rnd.nextInt(nr)] = 5; // every origin has a region within the objective
    }
    double[][] demand = new double[no][hours];
    double total = 0;
    for (int o = 0; o < no; o++) {
      for (int h = 0; h < hours; h++) {
        demand[o][h] = 100 + 1000 * rnd.nextDouble();
        total = Math.max(total, demand[o][h]);
      }
    }
    double[] cap = new double[nr];
    for (int r = 0; r < nr; r++) {
      cap[r] = ample ? total * no : 800 * rnd.nextDouble();
    }
    double[][] ci = new double[nr][hours];
    for (int r = 0; r < nr; r++) {
      for (int h = 0; h < hours; h++) {
        ci[r][h] = 20 + 700 * rnd.nextDouble();
      }
    }
    List<String> origins = new java.util.ArrayList<>();
    List<String> regions = new java.util.ArrayList<>();
    for (int o = 0; o < no; o++) {
      origins.add("o" + o);
    }
    for (int r = 0; r < nr; r++) {
      regions.add("r" + r);
    }
    return new RoutingProblem(origins, regions, rtt, 100, cap, ci, demand, 0.0005);
  }
}
