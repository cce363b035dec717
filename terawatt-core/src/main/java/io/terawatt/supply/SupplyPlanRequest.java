package io.terawatt.supply;

import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.timeseries.HourlySeries;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What {@link SupplyService#plan} is asked: a site spec and how to plan it. Build it with {@link
 * #of} and the {@code with...} methods; front ends need no planning type.
 *
 * @param site the site as its file says
 * @param year planning year instead of the spec's; empty for the spec's (or the default)
 * @param load_MW constant load instead of the spec's (the main job's facility load); empty for the
 *     spec's
 * @param gridIntensity the grid's hourly intensity over the planning year instead of the one the
 *     spec's grid gives (the main job's one signal per zone); empty for the spec's
 * @param targets carbon-free target and emissions cap
 * @param solver LP back end by name ({@code LpSolvers.names()}); empty for the default
 * @param representativeWeeks plan on this many representative weeks (1..52) and simulate the year;
 *     empty for the exact programme over every hour
 * @param keepMps whether to keep the programme's MPS text (exact programme only)
 */
public record SupplyPlanRequest(
    SupplySiteSpec site,
    OptionalInt year,
    OptionalDouble load_MW,
    Optional<HourlySeries> gridIntensity,
    PlanTargets targets,
    Optional<String> solver,
    OptionalInt representativeWeeks,
    boolean keepMps) {

  /** Checks that an MPS export asks for the exact programme. */
  public SupplyPlanRequest {
    if (keepMps && representativeWeeks.isPresent()) {
      throw new IllegalArgumentException(
          "The MPS export is of the exact all-hours programme; leave out the representative weeks.");
    }
  }

  /** The site planned as its spec says: no target, the default solver, every hour. */
  public static SupplyPlanRequest of(SupplySiteSpec site) {
    return new SupplyPlanRequest(
        site,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        PlanTargets.none(),
        Optional.empty(),
        OptionalInt.empty(),
        false);
  }

  /** The planning year this request plans ({@link SupplySites#year}). */
  public int planningYear() {
    return SupplySites.year(site, year);
  }

  /** Hours of the planning year: 8,760, or 8,784 in a leap year. */
  public int planningHours() {
    return java.time.Year.of(planningYear()).length() * 24;
  }

  /** This request for another planning year. */
  public SupplyPlanRequest withYear(int planningYear) {
    return new SupplyPlanRequest(
        site,
        OptionalInt.of(planningYear),
        load_MW,
        gridIntensity,
        targets,
        solver,
        representativeWeeks,
        keepMps);
  }

  /** This request with a constant load. */
  public SupplyPlanRequest withLoad(double load) {
    return new SupplyPlanRequest(
        site,
        year,
        OptionalDouble.of(load),
        gridIntensity,
        targets,
        solver,
        representativeWeeks,
        keepMps);
  }

  /** This request with the grid's hourly intensity over the planning year. */
  public SupplyPlanRequest withGridIntensity(HourlySeries intensity) {
    return new SupplyPlanRequest(
        site, year, load_MW, Optional.of(intensity), targets, solver, representativeWeeks, keepMps);
  }

  /** This request with other targets. */
  public SupplyPlanRequest withTargets(PlanTargets other) {
    return new SupplyPlanRequest(
        site, year, load_MW, gridIntensity, other, solver, representativeWeeks, keepMps);
  }

  /**
   * This request with a carbon-free target matched the default way ({@link
   * PlanTargets#DEFAULT_MATCHING}).
   *
   * @param fraction share of the year's load, 0..1
   */
  public SupplyPlanRequest withCfeTarget(double fraction) {
    return withCfeTarget(fraction, PlanTargets.DEFAULT_MATCHING);
  }

  /**
   * This request with a carbon-free target.
   *
   * @param fraction share of the year's load, 0..1
   * @param matching {@code hourly} (24/7) or {@code annual}
   * @throws IllegalArgumentException for a fraction outside 0..1 or another matching
   */
  public SupplyPlanRequest withCfeTarget(double fraction, String matching) {
    return withCfeTarget(
        fraction,
        switch (matching.trim().toLowerCase(Locale.ROOT)) {
          case "hourly" -> CfeMatching.HOURLY;
          case "annual" -> CfeMatching.ANNUAL;
          default ->
              throw new IllegalArgumentException(
                  "The CFE matching is hourly or annual, not '" + matching + "'.");
        });
  }

  private SupplyPlanRequest withCfeTarget(double fraction, CfeMatching matching) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "The carbon-free target must be a fraction between 0 and 1, not " + fraction + ".");
    }
    return withTargets(
        new PlanTargets(matching, OptionalDouble.of(fraction), targets.emissionsCap_tCO2e()));
  }

  /** This request with a location-based emissions cap, tCO2e per year. */
  public SupplyPlanRequest withEmissionsCap(double cap_tCO2e) {
    return withTargets(targets.withEmissionsCap(cap_tCO2e));
  }

  /** This request solved by the named LP back end. */
  public SupplyPlanRequest withSolver(String name) {
    return new SupplyPlanRequest(
        site,
        year,
        load_MW,
        gridIntensity,
        targets,
        Optional.of(name),
        representativeWeeks,
        keepMps);
  }

  /** This request planned on representative weeks, the year then simulated. */
  public SupplyPlanRequest withRepresentativeWeeks(int weeks) {
    return new SupplyPlanRequest(
        site, year, load_MW, gridIntensity, targets, solver, OptionalInt.of(weeks), keepMps);
  }

  /** This request keeping the programme's MPS text. */
  public SupplyPlanRequest withMps() {
    return new SupplyPlanRequest(
        site, year, load_MW, gridIntensity, targets, solver, representativeWeeks, true);
  }
}
