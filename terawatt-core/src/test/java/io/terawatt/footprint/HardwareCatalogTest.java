package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in catalog holds the documented accelerators, each figure with its source. */
class HardwareCatalogTest {
  private final HardwareCatalog catalog = HardwareCatalog.builtIn();

  @Test
  void holdsTheFourteenDocumentedAccelerators() {
    assertThat(catalog.ids())
        .containsExactlyInAnyOrder(
            "v100-sxm2",
            "a100-40gb-sxm",
            "a100-80gb-sxm",
            "h100-sxm",
            "h800-sxm",
            "h200-sxm",
            "b200",
            "gb200",
            "tpu-v3",
            "tpu-v4",
            "tpu-v5e",
            "tpu-v5p",
            "tpu-v6e",
            "mi300x");
    assertThat(catalog.all()).hasSize(14);
  }

  @Test
  void everyEntryCitesTheSourceOfEachFigure() {
    assertThat(catalog.all())
        .allSatisfy(
            a -> {
              AcceleratorSources s = a.sources();
              assertThat(s.specifications()).as("%s specifications", a.id()).isNotBlank();
              assertThat(s.mfu()).as("%s mfu", a.id()).isNotBlank();
              assertThat(s.embodied()).as("%s embodied", a.id()).isNotBlank();
              assertThat(s.price()).as("%s price", a.id()).isNotBlank();
              if (a.trainingSystemPowerW().isPresent()) {
                assertThat(s.trainingPower()).as("%s training power", a.id()).isNotBlank();
              }
            });
  }

  @Test
  void everyEntryHasPlausibleFigures() {
    assertThat(catalog.all())
        .allSatisfy(
            a -> {
              assertThat(a.name()).isNotBlank();
              assertThat(a.idleW()).isLessThan(a.tdpW());
              assertThat(a.defaultMfu()).isBetween(0.1, 0.6);
              assertThat(a.peakFlopsPerSecond(Precision.BF16)).isBetween(1e13, 1e16);
              assertThat(a.memoryBytes()).isBetween(1e10, 1e12);
              assertThat(a.embodiedKgCo2e()).isPositive();
            });
  }

  @Test
  void findIgnoresCaseAndSurroundingSpace() {
    assertThat(catalog.find(" H100-SXM ")).map(Accelerator::id).contains("h100-sxm");
    assertThat(catalog.find("h100")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void h100PeakIsItsDatasheetDenseBf16Rate() {
    Accelerator h100 = catalog.find("h100-sxm").orElseThrow();

    assertThat(h100.peakFlopsPerSecond(Precision.BF16)).isEqualTo(989.4e12);
    assertThat(h100.peakFlopsPerSecond(Precision.FP8)).isEqualTo(1978.9e12);
  }

  @Test
  void fp8OnV100FallsBackToTheFp16Rate() {
    Accelerator v100 = catalog.find("v100-sxm2").orElseThrow();

    assertThat(v100.supports(Precision.FP8)).isFalse();
    assertThat(v100.effectivePrecision(Precision.FP8)).contains(Precision.FP16);
    assertThat(v100.peakFlopsPerSecond(Precision.FP8)).isEqualTo(125e12);
    assertThat(v100.peakFlopsPerSecond(Precision.BF16)).isEqualTo(125e12);
  }

  @Test
  void closestSuggestionForATypoIsTheIntendedId() {
    assertThat(catalog.closest("h100-sxn", 3)).first().isEqualTo("h100-sxm");
    assertThat(catalog.closest("mi300", 1)).containsExactly("mi300x");
  }

  @Test
  void closestSuggestionsForABareModelNumberIncludeItsFullId() {
    assertThat(catalog.closest("h100", 3)).contains("h100-sxm");
  }

  @Test
  void closestSuggestionForABareModelNumberStartsWithItsFullId() {
    List<String> suggestions = catalog.closest("h100", 3);

    assertThat(suggestions.get(0)).startsWith("h100-sxm");
  }

  @Test
  void userHardwareReplacesTheBuiltInEntryOfTheSameId() {
    Accelerator h100 = catalog.find("h100-sxm").orElseThrow();
    Accelerator custom =
        new Accelerator(
            "h100-sxm",
            "my H100",
            "hopper",
            500,
            50,
            h100.peakFlopsByPrecision(),
            h100.memoryBytes(),
            h100.memoryBandwidthBytesPerSecond(),
            h100.trainingSystemPowerW(),
            0.5,
            100,
            h100.priceUsd(),
            AcceleratorSources.userSupplied("hardware.yaml"));

    HardwareCatalog extended = catalog.with(List.of(custom));

    assertThat(extended.find("h100-sxm")).map(Accelerator::tdpW).contains(500.0);
    assertThat(extended.ids()).hasSize(14);
    assertThat(catalog.find("h100-sxm")).map(Accelerator::tdpW).contains(700.0);
  }
}
