package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.terawatt.quantity.CarbonIntensity;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Water is WUE × IT energy plus off-site water intensity × facility energy; embodied carbon is
 * device-hours × (chip + server share) spread over the service life.
 */
class WaterAndEmbodiedTest {
  private static final Percentage EXACT = withinPercentage(1e-7);
  private static final Accelerator H100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
  private static final double WUE_L_PER_KWH = 0.5;
  private static final double OFF_SITE_L_PER_KWH = 2.0;
  private static final Site SITE =
      new Site(
          1.3,
          CarbonIntensity.ofGramsPerKilowattHour(200),
          Optional.empty(),
          WUE_L_PER_KWH,
          OFF_SITE_L_PER_KWH,
          100);
  private static final EmbodiedAssumptions FIVE_YEARS = new EmbodiedAssumptions(300, 5);

  private static TrainingEstimate train() {
    return TrainingEstimator.estimate(
        new TrainingRun(
            "water",
            ModelSpec.ofParameters(7e9),
            1e12,
            H100,
            256,
            Precision.BF16,
            OptionalDouble.of(0.4),
            OptionalDouble.empty(),
            OptionalDouble.of(900),
            OptionalDouble.of(100),
            Overheads.NONE,
            SITE,
            Optional.empty(),
            OptionalDouble.of(2.5),
            FIVE_YEARS));
  }

  @Test
  void trainingWaterIsWueTimesItEnergyPlusOffSiteIntensityTimesFacilityEnergy() {
    TrainingEstimate e = train();

    // MWh x L/kWh = m³
    assertThat(e.itEnergy_MWh()).isCloseTo(e.deviceHours() * 1000 / 1e6, EXACT);
    assertThat(e.waterOnSite_m3()).isCloseTo(WUE_L_PER_KWH * e.itEnergy_MWh(), EXACT);
    assertThat(e.waterOffSite_m3()).isCloseTo(OFF_SITE_L_PER_KWH * e.facilityEnergy_MWh(), EXACT);
    assertThat(e.water_m3())
        .isCloseTo(
            WUE_L_PER_KWH * e.itEnergy_MWh() + OFF_SITE_L_PER_KWH * 1.3 * e.itEnergy_MWh(), EXACT);
  }

  @Test
  void trainingEmbodiedCarbonAmortisesChipAndServerShareOverTheServiceLife() {
    TrainingEstimate e = train();

    double kgPerDeviceHour = (164 + 300) / (5 * 8760.0);
    assertThat(e.embodied_tCO2e()).isCloseTo(e.deviceHours() * kgPerDeviceHour / 1e3, EXACT);
    assertThat(FIVE_YEARS.kgCo2ePerDeviceHour(H100)).isCloseTo(kgPerDeviceHour, EXACT);
  }

  @Test
  void defaultEmbodiedAssumptionsAreBloomsServerShareOverFourYears() {
    assertThat(EmbodiedAssumptions.DEFAULT.kgCo2ePerDeviceHour(H100))
        .isCloseTo((164 + 2500.0 / 8) / (4 * 8760.0), EXACT);
  }

  @Test
  void computeCostIsDeviceHoursTimesChipHourPrice() {
    TrainingEstimate e = train();

    assertThat(e.computeCost_USD()).isCloseTo(e.deviceHours() * 2.5, EXACT);
    assertThat(e.electricityCost_USD()).isCloseTo(e.facilityEnergy_MWh() * 100, EXACT);
  }

  @Test
  void inferenceWaterIsWueTimesItEnergyPlusOffSiteIntensityTimesFacilityEnergy() {
    InferenceWorkload w =
        InferenceWorkload.of(
                "water", ModelSpec.ofParameters(8e9), Precision.BF16, H100, 1, 16, 500, 300)
            .withSite(SITE);
    InferenceEstimate e = InferenceEstimator.estimate(w);

    // IT energy is the server energy plus the idle reserve; Wh x L/kWh = mL.
    double itWh = e.serverEnergyPerRequest_Wh() * (1 + w.efficiency().idleReserveFraction());
    assertThat(e.water_mL_per_request())
        .isCloseTo(
            WUE_L_PER_KWH * itWh + OFF_SITE_L_PER_KWH * e.facilityEnergyPerRequest_Wh(), EXACT);
  }
}
