package io.terawatt.supply.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.SupplySite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Representative weeks: selection, weighting, and the weighted programme against all hours. */
class RepresentativeWeeksIT {

  @Test
  void weightsCoverTheYearAndTheLeastRenewableWeekStandsAlone() {
    SupplySite site = SyntheticSites.tenTechnologies(7);
    RepresentativeWeeks rw = RepresentativeWeeks.select(site, 6);
    assertThat(rw.count()).isEqualTo(6);
    assertThat(Arrays.stream(rw.weight_weeks()).sum() * 168).isCloseTo(8760, within(1e-9));
    int[] first = rw.firstHour();
    for (int i = 1; i < first.length; i++) {
      assertThat(first[i]).as("representatives in time order").isGreaterThan(first[i - 1]);
    }
    int extreme = RepresentativeWeeks.leastRenewableWeek(site, 52);
    int index = Arrays.binarySearch(first, extreme * 168);
    assertThat(index).as("the least-renewable week is a representative").isGreaterThanOrEqualTo(0);
    assertThat(rw.weight_weeks()[index]).isCloseTo(8760.0 / 8736, within(1e-12));
    int members = 0;
    for (int c : rw.clusterOfWeek()) {
      if (c == index) {
        members++;
      }
    }
    assertThat(members).as("it represents only itself").isEqualTo(1);
    assertThat(RepresentativeWeeks.select(site, 6)).as("deterministic").isEqualTo(rw);
  }

  @Test
  void reducedSiteHoldsTheChosenWeeksInOrder() {
    SupplySite site = SyntheticSites.tenTechnologies(5);
    RepresentativeWeeks rw = RepresentativeWeeks.select(site, 3);
    SupplySite reduced = rw.reduce(site);
    assertThat(reduced.hours()).isEqualTo(3 * 168);
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < 168; i += 17) {
        int h = rw.firstHour()[c] + i;
        assertThat(reduced.grid().intensityAt(c * 168 + i)).isEqualTo(site.grid().intensityAt(h));
        assertThat(reduced.generators().get(0).availabilityAt(c * 168 + i))
            .isEqualTo(site.generators().get(0).availabilityAt(h));
      }
    }
    HourWeights w = rw.hourWeights();
    assertThat(w.cycle_h()).isEqualTo(168);
    assertThat(w.previousInCycle(168, 504)).as("a week wraps onto its own end").isEqualTo(335);
    assertThat(w.previousInCycle(200, 504)).isEqualTo(199);
  }

  @Test
  void aWeekWeightedTwiceCostsWhatTwoIdenticalWeeksCost() {
    SupplySite week = SyntheticSites.tenTechnologies(3, 168);
    SupplySite twice = tile(week, 2);
    PlanTargets targets = PlanTargets.hourlyCfe(0.8);
    LeastCostPlanner planner = new LeastCostPlanner();
    SupplyPlan full = planner.plan(twice, targets);
    double[] two = new double[168];
    Arrays.fill(two, 2);
    SupplyPlan weighted = planner.plan(week, targets, false, new HourWeights(two, 168));
    assertThat(full.targetsMet()).isTrue();
    assertThat(weighted.targetsMet()).isTrue();
    assertThat(weighted.objective_USD())
        .isCloseTo(full.objective_USD(), within(1e-6 * Math.abs(full.objective_USD())));
    // Unweighted, the week alone is cheaper: the weights matter.
    SupplyPlan once = planner.plan(week, targets);
    assertThat(once.objective_USD()).isLessThan(full.objective_USD() * 0.99);
  }

  @Test
  void representativeWeeksComeCloseToAllHours() {
    SupplySite site = SyntheticSites.tenTechnologies(11, 12 * 168);
    PlanTargets targets = PlanTargets.hourlyCfe(0.7);
    LeastCostPlanner planner = new LeastCostPlanner();
    SupplyPlan full = planner.plan(site, targets);
    RepresentativeWeekPlanner.Result rw =
        new RepresentativeWeekPlanner(planner, 6).plan(site, targets);
    double relative = Math.abs(rw.objective_USD() - full.objective_USD()) / full.objective_USD();
    assertThat(relative).as("objective within 10 %% of all hours").isLessThan(0.10);
    double fullCapacity = totalCapacity(full.builtSite());
    double rwCapacity = totalCapacity(rw.builtSite());
    assertThat(Math.abs(rwCapacity - fullCapacity) / fullCapacity)
        .as("total capacity within 25 %% of all hours")
        .isLessThan(0.25);
    assertThat(rw.year().metrics().maxEnergyBalanceError_MWh()).isLessThan(1e-6);
    assertThat(rw.year().metrics().load_MWh())
        .isCloseTo(full.metrics().load_MWh(), within(1e-6 * full.metrics().load_MWh()));
  }

  @Test
  void tooManyWeeksIsRefused() {
    SupplySite site = SyntheticSites.tenTechnologies(1, 3 * 168);
    assertThatThrownBy(() -> RepresentativeWeeks.select(site, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 3");
    assertThatThrownBy(() -> new HourWeights(new double[] {1, -1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double totalCapacity(SupplySite built) {
    double c = 0;
    for (GeneratorOption g : built.generators()) {
      c += g.existingCapacity_MW();
    }
    return c;
  }

  /** The site repeated n times (same options and costs). */
  static SupplySite tile(SupplySite s, int n) {
    GridConnection g = s.grid();
    GridConnection grid =
        new GridConnection(
            rep(g.intensity_gCO2e_per_kWh(), n),
            rep(g.price_USD_per_MWh(), n),
            rep(g.carbonFreeShare(), n),
            g.importLimit_MW(),
            g.exportLimit_MW(),
            g.exportPriceFactor(),
            g.residualMix_gCO2e_per_kWh());
    List<GeneratorOption> gens = new ArrayList<>();
    for (GeneratorOption o : s.generators()) {
      gens.add(
          new GeneratorOption(
              o.technology(),
              o.kind(),
              o.carbonFree(),
              o.existingCapacity_MW(),
              o.maxCapacity_MW(),
              rep(o.availability(), n),
              o.annualisedCapacityCost_USD_per_MW_year(),
              o.variableCost_USD_per_MWh(),
              o.directEmissions_gCO2e_per_kWh(),
              o.lifecycleEmissions_gCO2e_per_kWh(),
              o.water_L_per_MWh(),
              o.land_m2_per_MW(),
              o.meritOrder()));
    }
    return new SupplySite(
        s.name(),
        s.start(),
        rep(s.load_MW(), n),
        grid,
        gens,
        s.storage(),
        s.landLimit_km2(),
        // Water is a yearly sum: n copies use n times the water.
        s.waterLimit_m3().isPresent()
            ? java.util.OptionalDouble.of(s.waterLimit_m3().getAsDouble() * n)
            : s.waterLimit_m3(),
        s.unservedPenalty_USD_per_MWh());
  }

  private static double[] rep(double[] v, int n) {
    double[] out = new double[v.length * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(v, 0, out, i * v.length, v.length);
    }
    return out;
  }
}
