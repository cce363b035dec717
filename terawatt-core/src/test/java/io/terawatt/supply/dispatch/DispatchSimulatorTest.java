package io.terawatt.supply.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Hand-computed dispatch of a three-hour site: solar, a battery, gas and the grid. */
class DispatchSimulatorTest {
  private static final double EPS = 1e-9;

  /**
   * Load 10 MW each hour; solar 20 MW with factors [1, 0.5, 0]; battery 5 MW / 10 MWh with η = 0.81
   * (√η = 0.9) starting at 5 MWh; gas 10 MW at 50 USD/MWh; grid at 40, 60, 60 USD/MWh with a 3 MW
   * import limit; no export.
   *
   * <p>Hour 0: solar 20, surplus 10: battery charges min(10, 5, (10 − 5)/0.9 = 5.56) = 5 MW (soc 5
   * + 4.5 = 9.5); 5 MW curtailed. Hour 1: solar 10 meets the load exactly. Hour 2: deficit 10:
   * battery gives min(10, 5, 9.5 × 0.9 = 8.55) = 5 (soc 9.5 − 5/0.9 = 3.944); gas (50) is cheaper
   * than the grid (60): 5 MW from gas; nothing imported or unserved.
   */
  private static SupplySite site(double[] gridPrice, double importLimit) {
    GeneratorOption solar =
        new GeneratorOption(
            "solar_utility",
            OptionKind.VARIABLE,
            true,
            20,
            OptionalDouble.empty(),
            new double[] {1, 0.5, 0},
            0,
            0,
            0,
            48,
            0,
            0,
            0);
    GeneratorOption gas =
        new GeneratorOption(
            "gas_cc",
            OptionKind.DISPATCHABLE,
            false,
            10,
            OptionalDouble.empty(),
            new double[] {1, 1, 1},
            0,
            50,
            370,
            490,
            0,
            0,
            1);
    StorageOption battery =
        new StorageOption("battery_li_ion", 5, 10, OptionalDouble.empty(), 0, 0, 0.81, 0, 4, 0);
    GridConnection grid =
        new GridConnection(
            new double[] {400, 400, 400},
            gridPrice,
            new double[] {0, 0, 0},
            importLimit,
            0,
            0,
            400);
    return new SupplySite(
        "three hours",
        Instant.parse("2030-01-01T00:00:00Z"),
        new double[] {10, 10, 10},
        grid,
        List.of(solar, gas),
        List.of(battery),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        10_000);
  }

  @Test
  void surplusChargesTheBatteryAndTheRestIsCurtailed() {
    DispatchResult r = DispatchSimulator.simulate(site(new double[] {40, 60, 60}, 3));

    assertThat(r.flows().charge_MW()[0][0]).isCloseTo(5, within(EPS));
    assertThat(r.flows().curtailment_MW()[0][0]).isCloseTo(5, within(EPS));
    assertThat(r.flows().generation_MW()[0][0]).isCloseTo(15, within(EPS));
    assertThat(r.flows().stateOfCharge_MWh()[0][0]).isCloseTo(9.5, within(EPS));
  }

  @Test
  void deficitIsMetByTheBatteryThenTheCheaperOfGasAndGrid() {
    DispatchResult r = DispatchSimulator.simulate(site(new double[] {40, 60, 60}, 3));

    assertThat(r.flows().discharge_MW()[0][2]).isCloseTo(5, within(EPS));
    assertThat(r.flows().generation_MW()[1][2]).isCloseTo(5, within(EPS));
    assertThat(r.flows().gridImport_MW()[2]).isZero();
    assertThat(r.flows().stateOfCharge_MWh()[0][2]).isCloseTo(9.5 - 5 / 0.9, within(EPS));
    assertThat(r.metrics().unserved_MWh()).isZero();
  }

  @Test
  void aCheaperGridIsImportedBeforeGasUpToItsLimit() {
    DispatchResult r = DispatchSimulator.simulate(site(new double[] {40, 60, 30}, 3));

    assertThat(r.flows().gridImport_MW()[2]).isCloseTo(3, within(EPS));
    assertThat(r.flows().generation_MW()[1][2]).isCloseTo(2, within(EPS));
  }

  @Test
  void everyHourBalancesAndTheMetricsFollowTheFlows() {
    DispatchResult r = DispatchSimulator.simulate(site(new double[] {40, 60, 60}, 3));

    assertThat(r.metrics().maxEnergyBalanceError_MWh()).isLessThan(1e-9);
    // Scope 1: 5 MWh of gas at 370 g/kWh = 1.85 t; no imports, so both totals equal it.
    assertThat(r.metrics().scope1_tCO2e()).isCloseTo(1.85, within(EPS));
    assertThat(r.metrics().emissionsLocation_tCO2e()).isCloseTo(1.85, within(EPS));
    assertThat(r.metrics().emissionsMarket_tCO2e()).isCloseTo(1.85, within(EPS));
    // Carbon-free: hour 0 min(10, 15 − 5 charge) = 10, hour 1 10, hour 2 battery 5 → 25 of 30.
    assertThat(r.metrics().hourlyCfe_pct()).isCloseTo(100.0 * 25 / 30, within(1e-9));
    // Annual match: solar delivered 15 + 10 = 25 MWh of 30 MWh load.
    assertThat(r.metrics().annualMatch_pct()).isCloseTo(100.0 * 25 / 30, within(1e-9));
    assertThat(r.metrics().curtailed_MWh()).isCloseTo(5, within(EPS));
  }

  @Test
  void loadBeyondEverySourceIsUnservedAndCounted() {
    SupplySite s = site(new double[] {40, 60, 60}, 0);
    SupplySite bigger =
        new SupplySite(
            s.name(),
            s.start(),
            new double[] {10, 10, 30},
            s.grid(),
            s.generators(),
            s.storage(),
            s.landLimit_km2(),
            s.waterLimit_m3(),
            10_000);

    DispatchResult r = DispatchSimulator.simulate(bigger);

    // Hour 2: battery 5 + gas 10 of 30 MW: 15 MW unserved.
    assertThat(r.flows().unserved_MW()[2]).isCloseTo(15, within(EPS));
    assertThat(r.metrics().unservedCost_USD()).isCloseTo(150_000, within(1e-6));
  }
}
