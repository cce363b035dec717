package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A request trace costs what its requests cost one by one, and a year of it is the trace scaled by
 * 8,760 hours over the trace span.
 */
class FleetEstimatorTest {
  private static final int REQUESTS = 1000;
  private static final Accelerator H100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
  private static final InferenceWorkload LLAMA =
      InferenceWorkload.of(
          "llama",
          ModelSpec.dense(8.03e9, 32, 4096, 131072).withKvDim(1024),
          Precision.BF16,
          H100,
          1,
          32,
          600,
          400);

  private static double[] constant(double value) {
    double[] a = new double[REQUESTS];
    Arrays.fill(a, value);
    return a;
  }

  @Test
  void identicalRequestsCostOnAverageWhatOneSuchRequestCosts() {
    FleetEstimate fleet = FleetEstimator.fromTrace(LLAMA, constant(600), constant(400), 2);
    InferenceEstimate single = InferenceEstimator.estimate(LLAMA);

    assertThat(fleet.requests()).isEqualTo(REQUESTS);
    assertThat(fleet.meanFacilityEnergyPerRequest_Wh())
        .isCloseTo(single.facilityEnergyPerRequest_Wh(), withinPercentage(1e-10));
  }

  @Test
  void annualFiguresScaleByHoursInAYearOverTheTraceSpan() {
    double traceHours = 2;
    FleetEstimate fleet = FleetEstimator.fromTrace(LLAMA, constant(600), constant(400), traceHours);
    InferenceEstimate single = InferenceEstimator.estimate(LLAMA);
    double scale = 8760 / traceHours;

    assertThat(fleet.annualFacilityEnergy_MWh())
        .isCloseTo(
            REQUESTS * single.facilityEnergyPerRequest_Wh() * scale / 1e6, withinPercentage(1e-10));
    assertThat(fleet.annualOperational_tCO2e())
        .isCloseTo(
            REQUESTS * single.operational_gCO2e_per_request() * scale / 1e6,
            withinPercentage(1e-10));
    assertThat(fleet.annualEmbodied_tCO2e())
        .isCloseTo(
            REQUESTS * single.embodied_gCO2e_per_request() * scale / 1e6, withinPercentage(1e-10));
    assertThat(fleet.annualWater_m3())
        .isCloseTo(REQUESTS * single.water_mL_per_request() * scale / 1e6, withinPercentage(1e-10));
    assertThat(fleet.requestsPerDay())
        .isCloseTo(REQUESTS * 24 / traceHours, withinPercentage(1e-10));
  }

  @Test
  void theSameTraceOverTwiceTheSpanHalvesTheAnnualFigures() {
    FleetEstimate shortTrace = FleetEstimator.fromTrace(LLAMA, constant(600), constant(400), 3);
    FleetEstimate longTrace = FleetEstimator.fromTrace(LLAMA, constant(600), constant(400), 6);

    assertThat(longTrace.annualFacilityEnergy_MWh())
        .isCloseTo(shortTrace.annualFacilityEnergy_MWh() / 2, withinPercentage(1e-10));
    assertThat(longTrace.meanFacilityEnergyPerRequest_Wh())
        .isEqualTo(shortTrace.meanFacilityEnergyPerRequest_Wh());
    assertThat(longTrace.averageReplicas())
        .isCloseTo(shortTrace.averageReplicas() / 2, withinPercentage(1e-10));
  }

  @Test
  void aOneDayTraceAgreesWithTheSameDailyRequestCount() {
    InferenceWorkload daily =
        new InferenceWorkload(
            LLAMA.name(),
            LLAMA.model(),
            LLAMA.precision(),
            LLAMA.accelerator(),
            OptionalInt.of(1),
            LLAMA.batchSize(),
            LLAMA.inputTokens(),
            LLAMA.outputTokens(),
            LLAMA.site(),
            OptionalDouble.empty(),
            LLAMA.efficiency(),
            OptionalDouble.of(REQUESTS),
            LLAMA.embodied());

    FleetEstimate fleet = FleetEstimator.fromTrace(daily, constant(600), constant(400), 24);
    InferenceEstimate perDay = InferenceEstimator.estimate(daily);

    assertThat(fleet.requestsPerDay()).isCloseTo(REQUESTS, withinPercentage(1e-10));
    assertThat(fleet.annualFacilityEnergy_MWh())
        .isCloseTo(perDay.annualFacilityEnergy_MWh(), withinPercentage(1e-10));
    assertThat(fleet.annualOperational_tCO2e())
        .isCloseTo(perDay.annualOperational_tCO2e(), withinPercentage(1e-10));
  }

  @Test
  void withoutTrafficThePerRequestEstimateHasNoAnnualFigures() {
    InferenceEstimate e = InferenceEstimator.estimate(LLAMA);

    assertThat(e.annualFacilityEnergy_MWh()).isNaN();
    assertThat(e.annualOperational_tCO2e()).isNaN();
    assertThat(e.annualWater_m3()).isNaN();
  }

  @Test
  void aTraceNeedsMatchingNonEmptyTokenCountsAndAPositiveSpan() {
    assertThatThrownBy(
            () -> FleetEstimator.fromTrace(LLAMA, new double[] {1, 2}, new double[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FleetEstimator.fromTrace(LLAMA, new double[0], new double[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FleetEstimator.fromTrace(LLAMA, constant(1), constant(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trace span");
  }
}
