package io.terawatt.supply.plan;

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

/**
 * Three-hour sites whose optimum is derived by hand in the comments.
 *
 * <p>The site: load 10 MW in each of 3 hours. Solar (variable, carbon-free) with availability [1,
 * 0.5, 0], 100 USD/MW capacity, no variable cost, 20,000 m²/MW. Gas (dispatchable, availability 1)
 * at 1,000 USD/MW capacity and 100 USD/MWh, 500 gCO2e/kWh. A battery with round-trip efficiency
 * 0.81 (√η = 0.9 each way), 5,000 USD/MW power and 200 USD/MWh energy, durations 0..100 h. No grid
 * (import and export limits 0). Unserved energy 10,000 USD/MWh. Capacity costs are "per year" of
 * this 3-hour site.
 */
class HandComputedPlanTest {

  private static final double EXACT = 1e-9;
  private static final int SOLAR = 0;
  private static final int GAS = 1;

  private final LeastCostPlanner planner = new LeastCostPlanner();

  static SupplySite site(OptionalDouble landLimit_km2) {
    GeneratorOption solar =
        new GeneratorOption(
            "solar",
            OptionKind.VARIABLE,
            true,
            0,
            OptionalDouble.empty(),
            new double[] {1, 0.5, 0},
            100,
            0,
            0,
            0,
            0,
            20_000,
            0);
    GeneratorOption gas =
        new GeneratorOption(
            "gas",
            OptionKind.DISPATCHABLE,
            false,
            0,
            OptionalDouble.empty(),
            new double[] {1, 1, 1},
            1_000,
            100,
            500,
            500,
            0,
            0,
            1);
    StorageOption battery =
        new StorageOption("battery", 0, 0, OptionalDouble.empty(), 5_000, 200, 0.81, 0, 100, 0);
    GridConnection noGrid =
        new GridConnection(new double[3], new double[3], new double[3], 0, 0, 0, 0);
    return new SupplySite(
        "hand",
        Instant.parse("2025-01-01T00:00:00Z"),
        new double[] {10, 10, 10},
        noGrid,
        List.of(solar, gas),
        List.of(battery),
        landLimit_km2,
        OptionalDouble.empty(),
        10_000);
  }

  @Test
  void withoutTargetsSolarCoversTheFirstHourAndGasTheRest() {
    // Solar: each MW up to 10 gives 1 MWh in hour 0 and 0.5 MWh in hour 1, saving 150 USD of gas
    // fuel for 100 USD: build. Beyond 10 MW hour 0 is full; a MW saves only 50 USD in hour 1:
    // stop. So solar = 10 MW, output [10, 5, 0].
    // Gas must cover hour 2 alone (no sun): 10 MW, output [0, 5, 10].
    // The battery could at best save 1,000 USD of gas capacity and 200 USD of fuel per MW of
    // power, against 5,000 USD per MW: none.
    // Cost = 100·10 + 1,000·10 + 100·(5 + 10) = 1,000 + 10,000 + 1,500 = 12,500 USD.
    SupplyPlan plan = planner.plan(site(OptionalDouble.empty()), PlanTargets.none());

    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.targetsMet()).isTrue();
    assertThat(plan.lpSolves()).isEqualTo(1);
    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(10, within(EXACT));
    assertThat(plan.generators().get(GAS).capacity_MW()).isCloseTo(10, within(EXACT));
    assertThat(plan.storage().get(0).power_MW()).isCloseTo(0, within(EXACT));
    assertThat(plan.storage().get(0).energy_MWh()).isCloseTo(0, within(EXACT));
    assertThat(plan.flows().generation_MW()[SOLAR])
        .containsExactly(new double[] {10, 5, 0}, within(EXACT));
    assertThat(plan.flows().generation_MW()[GAS])
        .containsExactly(new double[] {0, 5, 10}, within(EXACT));
    assertThat(plan.flows().curtailment_MW()[SOLAR])
        .containsExactly(new double[] {0, 0, 0}, within(EXACT));
    assertThat(plan.objective_USD()).isCloseTo(12_500, within(EXACT));
    assertThat(plan.metrics().totalCost_USD()).isCloseTo(12_500, within(EXACT));
    // Clean energy in hours 0 and 1: 15 of 30 MWh; gas 15 MWh at 0.5 t/MWh.
    assertThat(plan.metrics().hourlyCfe_pct()).isCloseTo(50, within(EXACT));
    assertThat(plan.metrics().scope1_tCO2e()).isCloseTo(7.5, within(EXACT));
    assertThat(plan.maxBalanceError_MWh()).isLessThan(EXACT);
    assertThat(plan.builtSite().generators().get(SOLAR).existingCapacity_MW())
        .isCloseTo(10, within(EXACT));
  }

  @Test
  void anEightyPercentHourlyTargetNeedsTheBattery() {
    // Target 0.8 · 30 = 24 MWh matched hour by hour. Without storage hour 2 has no clean supply,
    // so at most 20 MWh (0.667): the battery must deliver 4 MWh in hour 2.
    // Cheapest clean energy first: solar at ≥ 20 MW fills hours 0 and 1 (10 each); then 4 MWh
    // discharged in hour 2 (power ≥ 4 MW) need 4/0.81 = 4.938272 MWh of charge from solar surplus
    // (charging counts against the hour's clean supply, so gas cannot charge it).
    // Charging all of it in hour 0 needs 4.938 MW of power; instead keep power at 4 MW, charge 4
    // in hour 0 and 0.938272 in hour 1, which needs 0.5·x − 10 = 0.938272, x = 12 + 8/0.81 =
    // 21.876543 MW of solar: 187.65 USD more solar against 4,691 USD less power. So power = 4 MW,
    // energy = 0.9 · 4.938272 = 4/0.9 = 4.444444 MWh (state 0 before hour 0, cyclic).
    // Gas covers the rest of hour 2: 6 MW, 6 MWh.
    // Cost = 100·21.876543 + 5,000·4 + 200·4.444444 + 1,000·6 + 100·6
    //      = 2,187.654321 + 20,000 + 888.888889 + 6,000 + 600 = 29,676.543210 USD.
    SupplyPlan plan = planner.plan(site(OptionalDouble.empty()), PlanTargets.hourlyCfe(0.8));

    double solar = 12 + 8 / 0.81;
    double energy = 4 / 0.9;
    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.targetsMet()).isTrue();
    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(solar, within(EXACT));
    assertThat(plan.generators().get(GAS).capacity_MW()).isCloseTo(6, within(EXACT));
    assertThat(plan.storage().get(0).power_MW()).isCloseTo(4, within(EXACT));
    assertThat(plan.storage().get(0).energy_MWh()).isCloseTo(energy, within(EXACT));
    assertThat(plan.flows().charge_MW()[0])
        .containsExactly(new double[] {4, 4 / 0.81 - 4, 0}, within(EXACT));
    assertThat(plan.flows().discharge_MW()[0])
        .containsExactly(new double[] {0, 0, 4}, within(EXACT));
    assertThat(plan.flows().stateOfCharge_MWh()[0])
        .containsExactly(new double[] {3.6, energy, 0}, within(EXACT));
    assertThat(plan.flows().generation_MW()[GAS])
        .containsExactly(new double[] {0, 0, 6}, within(EXACT));
    assertThat(plan.flows().generation_MW()[SOLAR])
        .containsExactly(new double[] {14, 10 + 4 / 0.81 - 4, 0}, within(EXACT));
    assertThat(plan.flows().curtailment_MW()[SOLAR])
        .containsExactly(new double[] {solar - 14, 0, 0}, within(EXACT));
    double cost = 100 * solar + 5_000 * 4 + 200 * energy + 1_000 * 6 + 100 * 6;
    assertThat(plan.objective_USD()).isCloseTo(cost, within(EXACT * cost));
    assertThat(plan.objective_USD()).isCloseTo(29_676.543210, within(1e-6));
    assertThat(plan.metrics().hourlyCfe_pct()).isCloseTo(80, within(EXACT));
    assertThat(plan.maxBalanceError_MWh()).isLessThan(EXACT);
  }

  @Test
  void aFullHourlyTargetRemovesGas() {
    // 100 %: hour 2 needs 10 MWh from the battery (power 10 MW, energy 10/0.9 = 11.111 MWh),
    // charged with 10/0.81 = 12.345679 MWh. Power is already 10, so charge 10 in hour 0 and
    // 2.345679 in hour 1: 0.5·x − 10 = 2.345679, x = 20/0.81 = 24.691358 MW. No gas.
    // Cost = 100·24.691358 + 5,000·10 + 200·11.111111 = 2,469.1358 + 50,000 + 2,222.2222.
    SupplyPlan plan = planner.plan(site(OptionalDouble.empty()), PlanTargets.hourlyCfe(1));

    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(20 / 0.81, within(EXACT));
    assertThat(plan.generators().get(GAS).capacity_MW()).isCloseTo(0, within(EXACT));
    assertThat(plan.storage().get(0).power_MW()).isCloseTo(10, within(EXACT));
    assertThat(plan.storage().get(0).energy_MWh()).isCloseTo(10 / 0.9, within(EXACT));
    double cost = 100 * 20 / 0.81 + 50_000 + 200 * 10 / 0.9;
    assertThat(plan.objective_USD()).isCloseTo(cost, within(EXACT * cost));
    assertThat(plan.metrics().hourlyCfe_pct()).isCloseTo(100, within(EXACT));
  }

  @Test
  void aFullTargetOnTooLittleLandReportsTheLandAndTheBestScore() {
    // Land 0.16 km² at 0.02 km²/MW allows 8 MW of solar: output [8, 4, 0] never exceeds the load,
    // so nothing is left to store; the best hourly score is (8 + 4) / 30 = 0.4. With unlimited
    // land 100 % is reachable (the test above), so availability does not bind; land does: one
    // more km² is 50 MW of solar, +1.5 MWh per MW up to hour 0's load, 75 MWh = 2.5 % of load.
    // The plan then meets 0.4 at least cost: solar 8 MW (cost falls with solar up to 10 MW),
    // gas 10 MW with output [2, 6, 10]. Cost = 800 + 10,000 + 1,800 = 12,600 USD.
    SupplyPlan plan = planner.plan(site(OptionalDouble.of(0.16)), PlanTargets.hourlyCfe(1));

    assertThat(plan.targetsMet()).isFalse();
    Infeasibility missed = plan.infeasibility().orElseThrow();
    assertThat(missed.target()).isEqualTo(Infeasibility.Target.HOURLY_CFE);
    assertThat(missed.requested()).isEqualTo(1.0);
    assertThat(missed.bestAchievable()).isCloseTo(0.4, within(EXACT));
    assertThat(missed.bindsOn(BindingConstraint.Kind.LAND)).isTrue();
    assertThat(missed.bindsOn(BindingConstraint.Kind.AVAILABILITY)).isFalse();
    assertThat(missed.binding())
        .filteredOn(b -> b.kind() == BindingConstraint.Kind.LAND)
        .singleElement()
        .satisfies(b -> assertThat(b.marginalValue()).isCloseTo(2.5, within(1e-6)));
    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(8, within(EXACT));
    assertThat(plan.generators().get(GAS).capacity_MW()).isCloseTo(10, within(EXACT));
    assertThat(plan.flows().generation_MW()[GAS])
        .containsExactly(new double[] {2, 6, 10}, within(EXACT));
    assertThat(plan.objective_USD()).isCloseTo(12_600, within(EXACT * 12_600));
    assertThat(plan.metrics().hourlyCfe_pct()).isCloseTo(40, within(1e-6));
    assertThat(plan.metrics().land_km2()).isCloseTo(0.16, within(EXACT));
  }

  @Test
  void aZeroEmissionsCapWithoutStorageReportsTheImportLimitAndSolarMaximum() {
    // No battery; solar capped at 6 MW; a zero-intensity grid at 50 USD/MWh limited to 4 MW.
    // The least emissions serving all load: solar [6, 3, 0], imports 4 each hour, gas [0, 3, 6]
    // = 9 MWh at 0.5 t/MWh = 4.5 t. A cap of 0 can only be met by not serving load, so it is out
    // of reach; binding: the import limit and the solar maximum. Hour 0 is degenerate (solar 6 +
    // import 4 = load, gas 0), so their duals are not unique: one more MW of import every hour
    // saves gas in hours 1 and 2 (1.0 t) and one less costs gas in all three (1.5 t); the dual
    // lies between. Without those limits emissions reach 0, so availability does not bind. The plan
    // meets 4.5 t: solar 6, imports 12 MWh, gas 6 MW, 9 MWh.
    // Cost = 600 + 600 + 6,000 + 900 = 8,100 USD.
    SupplySite base = site(OptionalDouble.empty());
    GeneratorOption solar =
        new GeneratorOption(
            "solar",
            OptionKind.VARIABLE,
            true,
            0,
            OptionalDouble.of(6),
            new double[] {1, 0.5, 0},
            100,
            0,
            0,
            0,
            0,
            20_000,
            0);
    GridConnection grid =
        new GridConnection(new double[3], new double[] {50, 50, 50}, new double[3], 4, 0, 0, 0);
    SupplySite site =
        new SupplySite(
            "hand-grid",
            base.start(),
            base.load_MW(),
            grid,
            List.of(solar, base.generators().get(GAS)),
            List.of(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            10_000);

    SupplyPlan plan = planner.plan(site, PlanTargets.emissionsCap(0));

    Infeasibility missed = plan.infeasibility(Infeasibility.Target.EMISSIONS_CAP).orElseThrow();
    assertThat(missed.requested()).isZero();
    assertThat(missed.bestAchievable()).isCloseTo(4.5, within(EXACT));
    assertThat(missed.binding())
        .extracting(BindingConstraint::name)
        .containsExactlyInAnyOrder("grid_import_limit", "max_capacity[solar]");
    assertThat(missed.binding())
        .filteredOn(b -> b.kind() == BindingConstraint.Kind.GRID_IMPORT_LIMIT)
        .singleElement()
        .satisfies(b -> assertThat(b.marginalValue()).isBetween(1.0 - 1e-9, 1.5 + 1e-9));
    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(6, within(1e-6));
    assertThat(plan.generators().get(GAS).capacity_MW()).isCloseTo(6, within(1e-6));
    assertThat(plan.flows().gridImport_MW()).containsExactly(new double[] {4, 4, 4}, within(1e-6));
    assertThat(plan.metrics().unserved_MWh()).isCloseTo(0, within(1e-6));
    assertThat(plan.metrics().emissionsLocation_tCO2e()).isCloseTo(4.5, within(1e-6));
    assertThat(plan.objective_USD()).isCloseTo(8_100, within(1e-4));
  }

  @Test
  void aCapWithNoCarbonFreeSupplyIsHeldBackByAvailability() {
    // Gas alone, and a closed grid connection as dirty as gas (500 gCO2e/kWh): serving 30 MWh
    // emits 30 · 0.5 = 15 t whatever the limits, so a 10 t cap is out of reach and only
    // availability (no carbon-free resource at all) binds; opening the grid would not help, so
    // its import limit does not bind. The plan meets 15 t: gas 10 MW, 30 MWh, cost 10,000 +
    // 3,000 = 13,000 USD.
    SupplySite base = site(OptionalDouble.empty());
    GridConnection dirty =
        new GridConnection(new double[] {500, 500, 500}, new double[3], new double[3], 0, 0, 0, 0);
    SupplySite gasOnly =
        new SupplySite(
            "gas-only",
            base.start(),
            base.load_MW(),
            dirty,
            List.of(base.generators().get(GAS)),
            List.of(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            10_000);

    SupplyPlan plan = planner.plan(gasOnly, PlanTargets.emissionsCap(10));

    Infeasibility missed = plan.infeasibility().orElseThrow();
    assertThat(missed.target()).isEqualTo(Infeasibility.Target.EMISSIONS_CAP);
    assertThat(missed.target().unit()).isEqualTo("tCO2e");
    assertThat(missed.bestAchievable()).isCloseTo(15, within(1e-9));
    assertThat(missed.binding())
        .extracting(BindingConstraint::name)
        .containsExactly("availability");
    assertThat(plan.generators().get(0).capacity_MW()).isCloseTo(10, within(1e-6));
    assertThat(plan.objective_USD()).isCloseTo(13_000, within(1e-4));
    assertThat(plan.metrics().unserved_MWh()).isCloseTo(0, within(1e-6));
  }

  @Test
  void aFullAnnualTargetOnTooLittleLandReportsTheLand() {
    // Annual matching counts generation, not the hour it serves. 8 MW of solar (the land limit)
    // generate at most 8 + 4 = 12 MWh of the 30: best 0.4, held back by land. With more land
    // 20 MW would generate 30 MWh (the surplus of hour 0 stored), so availability does not bind.
    SupplyPlan plan = planner.plan(site(OptionalDouble.of(0.16)), PlanTargets.annualCfe(1));

    Infeasibility missed = plan.infeasibility().orElseThrow();
    assertThat(missed.target()).isEqualTo(Infeasibility.Target.ANNUAL_CFE);
    assertThat(missed.target().unit()).isEqualTo("fraction");
    assertThat(missed.bestAchievable()).isCloseTo(0.4, within(EXACT));
    assertThat(missed.binding()).extracting(BindingConstraint::name).containsExactly("land");
    assertThat(plan.generators().get(SOLAR).capacity_MW()).isCloseTo(8, within(EXACT));
    assertThat(plan.metrics().annualMatch_pct()).isCloseTo(40, within(1e-6));
  }
}
