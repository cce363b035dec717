package io.terawatt.supply.technology;

/**
 * Greenhouse-gas intensity of the electricity a technology generates.
 *
 * @param lifecycle_gCO2e_per_kWh life-cycle median; NaN for storage and imports, whose emissions
 *     are those of what they carry
 * @param lifecycleLow_gCO2e_per_kWh life-cycle minimum of the literature range
 * @param lifecycleHigh_gCO2e_per_kWh life-cycle maximum of the literature range
 * @param lifecycleSource source of the life-cycle figures
 * @param direct_gCO2e_per_kWh combustion emissions at the plant (Scope 1 when on site)
 * @param directSource source of the direct emissions
 * @param pm25_g_per_kWh fine particulate (PM2.5) emitted at the plant per kWh generated; NaN when
 *     not estimated
 * @param pm25Source source of the PM2.5 factor
 */
public record Emissions(
    double lifecycle_gCO2e_per_kWh,
    double lifecycleLow_gCO2e_per_kWh,
    double lifecycleHigh_gCO2e_per_kWh,
    Provenance lifecycleSource,
    double direct_gCO2e_per_kWh,
    Provenance directSource,
    double pm25_g_per_kWh,
    Provenance pm25Source) {

  /** Validates ranges. */
  public Emissions {
    Checks.nonNegativeOrNaN(lifecycle_gCO2e_per_kWh, "lifecycle_gCO2e_per_kWh");
    Checks.optionalRange(
        lifecycleLow_gCO2e_per_kWh, lifecycleHigh_gCO2e_per_kWh, "lifecycle_gCO2e_per_kWh");
    if (!Double.isNaN(lifecycle_gCO2e_per_kWh)
        && !(lifecycleLow_gCO2e_per_kWh <= lifecycle_gCO2e_per_kWh
            && lifecycle_gCO2e_per_kWh <= lifecycleHigh_gCO2e_per_kWh)) {
      throw new IllegalArgumentException(
          "The life-cycle median ("
              + lifecycle_gCO2e_per_kWh
              + ") must lie in its range ["
              + lifecycleLow_gCO2e_per_kWh
              + ", "
              + lifecycleHigh_gCO2e_per_kWh
              + "].");
    }
    Checks.nonNegative(direct_gCO2e_per_kWh, "direct_gCO2e_per_kWh");
    Checks.nonNegativeOrNaN(pm25_g_per_kWh, "pm25_g_per_kWh");
    Checks.required(lifecycleSource, directSource, pm25Source);
  }
}
