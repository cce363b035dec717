package io.terawatt.supply.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.solvers.ortools.OrToolsLpSolver;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Plans of a synthetic week keep every constraint of the formulation and meet their targets. */
class SyntheticPlanTest {

  private static final double TOLERANCE = 1e-6;

  private final LeastCostPlanner planner = new LeastCostPlanner();
  private final SupplySite week = SyntheticSites.tenTechnologies(3, 168);

  @Test
  void anHourlyTargetIsMetAndEveryLimitHolds() {
    SupplyPlan plan = planner.plan(week, PlanTargets.hourlyCfe(0.9));

    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.targetsMet()).isTrue();
    assertThat(plan.metrics().hourlyCfe_pct()).isGreaterThanOrEqualTo(90 - TOLERANCE);
    assertFeasible(week, plan);
  }

  @Test
  void anAnnualTargetAndAnEmissionsCapAreMet() {
    double free = planner.plan(week, PlanTargets.none()).metrics().emissionsLocation_tCO2e();
    double cap = free / 2;

    SupplyPlan plan = planner.plan(week, PlanTargets.annualCfe(0.95).withEmissionsCap(cap));

    assertThat(plan.targetsMet()).isTrue();
    assertThat(plan.metrics().annualMatch_pct()).isGreaterThanOrEqualTo(95 - TOLERANCE);
    assertThat(plan.metrics().emissionsLocation_tCO2e()).isLessThanOrEqualTo(cap + TOLERANCE);
    assertFeasible(week, plan);
  }

  @Test
  void higherTargetsNeverCostLess() {
    double none = planner.plan(week, PlanTargets.none()).objective_USD();
    double half = planner.plan(week, PlanTargets.hourlyCfe(0.5)).objective_USD();
    double most = planner.plan(week, PlanTargets.hourlyCfe(0.9)).objective_USD();
    double annual = planner.plan(week, PlanTargets.annualCfe(0.9)).objective_USD();

    assertThat(none).isLessThanOrEqualTo(half * (1 + 1e-9));
    assertThat(half).isLessThan(most);
    // Annual matching is a relaxation of hourly matching at the same fraction.
    assertThat(annual).isLessThanOrEqualTo(most * (1 + 1e-9));
  }

  @Test
  void aFullTargetOnLittleLandIsReportedWithItsBestScoreAndMetAtThatScore() {
    SupplySite cramped =
        new SupplySite(
            week.name(),
            week.start(),
            week.load_MW(),
            week.grid(),
            week.generators(),
            week.storage(),
            OptionalDouble.of(0.01),
            week.waterLimit_m3(),
            week.unservedPenalty_USD_per_MWh());

    SupplyPlan plan = planner.plan(cramped, PlanTargets.hourlyCfe(1));

    Infeasibility missed = plan.infeasibility().orElseThrow();
    assertThat(missed.target()).isEqualTo(Infeasibility.Target.HOURLY_CFE);
    // 0.01 km² leaves room for little solar or onshore wind; offshore wind (no land) is capped at
    // 150 MW, and the grid's clean share is capped by the import limit.
    assertThat(missed.bestAchievable()).isBetween(0.5, 0.95);
    assertThat(missed.binding())
        .extracting(BindingConstraint::name)
        .contains("land", "max_capacity[wind_offshore]")
        .doesNotContain("availability");
    assertThat(missed.binding()).allSatisfy(b -> assertThat(b.marginalValue()).isPositive());
    assertThat(plan.lpSolves()).isGreaterThanOrEqualTo(4);
    // The plan reaches the best score; SupplyMetrics never counts less than the programme.
    assertThat(plan.metrics().hourlyCfe_pct())
        .isGreaterThanOrEqualTo(100 * missed.bestAchievable() - 1e-4);
    assertThat(plan.metrics().unserved_MWh()).isLessThan(TOLERANCE);
    assertFeasible(cramped, plan);
  }

  @Test
  void syntheticSitesAreDeterministicAndComplete() {
    SupplySite a = SyntheticSites.tenTechnologies(11);
    SupplySite b = SyntheticSites.tenTechnologies(11);
    SupplySite c = SyntheticSites.tenTechnologies(12);

    assertThat(a.hours()).isEqualTo(8760);
    assertThat(a.generators()).hasSize(10);
    assertThat(a.storage()).hasSize(2);
    assertThat(a.load_MW()).isEqualTo(b.load_MW());
    assertThat(a.generators().get(0).availability())
        .isEqualTo(b.generators().get(0).availability());
    assertThat(a.grid().price_USD_per_MWh()).isEqualTo(b.grid().price_USD_per_MWh());
    assertThat(a.load_MW()).isNotEqualTo(c.load_MW());
    assertThat(a.generators().stream().map(GeneratorOption::technology).distinct()).hasSize(10);
    // A week keeps the year's first hours and scales capacity costs to its length.
    SupplySite w = SyntheticSites.tenTechnologies(11, 168);
    assertThat(w.loadAt(100)).isEqualTo(a.loadAt(100));
    assertThat(w.generators().get(0).annualisedCapacityCost_USD_per_MW_year())
        .isCloseTo(
            a.generators().get(0).annualisedCapacityCost_USD_per_MW_year() * 168 / 8760,
            within(1e-9));
  }

  @Test
  void everySolverIsClosedAndAFailingSolverIsReported() {
    List<RecordingSolver> made = new ArrayList<>();
    LeastCostPlanner recorded =
        new LeastCostPlanner(
            () -> {
              RecordingSolver r = new RecordingSolver(false);
              made.add(r);
              return r;
            });
    SupplySite day = SyntheticSites.tenTechnologies(3, 24);

    SupplyPlan plan = recorded.plan(day, PlanTargets.hourlyCfe(0.5));

    assertThat(made).hasSize(plan.lpSolves()).allMatch(r -> r.closed);
    LeastCostPlanner failing = new LeastCostPlanner(() -> new RecordingSolver(true));
    assertThatThrownBy(() -> failing.plan(day, PlanTargets.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ABNORMAL")
        .hasMessageContaining(day.name());
  }

  /** Delegates to GLOP, records closing, and can report every solve as ABNORMAL. */
  private static final class RecordingSolver implements LpSolver {
    private final OrToolsLpSolver glop = new OrToolsLpSolver();
    private final boolean abnormal;
    boolean closed;

    RecordingSolver(boolean abnormal) {
      this.abnormal = abnormal;
    }

    @Override
    public int addVariable(double lower, double upper, String name) {
      return glop.addVariable(lower, upper, name);
    }

    @Override
    public int addConstraint(
        double lower, double upper, int[] variables, double[] coefficients, String name) {
      return glop.addConstraint(lower, upper, variables, coefficients, name);
    }

    @Override
    public void setObjectiveCoefficient(int variable, double coefficient) {
      glop.setObjectiveCoefficient(variable, coefficient);
    }

    @Override
    public void setMaximise(boolean maximise) {
      glop.setMaximise(maximise);
    }

    @Override
    public void setVariableBounds(int variable, double lower, double upper) {
      glop.setVariableBounds(variable, lower, upper);
    }

    @Override
    public void setConstraintBounds(int constraint, double lower, double upper) {
      glop.setConstraintBounds(constraint, lower, upper);
    }

    @Override
    public int variableCount() {
      return glop.variableCount();
    }

    @Override
    public int constraintCount() {
      return glop.constraintCount();
    }

    @Override
    public LpStatus solve() {
      LpStatus s = glop.solve();
      return abnormal ? LpStatus.ABNORMAL : s;
    }

    @Override
    public LpStatus status() {
      return abnormal ? LpStatus.ABNORMAL : glop.status();
    }

    @Override
    public double objectiveValue() {
      return glop.objectiveValue();
    }

    @Override
    public double value(int variable) {
      return glop.value(variable);
    }

    @Override
    public double[] values() {
      return glop.values();
    }

    @Override
    public double dual(int constraint) {
      return glop.dual(constraint);
    }

    @Override
    public double[] duals() {
      return glop.duals();
    }

    @Override
    public double[] reducedCosts() {
      return glop.reducedCosts();
    }

    @Override
    public double[] activities() {
      return glop.activities();
    }

    @Override
    public String toMps() {
      return glop.toMps();
    }

    @Override
    public void close() {
      closed = true;
      glop.close();
    }
  }

  /** Checks each constraint of the formulation on a plan's capacities and flows. */
  static void assertFeasible(SupplySite site, SupplyPlan plan) {
    HourlyFlows f = plan.flows();
    int n = site.hours();
    assertThat(plan.maxBalanceError_MWh()).isLessThan(TOLERANCE);
    assertThat(plan.objective_USD())
        .isCloseTo(plan.metrics().totalCost_USD(), within(1e-7 * plan.objective_USD()));
    double newLand = 0;
    List<GeneratorOption> gens = site.generators();
    for (int g = 0; g < gens.size(); g++) {
      GeneratorOption o = gens.get(g);
      double cap = plan.generators().get(g).capacity_MW();
      assertThat(cap).isGreaterThanOrEqualTo(o.existingCapacity_MW());
      assertThat(cap).isLessThanOrEqualTo(o.maxCapacity_MW().orElse(Double.MAX_VALUE) + TOLERANCE);
      newLand += (cap - o.existingCapacity_MW()) * o.land_m2_per_MW() / 1e6;
      for (int h = 0; h < n; h++) {
        assertThat(f.generation_MW()[g][h])
            .isLessThanOrEqualTo(o.availabilityAt(h) * cap + TOLERANCE);
      }
    }
    for (int s = 0; s < site.storage().size(); s++) {
      StorageOption o = site.storage().get(s);
      PlannedStorage p = plan.storage().get(s);
      newLand += (p.power_MW() - o.existingPower_MW()) * o.land_m2_per_MW() / 1e6;
      assertThat(p.energy_MWh())
          .isLessThanOrEqualTo(o.maxDurationHours() * p.power_MW() + TOLERANCE);
      assertThat(p.energy_MWh())
          .isGreaterThanOrEqualTo(o.minDurationHours() * p.power_MW() - TOLERANCE);
      double eff = o.chargeEfficiency();
      for (int h = 0; h < n; h++) {
        assertThat(f.charge_MW()[s][h]).isLessThanOrEqualTo(p.power_MW() + TOLERANCE);
        assertThat(f.discharge_MW()[s][h]).isLessThanOrEqualTo(p.power_MW() + TOLERANCE);
        assertThat(f.stateOfCharge_MWh()[s][h]).isLessThanOrEqualTo(p.energy_MWh() + TOLERANCE);
        double before = f.stateOfCharge_MWh()[s][h == 0 ? n - 1 : h - 1];
        assertThat(f.stateOfCharge_MWh()[s][h])
            .isCloseTo(
                before + eff * f.charge_MW()[s][h] - f.discharge_MW()[s][h] / eff,
                within(TOLERANCE));
      }
    }
    for (int h = 0; h < n; h++) {
      assertThat(f.gridImport_MW()[h])
          .isLessThanOrEqualTo(site.grid().importLimit_MW() + TOLERANCE);
      assertThat(f.gridExport_MW()[h])
          .isLessThanOrEqualTo(site.grid().exportLimit_MW() + TOLERANCE);
    }
    if (site.landLimit_km2().isPresent()) {
      assertThat(newLand).isLessThanOrEqualTo(site.landLimit_km2().getAsDouble() + TOLERANCE);
    }
    if (site.waterLimit_m3().isPresent()) {
      assertThat(plan.metrics().water_m3())
          .isLessThanOrEqualTo(site.waterLimit_m3().getAsDouble() * (1 + 1e-9) + TOLERANCE);
    }
  }
}
