package io.terawatt.scheduling.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Carbon-aware routing: hand-solved cases and capacities. Exactness against an LP solver is checked
 * in {@code terawatt-solvers} ({@code RequestRouterLpAgreementTest}).
 */
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
      RoutingProblem p = RandomRoutingProblems.random(rnd, trial % 2 == 0);
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
}
