package io.terawatt.ethics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.Direction;
import org.junit.jupiter.api.Test;

/** The derived-indicator calculators, by hand. */
class IndicatorCalculatorsTest {
  @Test
  void herfindahlSumsSquaredPercentShares() {
    assertThat(HerfindahlIndex.of(100)).isEqualTo(10_000);
    assertThat(HerfindahlIndex.of(50, 50)).isEqualTo(5_000);
    // PV polysilicon ~95 % China, remainder atomised: 9,025 > 1,800 "highly concentrated"
    assertThat(HerfindahlIndex.of(95))
        .isEqualTo(9_025)
        .isGreaterThan(HerfindahlIndex.HIGHLY_CONCENTRATED);
    assertThatThrownBy(() -> HerfindahlIndex.of(60, 50)).hasMessageContaining("above 100");
  }

  @Test
  void waterIsWeightedByTheAqueductCategoryOfItsBasin() {
    assertThat(WaterStress.category(0.05)).isEqualTo(WaterStress.Category.LOW);
    assertThat(WaterStress.category(0.85)).isEqualTo(WaterStress.Category.EXTREMELY_HIGH);
    assertThat(WaterStress.weighted_m3(1_000, 0.30)).isEqualTo(3_000);
    assertThat(WaterStress.weighted_m3(1_000, 0.90)).isEqualTo(5_000);
  }

  @Test
  void capacityPriceRiseSpreadsOverCommunityEnergy() {
    // (269.92 - 28.92) x 1.0 / (24 x 0.6) = 241 / 14.4 = 16.736 USD/MWh
    double impact =
        CapacityPriceImpact.impact_USD_per_MWh(
            CapacityPriceImpact.PJM_2024_25_USD_PER_MW_DAY,
            CapacityPriceImpact.PJM_2025_26_USD_PER_MW_DAY,
            1.0,
            0.6);
    assertThat(impact).isCloseTo(241.0 / 14.4, within(1e-9));
    assertThat(CapacityPriceImpact.impact_USD_per_MWh(28.92, 269.92, 0.5, 0.6))
        .isCloseTo(impact / 2, within(1e-9));
  }

  @Test
  void pm25ScalesWithEnergyAndFactor() {
    // 1,000 MWh of Tier 2 diesel: 1,000 x 0.2 / 1000 = 0.2 t
    assertThat(AirPollution.pm25_t(1_000, AirPollution.DIESEL_TIER2_G_PER_KWH)).isEqualTo(0.2);
  }

  @Test
  void technologyRiskIsZeroForCommercialAndHighForUnprovenTechnology() {
    assertThat(TechnologyRisk.score(9, 0)).isZero();
    assertThat(TechnologyRisk.score(5, 10)).isCloseTo(7.5, within(1e-12));
    assertThat(TechnologyRisk.score(1, 30)).isEqualTo(10);
  }

  @Test
  void theCatalogKeepsLocationAndMarketCarbonApartAndNamesUnits() {
    assertThat(IndicatorCatalog.find("carbon_location_tCO2e")).isPresent();
    assertThat(IndicatorCatalog.find("carbon_market_tCO2e")).isPresent();
    assertThat(IndicatorCatalog.standard())
        .allSatisfy(
            i -> {
              assertThat(i.unit()).isNotBlank();
              assertThat(i.source()).isNotBlank();
              assertThat(i.direction()).isEqualTo(Direction.MIN);
            });
  }
}
