package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.terawatt.quantity.CarbonIntensity;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Given published device-hours, energy is device-hours × power × PUE, whatever the FLOPs say, and
 * the MFU those hours imply is reported.
 */
class AccountingModeTest {
  private static final Accelerator A100 =
      HardwareCatalog.builtIn().find("a100-80gb-sxm").orElseThrow();
  private static final Site SITE =
      Site.DEFAULT.withPue(1.1).withGridIntensity(CarbonIntensity.ofGramsPerKilowattHour(385));

  /** Llama 2 7B as published: 184,320 A100-hours at 400 W. */
  private static TrainingRun llama2(double tokens, OptionalDouble mfu) {
    return new TrainingRun(
        "Llama 2 7B",
        ModelSpec.ofParameters(7e9),
        tokens,
        A100,
        2048,
        Precision.BF16,
        mfu,
        OptionalDouble.of(184_320),
        OptionalDouble.of(400),
        OptionalDouble.empty(),
        Overheads.NONE,
        SITE,
        Optional.empty(),
        OptionalDouble.empty(),
        EmbodiedAssumptions.DEFAULT);
  }

  @Test
  void energyIsDeviceHoursTimesPowerTimesPue() {
    TrainingEstimate e = TrainingEstimator.estimate(llama2(2e12, OptionalDouble.empty()));

    assertThat(e.mode()).isEqualTo(EstimateMode.ACCOUNTING);
    assertThat(e.deviceHours()).isEqualTo(184_320.0);
    assertThat(e.itEnergy_MWh()).isCloseTo(184_320 * 400 / 1e6, withinPercentage(1e-10));
    assertThat(e.facilityEnergy_MWh())
        .isCloseTo(184_320 * 400 * 1.1 / 1e6, withinPercentage(1e-10));
    assertThat(e.facilityEnergy_MWh()).isCloseTo(81.1008, withinPercentage(1e-10));
    assertThat(e.operational_tCO2e()).isCloseTo(81.1008 * 385 / 1e3, withinPercentage(1e-10));
  }

  @Test
  void impliedMfuIsComputeOverDeviceTimeAtPeak() {
    TrainingEstimate e = TrainingEstimator.estimate(llama2(2e12, OptionalDouble.empty()));

    double expected = 6 * 7e9 * 2e12 / (184_320 * 3600.0 * 312e12);
    assertThat(e.mfu()).isCloseTo(expected, withinPercentage(1e-10));
    assertThat(e.mfu()).isBetween(0.40, 0.41);
    assertThat(e.mfuSource()).contains("implied");
  }

  @Test
  void tokensAndAGivenMfuDoNotChangeAccountedEnergy() {
    TrainingEstimate base = TrainingEstimator.estimate(llama2(2e12, OptionalDouble.empty()));
    TrainingEstimate moreTokens = TrainingEstimator.estimate(llama2(5e12, OptionalDouble.of(0.9)));

    assertThat(moreTokens.facilityEnergy_MWh()).isEqualTo(base.facilityEnergy_MWh());
    assertThat(moreTokens.deviceHours()).isEqualTo(base.deviceHours());
    assertThat(moreTokens.mfu()).isGreaterThan(base.mfu());
  }

  @Test
  void withoutTokensTheEnergyStandsAndTheMfuIsUnknown() {
    TrainingEstimate e = TrainingEstimator.estimate(llama2(0, OptionalDouble.empty()));

    assertThat(e.mode()).isEqualTo(EstimateMode.ACCOUNTING);
    assertThat(e.mfu()).isNaN();
    assertThat(e.facilityEnergy_MWh()).isCloseTo(81.1008, withinPercentage(1e-10));
  }

  @Test
  void droppingTheDeviceHoursSwitchesToPredictiveMode() {
    TrainingEstimate e =
        TrainingEstimator.estimate(llama2(2e12, OptionalDouble.empty()).predictiveOnly());

    assertThat(e.mode()).isEqualTo(EstimateMode.PREDICTIVE);
    assertThat(e.mfu()).isEqualTo(A100.defaultMfu());
  }

  @Test
  void aRunWithNeitherTokensNorDeviceHoursIsRejected() {
    assertThatThrownBy(() -> llama2(0, OptionalDouble.empty()).predictiveOnly())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("device_hours");
  }
}
