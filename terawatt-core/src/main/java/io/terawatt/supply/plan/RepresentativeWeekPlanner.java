package io.terawatt.supply.plan;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.dispatch.DispatchResult;
import io.terawatt.supply.dispatch.DispatchSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a site's capacities on {@link RepresentativeWeeks} instead of all 8,760 hours: the
 * least-cost programme of {@link LeastCostPlanner} over k weeks, each hour weighted by the weeks it
 * stands for and storage cyclic within each week; then the chosen capacities are run through the
 * whole year by the {@link DispatchSimulator}, so that the year's hourly flows and metrics are
 * those of the built site on every hour (not of the representative weeks). The programme's
 * objective is the weighted year's cost; the simulated year's cost can differ from it because the
 * simulator's merit-order dispatch is not the programme's optimal dispatch.
 *
 * <p>Adequacy check: representative weeks, even with the least-renewable week kept, miss lulls that
 * last longer than a week, so a plan sized on them can leave load unserved in the simulated year.
 * When it does, the dispatchable option with the lowest annualised cost per MW that still has room
 * below its maximum gets the largest hourly shortfall (divided by its lowest availability) added,
 * and the year is simulated again, up to {@link #ADEQUACY_ROUNDS} times. What was added is reported
 * in {@link Result#adequacyTopUp_MW()}; it is the price of the aggregation (see docs/plan.md).
 */
public final class RepresentativeWeekPlanner {

  /**
   * Default number of representative weeks (see docs/plan.md for the validation against 8,760 h).
   */
  public static final int DEFAULT_WEEKS = 8;

  /** Rounds of the adequacy top-up. */
  public static final int ADEQUACY_ROUNDS = 3;

  private final LeastCostPlanner planner;
  private final int weeks;

  /**
   * A planner on {@code weeks} representative weeks.
   *
   * @param planner the least-cost planner that solves the weighted programme
   * @param weeks number of representative weeks, 1..52
   */
  public RepresentativeWeekPlanner(LeastCostPlanner planner, int weeks) {
    if (weeks < 1 || weeks > 52) {
      throw new IllegalArgumentException("Representative weeks must be 1 to 52, not " + weeks);
    }
    this.planner = planner;
    this.weeks = weeks;
  }

  /**
   * A plan on representative weeks and the year it gives.
   *
   * @param weeks the representative weeks and their weights
   * @param reducedPlan the plan of the weighted programme (flows over the weeks' hours only)
   * @param builtSite the whole-year site with the planned capacities as built
   * @param year the year simulated hour by hour with those capacities
   * @param objective_USD the programme's weighted yearly cost
   * @param adequacyTopUp_MW dispatchable capacity added by technology after the programme so that
   *     the simulated year serves its load where the site allows (empty when none was needed)
   */
  public record Result(
      RepresentativeWeeks weeks,
      SupplyPlan reducedPlan,
      SupplySite builtSite,
      DispatchResult year,
      double objective_USD,
      java.util.Map<String, Double> adequacyTopUp_MW) {

    /** Copies the map. */
    public Result {
      adequacyTopUp_MW =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(adequacyTopUp_MW));
    }
  }

  /** Plans the site under the targets. */
  public Result plan(SupplySite site, PlanTargets targets) {
    RepresentativeWeeks rw = RepresentativeWeeks.select(site, weeks);
    SupplySite reduced = rw.reduce(site);
    SupplyPlan p = planner.plan(reduced, targets, false, rw.hourWeights());
    List<GeneratorOption> built = new ArrayList<>();
    for (int g = 0; g < site.generators().size(); g++) {
      built.add(site.generators().get(g).withCapacity(p.generators().get(g).capacity_MW()));
    }
    List<StorageOption> builtStorage = new ArrayList<>();
    for (int s = 0; s < site.storage().size(); s++) {
      PlannedStorage ps = p.storage().get(s);
      builtStorage.add(site.storage().get(s).withSize(ps.power_MW(), ps.energy_MWh()));
    }
    SupplySite builtSite = site.with(built, builtStorage);
    DispatchResult year = DispatchSimulator.simulate(builtSite);
    java.util.Map<String, Double> topUp = new java.util.LinkedHashMap<>();
    for (int round = 0; round < ADEQUACY_ROUNDS; round++) {
      double shortfall = 0;
      for (double u : year.flows().unserved_MW()) {
        shortfall = Math.max(shortfall, u);
      }
      if (shortfall <= 1e-6 * Math.max(1, maxLoad(site))) {
        break;
      }
      int best = -1;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int g = 0; g < built.size(); g++) {
        GeneratorOption o = built.get(g);
        double limit = site.generators().get(g).maxCapacity_MW().orElse(Double.POSITIVE_INFINITY);
        if (o.kind() == io.terawatt.supply.OptionKind.DISPATCHABLE
            && minAvailability(o) > 0
            && o.existingCapacity_MW() < limit - 1e-9
            && o.annualisedCapacityCost_USD_per_MW_year() < bestCost) {
          best = g;
          bestCost = o.annualisedCapacityCost_USD_per_MW_year();
        }
      }
      if (best < 0) {
        break;
      }
      GeneratorOption o = built.get(best);
      double limit = site.generators().get(best).maxCapacity_MW().orElse(Double.POSITIVE_INFINITY);
      double add = Math.min(shortfall / minAvailability(o), limit - o.existingCapacity_MW());
      built.set(best, o.withCapacity(o.existingCapacity_MW() + add));
      topUp.merge(o.technology(), add, Double::sum);
      builtSite = site.with(built, builtStorage);
      year = DispatchSimulator.simulate(builtSite);
    }
    return new Result(rw, p, builtSite, year, p.objective_USD(), topUp);
  }

  private static double maxLoad(SupplySite site) {
    double m = 0;
    for (double v : site.load_MW()) {
      m = Math.max(m, v);
    }
    return m;
  }

  /**
   * The lowest positive hourly availability of an option (its firm share), 0 if never available.
   */
  private static double minAvailability(GeneratorOption o) {
    double m = Double.POSITIVE_INFINITY;
    for (double a : o.availability()) {
      if (a > 0) {
        m = Math.min(m, a);
      }
    }
    return Double.isFinite(m) ? m : 0;
  }
}
