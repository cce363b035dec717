package io.terawatt.supply.technology;

/**
 * Water, land and the typical capacity factor of one technology.
 *
 * @param water_L_per_MWh operational water consumed per MWh (Macknick et al. 2012 style)
 * @param waterSource source of the water figure
 * @param landDirect_m2_per_MW direct footprint per MW of capacity (the land the site loses)
 * @param landTotal_m2_per_MW land including spacing (wind) per MW; equal to direct otherwise
 * @param landSource source of the land figures
 * @param capacityFactor typical annual capacity factor, 0..1; NaN when not meaningful
 * @param capacityFactorSource source of the capacity factor
 */
public record Resources(
    double water_L_per_MWh,
    Provenance waterSource,
    double landDirect_m2_per_MW,
    double landTotal_m2_per_MW,
    Provenance landSource,
    double capacityFactor,
    Provenance capacityFactorSource) {

  /** Validates ranges. */
  public Resources {
    Checks.nonNegative(water_L_per_MWh, "water_L_per_MWh");
    Checks.nonNegative(landDirect_m2_per_MW, "land_direct_m2_per_MW");
    Checks.nonNegative(landTotal_m2_per_MW, "land_total_m2_per_MW");
    if (landTotal_m2_per_MW < landDirect_m2_per_MW) {
      throw new IllegalArgumentException(
          "The total land ("
              + landTotal_m2_per_MW
              + " m2/MW) cannot be below the direct footprint ("
              + landDirect_m2_per_MW
              + " m2/MW).");
    }
    if (!Double.isNaN(capacityFactor)) {
      Checks.fraction(capacityFactor, "capacity_factor");
    }
    Checks.required(waterSource, landSource, capacityFactorSource);
  }
}
