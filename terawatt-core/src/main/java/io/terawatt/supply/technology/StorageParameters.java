package io.terawatt.supply.technology;

/**
 * What a storage technology adds to the common figures.
 *
 * @param roundTripEfficiency energy out over energy in, (0, 1]
 * @param minDuration_h smallest energy/power ratio when planning
 * @param maxDuration_h largest energy/power ratio when planning
 * @param capexEnergy_USD_per_kWh capital cost of energy capacity at the cost base year
 * @param source source of these figures
 */
public record StorageParameters(
    double roundTripEfficiency,
    double minDuration_h,
    double maxDuration_h,
    double capexEnergy_USD_per_kWh,
    Provenance source) {

  /** Validates ranges. */
  public StorageParameters {
    Checks.fraction(roundTripEfficiency, "round_trip_efficiency");
    Checks.nonNegative(minDuration_h, "min_duration_h");
    if (!(maxDuration_h > 0 && maxDuration_h >= minDuration_h) || !Double.isFinite(maxDuration_h)) {
      throw new IllegalArgumentException(
          "The storage durations must satisfy 0 <= min <= max, max > 0; got "
              + minDuration_h
              + " and "
              + maxDuration_h
              + " h.");
    }
    Checks.nonNegative(capexEnergy_USD_per_kWh, "capex_energy_USD_per_kWh");
    Checks.required(source);
  }
}
