package io.terawatt.supply;

import java.util.OptionalDouble;

/**
 * One generating option of a site, with everything dispatch and planning need. Costs are annualised
 * so that planning compares options on one year.
 *
 * @param technology technology identifier, for example {@code wind_onshore}
 * @param kind variable or dispatchable
 * @param carbonFree whether its output counts as carbon-free energy (24/7 matching)
 * @param existingCapacity_MW capacity already built or contracted (a lower bound when planning)
 * @param maxCapacity_MW upper bound on capacity when planning; empty for none
 * @param availability hourly capacity factor (variable) or availability (dispatchable), 0..1, one
 *     per hour of the site's year
 * @param annualisedCapacityCost_USD_per_MW_year capital recovery plus fixed O&M
 * @param variableCost_USD_per_MWh fuel plus variable O&M
 * @param directEmissions_gCO2e_per_kWh combustion emissions (Scope 1 when on site)
 * @param lifecycleEmissions_gCO2e_per_kWh life-cycle emissions
 * @param water_L_per_MWh water consumed per MWh generated
 * @param land_m2_per_MW land used per MW of capacity
 * @param meritOrder dispatch priority for the simulator, lower first (ties by variable cost)
 */
public record GeneratorOption(
    String technology,
    OptionKind kind,
    boolean carbonFree,
    double existingCapacity_MW,
    OptionalDouble maxCapacity_MW,
    double[] availability,
    double annualisedCapacityCost_USD_per_MW_year,
    double variableCost_USD_per_MWh,
    double directEmissions_gCO2e_per_kWh,
    double lifecycleEmissions_gCO2e_per_kWh,
    double water_L_per_MWh,
    double land_m2_per_MW,
    int meritOrder) {

  /** Validates ranges and copies the availability. */
  public GeneratorOption {
    if (technology == null || technology.isBlank()) {
      throw new IllegalArgumentException("A generator option needs a technology.");
    }
    requireNonNegative(existingCapacity_MW, "existing_capacity_MW", technology);
    requireNonNegative(annualisedCapacityCost_USD_per_MW_year, "annualised cost", technology);
    requireNonNegative(directEmissions_gCO2e_per_kWh, "direct emissions", technology);
    requireNonNegative(lifecycleEmissions_gCO2e_per_kWh, "life-cycle emissions", technology);
    requireNonNegative(water_L_per_MWh, "water_L_per_MWh", technology);
    requireNonNegative(land_m2_per_MW, "land_m2_per_MW", technology);
    if (!Double.isFinite(variableCost_USD_per_MWh)) {
      throw new IllegalArgumentException("The variable cost of " + technology + " must be finite.");
    }
    maxCapacity_MW.ifPresent(
        m -> {
          if (m < existingCapacity_MW) {
            throw new IllegalArgumentException(
                "The max capacity ("
                    + m
                    + " MW) of "
                    + technology
                    + " is below its existing "
                    + existingCapacity_MW
                    + " MW.");
          }
        });
    availability = availability.clone();
    for (int h = 0; h < availability.length; h++) {
      if (!(availability[h] >= 0 && availability[h] <= 1)) {
        throw new IllegalArgumentException(
            "The availability of "
                + technology
                + " at hour "
                + h
                + " ("
                + availability[h]
                + ") must be in [0, 1].");
      }
    }
  }

  static void requireNonNegative(double v, String field, String technology) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          "The " + field + " (" + v + ") of " + technology + " must be zero or more.");
    }
  }

  /** A copy of the hourly availability. */
  @Override
  public double[] availability() {
    return availability.clone();
  }

  /** Availability of one hour (no copy). */
  public double availabilityAt(int hour) {
    return availability[hour];
  }

  /** This option with another existing capacity (as a plan's result is simulated). */
  public GeneratorOption withCapacity(double capacity_MW) {
    return new GeneratorOption(
        technology,
        kind,
        carbonFree,
        capacity_MW,
        OptionalDouble.of(Math.max(capacity_MW, maxCapacity_MW.orElse(capacity_MW))),
        availability,
        annualisedCapacityCost_USD_per_MW_year,
        variableCost_USD_per_MWh,
        directEmissions_gCO2e_per_kWh,
        lifecycleEmissions_gCO2e_per_kWh,
        water_L_per_MWh,
        land_m2_per_MW,
        meritOrder);
  }
}
