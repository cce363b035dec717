package io.terawatt.supply.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TechnologyCostTest {
  private static final Offset<Double> CENT = within(0.01);
  private final TechnologyCatalog catalog = TechnologyCatalog.builtIn();

  @Test
  void capitalRecoveryFactorMatchesAHandComputation() {
    // 1.07^30 = 7.612255; 0.07 * 7.612255 / 6.612255 = 0.0805864
    assertThat(CapitalRecovery.factor(0.07, 30)).isCloseTo(0.0805864, within(1e-7));
    // 1.05^20 = 2.653298; 0.05 * 2.653298 / 1.653298 = 0.0802426
    assertThat(CapitalRecovery.factor(0.05, 20)).isCloseTo(0.0802426, within(1e-7));
    assertThat(CapitalRecovery.factor(0, 25)).isEqualTo(0.04);
    assertThatThrownBy(() -> CapitalRecovery.factor(-0.01, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CapitalRecovery.factor(0.07, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void annualisedCapacityCostIsCapitalRecoveryPlusFixedOm() {
    Technology gas = catalog.require("gas_cc");
    // EIA AEO2026: 1086 USD/kW, FOM 16.23 USD/kW-yr, 30 years, 7 %, no decline in the base year.
    double expected = 1086 * 1000 * 0.0805864 + 16.23 * 1000;
    assertThat(gas.annualisedCapacityCost_USD_per_MW_year(2025, 0.07))
        .isCloseTo(expected, within(1.0));
    assertThat(gas.annualisedCapacityCost_USD_per_MW_year(2025)).isCloseTo(expected, within(1.0));
    assertThat(TechnologyCatalog.DEFAULT_DISCOUNT_RATE).isEqualTo(0.07);
    // A higher rate costs more.
    assertThat(gas.annualisedCapacityCost_USD_per_MW_year(2025, 0.10)).isGreaterThan(expected);
  }

  @Test
  void capexDeclinesMonotonicallyWhereALearningRateApplies() {
    int declining = 0;
    for (Technology t : catalog.all()) {
      for (int y = TechnologyCatalog.FIRST_YEAR; y < TechnologyCatalog.LAST_YEAR; y++) {
        assertThat(t.capex_USD_per_kW(y + 1))
            .as("%s %d", t.id(), y)
            .isLessThanOrEqualTo(t.capex_USD_per_kW(y));
        if (t.costs().capexDecline_per_year() > 0
            && t.capex_USD_per_kW(y) > 0
            && y >= t.costs().costBaseYear()) {
          assertThat(t.capex_USD_per_kW(y + 1))
              .as("%s %d", t.id(), y)
              .isLessThan(t.capex_USD_per_kW(y));
        }
      }
      if (t.costs().capexDecline_per_year() > 0) {
        declining++;
      }
    }
    assertThat(declining).isGreaterThanOrEqualTo(14);
  }

  @Test
  void declineRatesReproduceTheirSourceProjections() {
    // NREL ATB 2024 Moderate: utility PV 1303.19 (2025) -> 596.62 USD/kW (2050).
    Technology pv = catalog.require("solar_utility");
    assertThat(pv.capex_USD_per_kW(2050) / pv.capex_USD_per_kW(2025))
        .isCloseTo(596.62 / 1303.19, within(0.005));
    // ATB 2024 Moderate: onshore wind 1370.86 -> 974.05.
    Technology wind = catalog.require("wind_onshore");
    assertThat(wind.capex_USD_per_kW(2050) / wind.capex_USD_per_kW(2025))
        .isCloseTo(974.05 / 1370.86, within(0.005));
    // Cole & Karmakar 2023 mid case: 326 USD/kWh (2030) -> 226 (2050).
    Technology battery = catalog.require("battery_li_ion");
    assertThat(battery.capexEnergy_USD_per_kWh(2050) / battery.capexEnergy_USD_per_kWh(2030))
        .isCloseTo(226.0 / 326.0, within(0.005));
  }

  @Test
  void costsHoldUntilTheCostBaseYear() {
    Technology fusion = catalog.require("fusion");
    assertThat(fusion.costs().costBaseYear()).isEqualTo(2032);
    assertThat(fusion.capex_USD_per_kW(2025)).isEqualTo(fusion.capex_USD_per_kW(2032));
    assertThat(fusion.capex_USD_per_kW(2033)).isLessThan(fusion.capex_USD_per_kW(2032));
  }

  @Test
  void yearsOutsideTheScenarioAreRejected() {
    Technology pv = catalog.require("solar_utility");
    assertThatThrownBy(() -> pv.capex_USD_per_kW(2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-2050");
    assertThatThrownBy(() -> pv.annualisedCapacityCost_USD_per_MW_year(2051, 0.07))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storageHasSeparatePowerAndEnergyCosts() {
    Technology battery = catalog.require("battery_li_ion");
    double crf = CapitalRecovery.factor(0.07, 15);
    assertThat(battery.annualisedPowerCost_USD_per_MW_year(2025, 0.07))
        .isCloseTo(608.4 * 1000 * crf + 41.84 * 1000, CENT);
    assertThat(battery.annualisedEnergyCost_USD_per_MWh_year(2025, 0.07))
        .isCloseTo(228.15 * 1000 * crf, CENT);
    // The split adds back up to EIA's 1521 USD/kW for a 4-hour system.
    assertThat(battery.capex_USD_per_kW(2025) + 4 * battery.capexEnergy_USD_per_kWh(2025))
        .isCloseTo(1521, within(0.5));
    assertThatThrownBy(
            () -> catalog.require("gas_cc").annualisedEnergyCost_USD_per_MWh_year(2025, 0.07))
        .hasMessageContaining("not a storage technology");
  }

  @Test
  void importsHaveNoCapacityCost() {
    assertThatThrownBy(
            () -> catalog.require("grid_import").annualisedCapacityCost_USD_per_MW_year(2025))
        .hasMessageContaining("GridConnection");
  }

  @Test
  void spaceSolarCapitalReproducesNasasLevelisedCost() {
    Technology sbsp = catalog.require("space_solar");
    double perMwh =
        sbsp.annualisedCapacityCost_USD_per_MW_year(2050, 0.07)
            / (sbsp.resources().capacityFactor() * 8760);
    assertThat(perMwh).isCloseTo(610, within(1.0));
    assertThat(sbsp.costs().lcoeLow_USD_per_MWh()).isEqualTo(610);
    assertThat(sbsp.costs().lcoeHigh_USD_per_MWh()).isEqualTo(1590);
  }

  @Test
  void variableCostIsOmPlusFuel() {
    Technology peaker = catalog.require("gas_peaker");
    // EIA AEO2026: VOM 4.17 + 9142 Btu/kWh x 3.36 USD/MMBtu (EIA EPM 2023) = 4.17 + 30.72
    assertThat(peaker.variableCost_USD_per_MWh()).isCloseTo(34.89, CENT);
    assertThat(catalog.require("wind_onshore").variableCost_USD_per_MWh()).isZero();
  }
}
