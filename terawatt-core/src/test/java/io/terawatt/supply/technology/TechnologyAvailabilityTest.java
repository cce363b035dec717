package io.terawatt.supply.technology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyAvailabilityTest {
  private final TechnologyCatalog catalog = TechnologyCatalog.builtIn();

  @Test
  void fusionIsUnavailableUntilItsEarliestYearInThe2030s() {
    Technology fusion = catalog.require("fusion");
    int earliest = fusion.availability().earliestYear();
    assertThat(earliest).isBetween(2030, 2039);
    assertThat(fusion.isAvailable(2025)).isFalse();
    assertThat(fusion.isAvailable(earliest - 1)).isFalse();
    assertThat(fusion.isAvailable(earliest)).isTrue();
    assertThat(fusion.isAvailableByLatestEstimate(earliest)).isFalse();
    assertThat(fusion.availability().uncertainty_years()).isGreaterThanOrEqualTo(10);
    // Wide cost range.
    assertThat(fusion.costs().capexHigh_USD_per_kW() / fusion.costs().capexLow_USD_per_kW())
        .isGreaterThanOrEqualTo(3);
    assertThat(fusion.costs().lcoeHigh_USD_per_MWh() / fusion.costs().lcoeLow_USD_per_MWh())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void spaceSolarIsUnavailableBefore2040() {
    Technology sbsp = catalog.require("space_solar");
    assertThat(sbsp.availability().earliestYear()).isGreaterThanOrEqualTo(2040);
    assertThat(sbsp.isAvailable(2025)).isFalse();
    assertThat(sbsp.isAvailable(2039)).isFalse();
    assertThat(sbsp.isAvailable(sbsp.availability().earliestYear())).isTrue();
    assertThat(sbsp.availability().uncertainty_years()).isGreaterThanOrEqualTo(10);
    assertThat(sbsp.costs().capexHigh_USD_per_kW() / sbsp.costs().capexLow_USD_per_kW())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void commercialTechnologiesAreAvailableNow() {
    for (String id :
        List.of(
            "coal",
            "gas_cc",
            "gas_peaker",
            "hydro",
            "wind_onshore",
            "wind_offshore",
            "solar_utility",
            "solar_rooftop",
            "csp",
            "geothermal",
            "biomass",
            "battery_li_ion",
            "grid_import")) {
      Technology t = catalog.require(id);
      assertThat(t.isAvailable(2025)).as(id).isTrue();
      assertThat(t.maturity().trl()).as(id).isEqualTo(9);
    }
  }

  @Test
  void newNuclearComesLater() {
    assertThat(catalog.require("smr").isAvailable(2029)).isFalse();
    assertThat(catalog.require("smr").isAvailable(2030)).isTrue();
    assertThat(catalog.require("nuclear_large").isAvailable(2030)).isFalse();
    assertThat(catalog.require("nuclear_large").isAvailable(2031)).isTrue();
  }
}
