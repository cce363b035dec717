package io.terawatt.plan;

import io.terawatt.supply.SupplyPlanRequest;
import io.terawatt.supply.SupplyPlanResult;
import io.terawatt.supply.SupplyService;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.PlanTargets;

/**
 * The supply stage: each candidate site, with the footprint's flat load and its zone's one signal
 * over the planning year, planned at least cost under its targets by {@link SupplyService#plan} (on
 * representative weeks by default, or all hours).
 */
final class SupplyStep {
  private SupplyStep() {}

  /** The supply plan of one candidate site. */
  static SiteSupply run(
      CandidateSite c, double load_MW, ZoneSignals signals, int representativeWeeks) {
    SupplyPlanRequest request =
        SupplyPlanRequest.of(c.supplySite())
            .withYear(c.planningYear())
            .withLoad(load_MW)
            .withGridIntensity(signals.planningYear(c.zone()))
            .withTargets(c.targets());
    if (representativeWeeks > 0) {
      request = request.withRepresentativeWeeks(representativeWeeks);
    }
    SupplyPlanResult r = SupplyService.plan(request);
    PlanTargets t = c.targets();
    return new SiteSupply(
        c.name(),
        c.zone(),
        r.year(),
        r.weeks().isPresent() ? "representative-weeks" : "full-year",
        r.capacity_MW(),
        r.storagePower_MW(),
        r.storageEnergy_MWh(),
        r.metrics(),
        r.plan().objective_USD(),
        t.carbonFreeFraction().isPresent()
            ? 100 * t.carbonFreeFraction().getAsDouble()
            : Double.NaN,
        t.cfeMatching() == CfeMatching.HOURLY ? "hourly" : "annual",
        r.missedTargets(),
        r.plan().solveTime().toNanos() / 1e9,
        r.builtSite(),
        r.flows(),
        r.weeks(),
        r.adequacyTopUp_MW());
  }
}
