package io.terawatt.supply.plan;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a plan must achieve besides serving load at least cost.
 *
 * @param cfeMatching how the carbon-free-energy target is counted; ignored without a target
 * @param carbonFreeFraction carbon-free share of the year's load to reach, 0..1; empty for none
 * @param emissionsCap_tCO2e location-based emissions allowed per year (imports × the hour's average
 *     grid intensity, plus direct emissions of generation); empty for none
 */
public record PlanTargets(
    CfeMatching cfeMatching, OptionalDouble carbonFreeFraction, OptionalDouble emissionsCap_tCO2e) {

  /** Validates ranges. */
  public PlanTargets {
    if (cfeMatching == null) {
      throw new IllegalArgumentException("The CFE matching must be given (HOURLY or ANNUAL).");
    }
    carbonFreeFraction.ifPresent(
        f -> {
          if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException(
                "The carbon-free fraction (" + f + ") must be in [0, 1].");
          }
        });
    emissionsCap_tCO2e.ifPresent(
        c -> {
          if (!(c >= 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException(
                "The emissions cap (" + c + " tCO2e) must be finite and zero or more.");
          }
        });
  }

  /**
   * How a carbon-free target is matched when none is named: hourly (24/7), the stricter reading
   * that Terawatt plans for (a convention).
   */
  public static final CfeMatching DEFAULT_MATCHING = CfeMatching.HOURLY;

  /** The targets a scenario says, matched {@link #DEFAULT_MATCHING} unless it names a matching. */
  public static PlanTargets of(
      OptionalDouble carbonFreeFraction,
      Optional<CfeMatching> matching,
      OptionalDouble emissionsCap_tCO2e) {
    return new PlanTargets(
        matching.orElse(DEFAULT_MATCHING), carbonFreeFraction, emissionsCap_tCO2e);
  }

  /** No target: least cost only. */
  public static PlanTargets none() {
    return new PlanTargets(CfeMatching.HOURLY, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** An hourly (24/7) carbon-free target, a fraction 0..1 of the year's load. */
  public static PlanTargets hourlyCfe(double fraction) {
    return new PlanTargets(CfeMatching.HOURLY, OptionalDouble.of(fraction), OptionalDouble.empty());
  }

  /** An annual carbon-free target, a fraction 0..1 of the year's load. */
  public static PlanTargets annualCfe(double fraction) {
    return new PlanTargets(CfeMatching.ANNUAL, OptionalDouble.of(fraction), OptionalDouble.empty());
  }

  /** Only an emissions cap, tCO2e per year, location-based. */
  public static PlanTargets emissionsCap(double cap_tCO2e) {
    return new PlanTargets(
        CfeMatching.HOURLY, OptionalDouble.empty(), OptionalDouble.of(cap_tCO2e));
  }

  /** These targets with an emissions cap added or replaced. */
  public PlanTargets withEmissionsCap(double cap_tCO2e) {
    return new PlanTargets(cfeMatching, carbonFreeFraction, OptionalDouble.of(cap_tCO2e));
  }

  /** These targets without the emissions cap. */
  PlanTargets withoutEmissionsCap() {
    return new PlanTargets(cfeMatching, carbonFreeFraction, OptionalDouble.empty());
  }

  /** These targets with another carbon-free fraction, or none. */
  PlanTargets withCarbonFreeFraction(OptionalDouble fraction) {
    return new PlanTargets(cfeMatching, fraction, emissionsCap_tCO2e);
  }

  /** Whether any target is set. */
  public boolean any() {
    return carbonFreeFraction.isPresent() || emissionsCap_tCO2e.isPresent();
  }

  /** The carbon-free target as a kind, if set. */
  Optional<Infeasibility.Target> cfeTarget() {
    if (carbonFreeFraction.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        cfeMatching == CfeMatching.HOURLY
            ? Infeasibility.Target.HOURLY_CFE
            : Infeasibility.Target.ANNUAL_CFE);
  }
}
