package io.terawatt.grid.typical;

/**
 * The mean carbon intensity of one zone over one calendar year.
 *
 * @param zone grid zone, for example {@code DE}
 * @param year the calendar year
 * @param mean_gCO2e_per_kWh the mean intensity over the year, at least 0
 */
public record YearlyMean(String zone, int year, double mean_gCO2e_per_kWh) {

  /** Checks the zone, year and mean. */
  public YearlyMean {
    if (zone == null || zone.isBlank()) {
      throw new IllegalArgumentException("A yearly mean needs a zone.");
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(
          "The year (" + year + ") of the mean of " + zone + " must be 1 to 9999.");
    }
    if (!Double.isFinite(mean_gCO2e_per_kWh) || mean_gCO2e_per_kWh < 0) {
      throw new IllegalArgumentException(
          "The "
              + year
              + " mean of "
              + zone
              + " ("
              + mean_gCO2e_per_kWh
              + " gCO2e_per_kWh) must be finite and >= 0.");
    }
  }
}
