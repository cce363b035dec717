package io.terawatt.supply;

import io.terawatt.supply.dispatch.DispatchResult;
import io.terawatt.supply.dispatch.DispatchSimulator;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.Infeasibility;
import io.terawatt.supply.plan.LeastCostPlanner;
import io.terawatt.supply.plan.LpSolvers;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
import io.terawatt.supply.plan.SupplyPlan;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.supply.technology.TechnologyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The supply capability's use cases: plan a site at least cost ({@code terawatt supply plan} and
 * the main job's supply stage), simulate a year with built capacities ({@code supply simulate}),
 * and the technology catalog as a table ({@code supply technologies}).
 */
public final class SupplyService {
  /**
   * A year simulated with capacities planned on representative weeks whose carbon-free share falls
   * this far below the target is reported as missed, percentage points: half a point, so that the
   * simulator's rounding is not reported (a convention).
   */
  public static final double CFE_REPORT_TOLERANCE_PCT = 0.5;

  private SupplyService() {}

  /**
   * Plans a site at least cost under its targets: the exact programme over every hour, or the
   * programme on representative weeks and the year simulated with its capacities.
   *
   * @throws IllegalArgumentException for an unknown solver, a year outside the catalog's, or a site
   *     that cannot be planned even without targets
   */
  public static SupplyPlanResult plan(SupplyPlanRequest r) {
    int year = r.planningYear();
    SupplySite site =
        SupplySites.build(
            r.site(),
            year,
            r.load_MW(),
            r.gridIntensity()
                .orElseGet(() -> GridSignal.intensity(r.site().grid(), Optional.empty(), year, 0))
                .values());
    String solver = r.solver().orElseGet(LpSolvers::defaultName);
    LeastCostPlanner planner = new LeastCostPlanner(LpSolvers.byName(solver));
    PlanTargets targets = r.targets();
    long t0 = System.nanoTime();
    if (r.representativeWeeks().isPresent()) {
      int k = r.representativeWeeks().getAsInt();
      RepresentativeWeekPlanner.Result w =
          new RepresentativeWeekPlanner(planner, k).plan(site, targets);
      SupplyMetrics m = w.year().metrics();
      return new SupplyPlanResult(
          site.name(),
          year,
          solver,
          k,
          w.reducedPlan(),
          w.builtSite(),
          w.year().flows(),
          m,
          Optional.of(w.weeks()),
          w.adequacyTopUp_MW(),
          missed(w.reducedPlan(), targets, Optional.of(m)),
          (System.nanoTime() - t0) / 1e9);
    }
    SupplyPlan p = planner.plan(site, targets, r.keepMps());
    return new SupplyPlanResult(
        site.name(),
        year,
        solver,
        0,
        p,
        p.builtSite(),
        p.flows(),
        p.metrics(),
        Optional.empty(),
        Map.of(),
        missed(p, targets, Optional.empty()),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Simulates a year of hourly dispatch with the site's existing capacities. */
  public static SupplySimulationResult simulate(SupplySimulationRequest r) {
    int year = r.simulatedYear();
    SupplySite site = SupplySites.build(r.site(), year);
    long t0 = System.nanoTime();
    DispatchResult d = DispatchSimulator.simulate(site);
    double ms = (System.nanoTime() - t0) / 1e6;
    return new SupplySimulationResult(year, site, d.flows(), d.metrics(), ms);
  }

  /** The built-in technology catalog as a Markdown table. */
  public static String technologyTable() {
    return TechnologyTable.markdown(TechnologyCatalog.builtIn());
  }

  /**
   * The targets missed, in words: those the programme could not meet, and a carbon-free target that
   * the simulated year (when planned on representative weeks) misses by more than {@link
   * #CFE_REPORT_TOLERANCE_PCT}.
   */
  private static List<String> missed(
      SupplyPlan plan, PlanTargets targets, Optional<SupplyMetrics> simulatedYear) {
    List<String> missed = new ArrayList<>();
    for (Infeasibility i : plan.infeasibilities()) {
      missed.add(
          String.format(
              Locale.ROOT,
              "%s: requested %.4g %s, best achievable %.4g",
              i.target().name().toLowerCase(Locale.ROOT),
              i.requested(),
              i.target().unit(),
              i.bestAchievable()));
    }
    if (simulatedYear.isPresent() && targets.carbonFreeFraction().isPresent()) {
      boolean hourly = targets.cfeMatching() == CfeMatching.HOURLY;
      double target = 100 * targets.carbonFreeFraction().getAsDouble();
      SupplyMetrics m = simulatedYear.get();
      double achieved = hourly ? m.hourlyCfe_pct() : m.annualMatch_pct();
      if (achieved < target - CFE_REPORT_TOLERANCE_PCT) {
        missed.add(
            String.format(
                Locale.ROOT,
                "simulated year: %s CFE %.1f %% below the %.0f %% target the representative weeks"
                    + " met",
                hourly ? "hourly" : "annual",
                achieved,
                target));
      }
    }
    return missed;
  }
}
