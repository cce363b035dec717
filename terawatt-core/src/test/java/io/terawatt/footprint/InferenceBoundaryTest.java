package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * The three inference boundaries nest: accelerator within server within facility, and the facility
 * adds exactly the idle reserve and the PUE to the server.
 */
class InferenceBoundaryTest {
  private static final int CASES = 1000;

  @Test
  void acceleratorEnergyIsWithinServerEnergyWithinFacilityEnergy() {
    RandomWorkloads workloads = new RandomWorkloads(42L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceEstimate e = InferenceEstimator.estimate(w);

      assertThat(e.acceleratorEnergyPerRequest_Wh()).as("%s", w).isPositive();
      assertThat(e.serverEnergyPerRequest_Wh())
          .as("%s", w)
          .isGreaterThan(e.acceleratorEnergyPerRequest_Wh());
      assertThat(e.facilityEnergyPerRequest_Wh())
          .as("%s", w)
          .isGreaterThanOrEqualTo(e.serverEnergyPerRequest_Wh());
    }
  }

  @Test
  void facilityIsServerTimesOnePlusIdleReserveTimesPue() {
    RandomWorkloads workloads = new RandomWorkloads(43L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceEstimate e = InferenceEstimator.estimate(w);

      double expected =
          e.serverEnergyPerRequest_Wh()
              * (1 + w.efficiency().idleReserveFraction())
              * w.site().pue();
      assertThat(e.facilityEnergyPerRequest_Wh())
          .as("%s", w)
          .isCloseTo(expected, withinPercentage(1e-10));
    }
  }

  @Test
  void acceleratorEnergyPerOutputTokenIsRequestEnergyOverOutputTokens() {
    RandomWorkloads workloads = new RandomWorkloads(44L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceEstimate e = InferenceEstimator.estimate(w);

      assertThat(e.acceleratorEnergyPerOutputToken_J() * w.outputTokens())
          .isCloseTo(e.acceleratorEnergyPerRequest_Wh() * 3600, withinPercentage(1e-10));
    }
  }

  @Test
  void decodePowerLiesBetweenIdleAndTdpAndPrefillRunsAtTdp() {
    RandomWorkloads workloads = new RandomWorkloads(45L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceEstimate e = InferenceEstimator.estimate(w);
      Accelerator a = w.accelerator();

      assertThat(e.decodePower_W()).as("%s", w).isBetween(a.idleW(), a.tdpW());
      assertThat(e.prefillPower_W()).as("%s", w).isEqualTo(a.tdpW());
    }
  }

  @Test
  void operationalCarbonIsFacilityEnergyTimesGridIntensity() {
    RandomWorkloads workloads = new RandomWorkloads(46L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceEstimate e = InferenceEstimator.estimate(w);

      assertThat(e.operational_gCO2e_per_request())
          .isCloseTo(
              e.facilityEnergyPerRequest_Wh()
                  / 1000
                  * w.site().gridIntensity().gramsCo2ePerKilowattHour(),
              withinPercentage(1e-10));
    }
  }
}
