package io.terawatt.supply.plan;

import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The least-cost plan of a site: capacities, the hourly dispatch of the optimum and its metrics.
 *
 * @param builtSite the site with the plan's capacities as existing capacities ({@link
 *     io.terawatt.supply.GeneratorOption#withCapacity}, {@link
 *     io.terawatt.supply.StorageOption#withSize})
 * @param generators capacity of each generator option, in the site's order
 * @param storage power and energy of each storage option, in the site's order
 * @param flows hourly flows of the optimum
 * @param metrics {@code SupplyMetrics.of(builtSite, flows)}
 * @param objective_USD the programme's objective: yearly cost of capacity, generation, imports less
 *     exports, and unserved energy at the site's penalty (equal to {@code metrics.totalCost_USD()}
 *     up to solver tolerances)
 * @param status solver status of the programme that produced the plan
 * @param solveTime time spent building and solving all programmes of this plan
 * @param lpSolves number of programmes solved (1 when the targets are feasible)
 * @param infeasibilities targets that could not be met, with the best achievable values; the plan
 *     then meets those best values at least cost
 * @param mps the MPS text of the programme that produced the plan (objective in kUSD), when
 *     requested
 */
public record SupplyPlan(
    SupplySite builtSite,
    List<PlannedGenerator> generators,
    List<PlannedStorage> storage,
    HourlyFlows flows,
    SupplyMetrics metrics,
    double objective_USD,
    LpStatus status,
    Duration solveTime,
    int lpSolves,
    List<Infeasibility> infeasibilities,
    Optional<String> mps) {

  /** Copies the lists. */
  public SupplyPlan {
    generators = List.copyOf(generators);
    storage = List.copyOf(storage);
    infeasibilities = List.copyOf(infeasibilities);
  }

  /** The first target missed, if any. */
  public Optional<Infeasibility> infeasibility() {
    return infeasibilities.stream().findFirst();
  }

  /** The missed target of a kind, if missed. */
  public Optional<Infeasibility> infeasibility(Infeasibility.Target target) {
    return infeasibilities.stream().filter(i -> i.target() == target).findFirst();
  }

  /** Whether every target was met. */
  public boolean targetsMet() {
    return infeasibilities.isEmpty();
  }

  /** Largest absolute hourly energy-balance error of the solution, MWh. */
  public double maxBalanceError_MWh() {
    return metrics.maxEnergyBalanceError_MWh();
  }

  /** Capacity of the generator with this technology (the first, if several). */
  public double capacity_MW(String technology) {
    return generators.stream()
        .filter(g -> g.technology().equals(technology))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No generator " + technology + "."))
        .capacity_MW();
  }
}
