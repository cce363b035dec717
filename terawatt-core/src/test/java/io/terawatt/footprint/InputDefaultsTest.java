package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The defaults an input file leaves to the engine: user accelerators, the precision, a trace's
 * request sizes, the serving intensity of a site with a series, and whether weights fit.
 */
class InputDefaultsTest {

  private static double[] bf16Only(double flops) {
    double[] peaks = new double[Precision.values().length];
    Arrays.fill(peaks, Double.NaN);
    peaks[Precision.BF16.ordinal()] = flops;
    return peaks;
  }

  @Test
  void aUserAcceleratorTakesTheCatalogAssumptionsForWhatItLeavesOut() {
    Accelerator a =
        UserAccelerator.of(
            "mine",
            "Mine",
            800,
            OptionalDouble.empty(),
            bf16Only(1e15),
            80e9,
            3e12,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            "my notes");

    assertThat(a.idleW()).isEqualTo(80);
    assertThat(a.defaultMfu()).isEqualTo(0.35);
    assertThat(a.embodiedKgCo2e()).isEqualTo(150);
    assertThat(a.generation()).isEqualTo("user");
    assertThat(a.sources().price()).isEqualTo("my notes");
  }

  @Test
  void givenFiguresWinOverTheDefaults() {
    Accelerator a =
        UserAccelerator.of(
            "mine",
            "Mine",
            800,
            OptionalDouble.of(50),
            bf16Only(1e15),
            80e9,
            3e12,
            OptionalDouble.of(700),
            OptionalDouble.of(0.5),
            OptionalDouble.of(200),
            OptionalDouble.of(30000),
            "spec sheet");

    assertThat(a.idleW()).isEqualTo(50);
    assertThat(a.defaultMfu()).isEqualTo(0.5);
    assertThat(a.embodiedKgCo2e()).isEqualTo(200);
    assertThat(a.trainingSystemPowerW()).hasValue(700);
  }

  @Test
  void theDefaultPrecisionIsBfloat16() {
    assertThat(Precision.DEFAULT).isEqualTo(Precision.BF16);
  }

  @Test
  void aTraceGivesMeanRequestSizesWithAtLeastOneOutputToken() {
    RequestTrace t = new RequestTrace(new double[] {100, 300}, new double[] {0, 0.5}, 1, "test");

    assertThat(t.meanInputTokens()).isEqualTo(200);
    assertThat(t.meanOutputTokens()).isEqualTo(1);
  }

  @Test
  void servingUsesTheMeanOfAnHourlySeries() {
    HourlySeries series =
        new HourlySeries(
            Instant.parse("2024-01-01T00:00:00Z"), new double[] {100, 200, 600}, "gCO2e_per_kWh");
    Site withSeries =
        new Site(
            Site.DEFAULT.pue(),
            Site.DEFAULT.gridIntensity(),
            Optional.of(series),
            Site.DEFAULT.wueOnSiteLitresPerKwh(),
            Site.DEFAULT.offSiteWaterLitresPerKwh(),
            Site.DEFAULT.electricityPriceUsdPerMwh());

    assertThat(withSeries.forServing().gridIntensity().gramsCo2ePerKilowattHour())
        .isCloseTo(300, within(1e-9));
    assertThat(Site.DEFAULT.forServing()).isEqualTo(Site.DEFAULT);
  }

  @Test
  void weightsNeedAsManyAcceleratorsAsTheirUsableMemoryTakes() {
    Accelerator h100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
    ModelSpec model = ModelSpec.ofParameters(70e9);

    assertThat(InferenceEstimator.weightBytes(model, Precision.BF16)).isEqualTo(140e9);
    assertThat(InferenceEstimator.acceleratorsForWeights(model, Precision.BF16, h100))
        .isEqualTo(
            (int)
                Math.ceil(
                    140e9 / (h100.memoryBytes() * InferenceEstimator.USABLE_MEMORY_FRACTION)));
    assertThat(InferenceEstimator.acceleratorsForWeights(model, Precision.FP8, h100))
        .isLessThan(InferenceEstimator.acceleratorsForWeights(model, Precision.BF16, h100));
  }
}
