package io.terawatt.plan;

import io.terawatt.supply.SupplySite;
import io.terawatt.supply.plan.PlanTargets;
import java.util.OptionalDouble;

/**
 * One candidate site of a scenario.
 *
 * @param name site name (an option of the assessment)
 * @param zone grid zone of the built-in typical year (intensity for supply and scheduling)
 * @param year planning year, 2025–2050
 * @param site the supply site for that year: grid, resources, storage and limits; its load is
 *     replaced by the workloads' facility load
 * @param targets carbon-free target and emissions cap of the supply plan
 * @param regionalPeak_MW peak demand of the region the site draws from; empty when unknown (then
 *     the share-of-peak indicator is left out)
 * @param baselineWaterStress WRI Aqueduct baseline water stress of the basin, a fraction (0.4 is 40
 *     %)
 */
public record CandidateSite(
    String name,
    String zone,
    int year,
    SupplySite site,
    PlanTargets targets,
    OptionalDouble regionalPeak_MW,
    double baselineWaterStress) {}
