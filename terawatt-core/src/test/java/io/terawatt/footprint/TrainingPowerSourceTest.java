package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Training power comes from the input, else a measured catalog figure, else a share of TDP. */
class TrainingPowerSourceTest {
  private final HardwareCatalog catalog = HardwareCatalog.builtIn();

  private TrainingEstimate estimateOn(String acceleratorId) {
    Accelerator accelerator = catalog.find(acceleratorId).orElseThrow();
    return TrainingEstimator.estimate(
        TrainingRun.predictive(
            "run", ModelSpec.ofParameters(1e9), 1e11, accelerator, 16, Site.DEFAULT));
  }

  @Test
  void measuredSystemPowerIncludesTheHost() {
    TrainingEstimate v100 = estimateOn("v100-sxm2");

    assertThat(v100.devicePower_W()).isEqualTo(330.0);
    assertThat(v100.hostPower_W()).isZero();
    assertThat(v100.powerSource()).contains("measured");
  }

  @Test
  void withoutMeasurementPowerIsEightyFivePercentOfTdpPlusDefaultHost() {
    TrainingEstimate h100 = estimateOn("h100-sxm");

    assertThat(h100.devicePower_W()).isCloseTo(0.85 * 700, withinPercentage(1e-10));
    assertThat(h100.hostPower_W()).isEqualTo(TrainingEstimator.DEFAULT_HOST_POWER_W);
    assertThat(h100.itEnergy_MWh())
        .isCloseTo(h100.deviceHours() * (0.85 * 700 + 150) / 1e6, withinPercentage(1e-7));
  }

  @Test
  void withoutAnMfuTheCatalogDefaultIsUsed() {
    TrainingEstimate h100 = estimateOn("h100-sxm");

    assertThat(h100.mfu()).isEqualTo(0.38);
    assertThat(h100.mfuSource()).contains("catalog");
    assertThat(h100.deviceHours())
        .isCloseTo(6 * 1e9 * 1e11 / (989.4e12 * 0.38) / 3600, withinPercentage(1e-7));
  }

  @Test
  void overheadsMultiplyDeviceHoursAndDevelopmentIsReportedApart() {
    Accelerator h100 = catalog.find("h100-sxm").orElseThrow();
    TrainingRun clean =
        TrainingRun.predictive("clean", ModelSpec.ofParameters(1e9), 1e11, h100, 16, Site.DEFAULT);
    TrainingRun withOverheads =
        new TrainingRun(
            "overheads",
            clean.model(),
            clean.tokens(),
            h100,
            16,
            clean.precision(),
            clean.mfu(),
            clean.deviceHours(),
            clean.powerPerDeviceW(),
            clean.hostPowerPerDeviceW(),
            new Overheads(0.1, 0.2, 0.5),
            clean.site(),
            clean.start(),
            clean.chipHourPriceUsd(),
            clean.embodied());

    TrainingEstimate base = TrainingEstimator.estimate(clean);
    TrainingEstimate more = TrainingEstimator.estimate(withOverheads);

    assertThat(more.deviceHours()).isCloseTo(base.deviceHours() * 1.3, withinPercentage(1e-10));
    assertThat(more.facilityEnergy_MWh())
        .isCloseTo(base.facilityEnergy_MWh() * 1.3, withinPercentage(1e-10));
    assertThat(more.developmentFacilityEnergy_MWh())
        .isCloseTo(more.facilityEnergy_MWh() * 0.5, withinPercentage(1e-10));
  }

  @Test
  void theSourceOfTrainingPowerNamesTheMeasurementOrTheRule() {
    assertThat(TrainingEstimator.trainingPowerSource(catalog.find("v100-sxm2").orElseThrow()))
        .isEqualTo(catalog.find("v100-sxm2").orElseThrow().sources().trainingPower());
    assertThat(TrainingEstimator.trainingPowerSource(catalog.find("h100-sxm").orElseThrow()))
        .isEqualTo("(not measured: 0.85 x TDP plus host share)");
  }
}
