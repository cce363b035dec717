package io.terawatt.supply.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TechnologyOptionsTest {
  private final TechnologyCatalog catalog = TechnologyCatalog.builtIn();

  @Test
  void toGeneratorMapsEveryCatalogField() {
    Technology wind = catalog.require("wind_onshore");
    double[] profile = {0.1, 0.5, 0.9};
    GeneratorOption g =
        TechnologyOptions.toGenerator(wind, 2030, profile, 20, OptionalDouble.of(300));
    assertThat(g.technology()).isEqualTo("wind_onshore");
    assertThat(g.kind()).isEqualTo(OptionKind.VARIABLE);
    assertThat(g.carbonFree()).isTrue();
    assertThat(g.existingCapacity_MW()).isEqualTo(20);
    assertThat(g.maxCapacity_MW()).hasValue(300);
    assertThat(g.availability()).containsExactly(0.1, 0.5, 0.9);
    assertThat(g.annualisedCapacityCost_USD_per_MW_year())
        .isEqualTo(wind.annualisedCapacityCost_USD_per_MW_year(2030, 0.07));
    // By hand: 1712 x (1 - 0.0136)^5 USD/kW x 1000 x CRF(7 %, 30) + 34.57 x 1000.
    double capex2030 = 1712 * Math.pow(1 - 0.0136, 5);
    assertThat(g.annualisedCapacityCost_USD_per_MW_year())
        .isCloseTo(capex2030 * 1000 * 0.0805864 + 34_570, within(1.0));
    assertThat(g.variableCost_USD_per_MWh()).isZero();
    assertThat(g.directEmissions_gCO2e_per_kWh()).isZero();
    assertThat(g.lifecycleEmissions_gCO2e_per_kWh()).isEqualTo(11);
    assertThat(g.water_L_per_MWh()).isZero();
    assertThat(g.land_m2_per_MW()).isEqualTo(wind.resources().landDirect_m2_per_MW());
    assertThat(g.meritOrder()).isZero();
  }

  @Test
  void thermalPlantsMapToDispatchableWithTheirEmissions() {
    Technology gas = catalog.require("gas_cc");
    GeneratorOption g = TechnologyOptions.toDispatchable(gas, 2025, 4, 0, OptionalDouble.empty());
    assertThat(g.kind()).isEqualTo(OptionKind.DISPATCHABLE);
    assertThat(g.carbonFree()).isFalse();
    assertThat(g.availability()).containsExactly(0.9, 0.9, 0.9, 0.9);
    assertThat(g.maxCapacity_MW()).isEmpty();
    assertThat(g.variableCost_USD_per_MWh()).isCloseTo(3.49 + 20.92, within(0.01));
    assertThat(g.directEmissions_gCO2e_per_kWh()).isEqualTo(330);
    assertThat(g.lifecycleEmissions_gCO2e_per_kWh()).isEqualTo(490);
    assertThat(g.water_L_per_MWh()).isEqualTo(750);
    assertThat(g.meritOrder()).isEqualTo(3);

    GeneratorOption nuclear =
        TechnologyOptions.toDispatchable(
            catalog.require("nuclear_large"), 2035, 2, 100, OptionalDouble.empty());
    assertThat(nuclear.availability()).containsExactly(0.93, 0.93);
    assertThat(nuclear.carbonFree()).isTrue();
  }

  @Test
  void beforeItsEarliestYearOnlyExistingCapacityCounts() {
    Technology smr = catalog.require("smr");
    double[] a = TechnologyOptions.constantAvailability(3, 0.93);
    GeneratorOption early = TechnologyOptions.toGenerator(smr, 2025, a, 0, OptionalDouble.empty());
    assertThat(early.maxCapacity_MW()).hasValue(0);
    GeneratorOption contracted =
        TechnologyOptions.toGenerator(smr, 2025, a, 50, OptionalDouble.of(500));
    assertThat(contracted.maxCapacity_MW()).hasValue(50);
    GeneratorOption later = TechnologyOptions.toGenerator(smr, 2035, a, 0, OptionalDouble.of(500));
    assertThat(later.maxCapacity_MW()).hasValue(500);

    Technology fusion = catalog.require("fusion");
    assertThat(
            TechnologyOptions.toDispatchable(fusion, 2030, 1, 0, OptionalDouble.empty())
                .maxCapacity_MW())
        .hasValue(0);
    assertThat(
            TechnologyOptions.toDispatchable(fusion, 2040, 1, 0, OptionalDouble.empty())
                .maxCapacity_MW())
        .isEmpty();
  }

  @Test
  void toStorageMapsPowerAndEnergyCosts() {
    Technology battery = catalog.require("battery_li_ion");
    StorageOption s = TechnologyOptions.toStorage(battery, 2030, 10, 40, OptionalDouble.of(100));
    assertThat(s.technology()).isEqualTo("battery_li_ion");
    assertThat(s.existingPower_MW()).isEqualTo(10);
    assertThat(s.existingEnergy_MWh()).isEqualTo(40);
    assertThat(s.maxPower_MW()).hasValue(100);
    assertThat(s.annualisedPowerCost_USD_per_MW_year())
        .isEqualTo(battery.annualisedPowerCost_USD_per_MW_year(2030, 0.07));
    assertThat(s.annualisedEnergyCost_USD_per_MWh_year())
        .isEqualTo(battery.annualisedEnergyCost_USD_per_MWh_year(2030, 0.07));
    assertThat(s.roundTripEfficiency()).isEqualTo(0.85);
    assertThat(s.minDurationHours()).isEqualTo(2);
    assertThat(s.maxDurationHours()).isEqualTo(10);
    assertThat(s.land_m2_per_MW()).isEqualTo(battery.resources().landDirect_m2_per_MW());

    StorageOption ironAir =
        TechnologyOptions.toStorage(
            catalog.require("long_duration_storage"), 2030, 0, 0, OptionalDouble.empty());
    assertThat(ironAir.roundTripEfficiency()).isGreaterThan(0).isLessThanOrEqualTo(1);
    assertThat(ironAir.minDurationHours()).isEqualTo(100);
  }

  @Test
  void eachFactoryRejectsTheWrongKind() {
    double[] a = {1};
    assertThatThrownBy(
            () ->
                TechnologyOptions.toGenerator(
                    catalog.require("battery_li_ion"), 2025, a, 0, OptionalDouble.empty()))
        .hasMessageContaining("use toStorage");
    assertThatThrownBy(
            () ->
                TechnologyOptions.toGenerator(
                    catalog.require("grid_import"), 2025, a, 0, OptionalDouble.empty()))
        .hasMessageContaining("GridConnection");
    assertThatThrownBy(
            () ->
                TechnologyOptions.toStorage(
                    catalog.require("gas_cc"), 2025, 0, 0, OptionalDouble.empty()))
        .hasMessageContaining("use toGenerator");
    assertThatThrownBy(
            () ->
                TechnologyOptions.toDispatchable(
                    catalog.require("solar_utility"), 2025, 1, 0, OptionalDouble.empty()))
        .hasMessageContaining("hourly profile");
  }

  @Test
  void constantAvailabilityFillsEveryHour() {
    assertThat(TechnologyOptions.constantAvailability(8760, 0.93)).hasSize(8760).containsOnly(0.93);
    assertThat(TechnologyOptions.constantAvailability(0, 0.5)).isEmpty();
    assertThatThrownBy(() -> TechnologyOptions.constantAvailability(3, 1.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TechnologyOptions.constantAvailability(-1, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyGeneratingTechnologyBuildsAValidOption() {
    for (Technology t : catalog.all()) {
      if (t.dispatchability().generates()) {
        GeneratorOption g =
            TechnologyOptions.toGenerator(
                t,
                2050,
                TechnologyOptions.constantAvailability(24, 0.5),
                0,
                OptionalDouble.empty());
        assertThat(g.annualisedCapacityCost_USD_per_MW_year()).as(t.id()).isPositive();
      }
    }
  }
}
