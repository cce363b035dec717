package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.terawatt.quantity.CarbonIntensity;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * A predictive training estimate worked by hand: a 1B-parameter model on 1T tokens on eight H100s
 * at 50% MFU, 1,000 W per device, PUE 1.5 and 100 gCO2e/kWh.
 */
class PredictiveTrainingTest {
  private static final Percentage EXACT = withinPercentage(1e-7); // 1e-9 relative

  private static final double PEAK_BF16_H100 = 989.4e12;
  private static final double FLOPS = 6 * 1e9 * 1e12; // 6 N D = 6e21
  private static final double DEVICE_HOURS = FLOPS / (PEAK_BF16_H100 * 0.5) / 3600;
  private static final double IT_MWH = DEVICE_HOURS * 1000 / 1e6;
  private static final double FACILITY_MWH = IT_MWH * 1.5;
  private static final double OPERATIONAL_T = FACILITY_MWH * 100 / 1000;

  private final TrainingEstimate estimate = TrainingEstimator.estimate(run());

  static TrainingRun run() {
    Accelerator h100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
    Site site =
        Site.DEFAULT.withPue(1.5).withGridIntensity(CarbonIntensity.ofGramsPerKilowattHour(100));
    return TrainingRun.predictive("1B x 1T", ModelSpec.ofParameters(1e9), 1e12, h100, 8, site)
        .withMfu(0.5)
        .withPowerPerDeviceW(1000);
  }

  @Test
  void computeIsSixTimesParametersTimesTokensWhenNoContextIsGiven() {
    assertThat(estimate.flops()).isCloseTo(6e21, EXACT);
    assertThat(estimate.attentionFlops()).isZero();
  }

  @Test
  void deviceHoursAreComputeOverPeakTimesMfu() {
    assertThat(estimate.mode()).isEqualTo(EstimateMode.PREDICTIVE);
    assertThat(estimate.mfu()).isEqualTo(0.5);
    assertThat(estimate.mfuSource()).isEqualTo("input");
    assertThat(estimate.deviceHours()).isCloseTo(DEVICE_HOURS, EXACT);
    assertThat(estimate.deviceHours()).isCloseTo(3369.0452125867, withinPercentage(1e-9));
  }

  @Test
  void wallClockIsDeviceHoursSharedByTheEightDevices() {
    assertThat(estimate.wallClockHours()).isCloseTo(DEVICE_HOURS / 8, EXACT);
    assertThat(estimate.wallClockDays()).isCloseTo(DEVICE_HOURS / 8 / 24, EXACT);
  }

  @Test
  void itEnergyIsDeviceHoursTimesTheStatedPowerWithNoExtraHost() {
    assertThat(estimate.devicePower_W()).isEqualTo(1000.0);
    assertThat(estimate.hostPower_W()).isZero();
    assertThat(estimate.powerSource()).contains("input");
    assertThat(estimate.itEnergy_MWh()).isCloseTo(IT_MWH, EXACT);
  }

  @Test
  void facilityEnergyIsItEnergyTimesPue() {
    assertThat(estimate.facilityEnergy_MWh()).isCloseTo(FACILITY_MWH, EXACT);
    assertThat(estimate.facilityEnergy_MWh()).isCloseTo(5.0535678189, withinPercentage(1e-8));
    assertThat(estimate.developmentFacilityEnergy_MWh()).isZero();
  }

  @Test
  void averageFacilityPowerIsFacilityEnergyOverWallClock() {
    assertThat(estimate.averageFacilityPower_MW())
        .isCloseTo(FACILITY_MWH / (DEVICE_HOURS / 8), EXACT);
    assertThat(estimate.averageFacilityPower_MW()).isCloseTo(8 * 1000 * 1.5 / 1e6, EXACT);
  }

  @Test
  void operationalCarbonIsFacilityEnergyTimesIntensity() {
    assertThat(estimate.intensity_gCO2e_per_kWh()).isEqualTo(100.0);
    assertThat(estimate.intensitySource()).contains("constant");
    assertThat(estimate.operational_tCO2e()).isCloseTo(OPERATIONAL_T, EXACT);
    assertThat(estimate.operational_tCO2e()).isCloseTo(0.50535678189, withinPercentage(1e-8));
  }

  @Test
  void electricityCostIsFacilityEnergyTimesPriceAndComputeCostNeedsAChipHourPrice() {
    assertThat(estimate.electricityCost_USD())
        .isCloseTo(FACILITY_MWH * Site.DEFAULT_PRICE_USD_PER_MWH, EXACT);
    assertThat(estimate.computeCost_USD()).isNaN();
  }
}
