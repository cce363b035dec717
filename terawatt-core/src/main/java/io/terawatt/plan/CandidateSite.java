package io.terawatt.plan;

import io.terawatt.supply.SupplySiteSpec;
import io.terawatt.supply.SupplySites;
import io.terawatt.supply.plan.PlanTargets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One candidate site of a scenario, as the scenario says it; the methods apply the defaults.
 *
 * @param name site name (an option of the assessment)
 * @param zone grid zone of the built-in typical year (the one intensity signal of supply and
 *     scheduling)
 * @param year planning year, 2025–2050, instead of the site file's; empty for the file's
 * @param site the supply site as its file says; its load is replaced by the workloads' facility
 *     load
 * @param energyOptions the site's resources and storage the plan may use, by technology; empty for
 *     all of them
 * @param targets carbon-free target and emissions cap of the supply plan
 * @param regionalPeak_MW peak demand of the region the site draws from; empty when unknown (then
 *     the share-of-peak indicator is left out)
 * @param baselineWaterStress WRI Aqueduct baseline water stress of the basin, a fraction (0.4 is 40
 *     %); empty for {@link #DEFAULT_BASELINE_WATER_STRESS}
 */
public record CandidateSite(
    String name,
    String zone,
    OptionalInt year,
    SupplySiteSpec site,
    Optional<List<String>> energyOptions,
    PlanTargets targets,
    OptionalDouble regionalPeak_MW,
    OptionalDouble baselineWaterStress) {

  /**
   * Baseline water stress assumed when a site gives none: 0.2, the lower edge of Aqueduct's
   * medium-high category (a modelling assumption, unverified for any basin).
   */
  public static final double DEFAULT_BASELINE_WATER_STRESS = 0.2;

  /** Copies the list. */
  public CandidateSite {
    energyOptions = energyOptions.map(List::copyOf);
  }

  /** The planning year: the scenario's, else the site file's, else {@link SupplySites#year}'s. */
  public int planningYear() {
    return SupplySites.year(site, year);
  }

  /** The basin's baseline water stress, or the default. */
  public double waterStress() {
    return baselineWaterStress.orElse(DEFAULT_BASELINE_WATER_STRESS);
  }

  /** The site with only its energy options. */
  public SupplySiteSpec supplySite() {
    return energyOptions.map(site::onlyTechnologies).orElse(site);
  }
}
