package io.terawatt.outlook.projection;

/**
 * The four yearly outputs of one projection, one value per year from {@value Years#FIRST} to
 * {@value Years#LAST}.
 *
 * @param electricity_TWh data-centre electricity (facility level, all regions)
 * @param emissions_MtCO2e emissions of that electricity: grid share at the regional average
 *     intensity (location-based), dedicated supply at its life-cycle intensity
 * @param water_km3 on-site water (WUE × IT energy) plus water consumed generating the electricity
 * @param cost_billion_USD electricity cost
 */
public record YearlyOutlook(
    double[] electricity_TWh,
    double[] emissions_MtCO2e,
    double[] water_km3,
    double[] cost_billion_USD) {

  /** Number of outputs. */
  public static final int METRICS = 4;

  /** The value of output {@code metric} (0 electricity, 1 emissions, 2 water, 3 cost). */
  public double[] metric(int metric) {
    return switch (metric) {
      case 0 -> electricity_TWh;
      case 1 -> emissions_MtCO2e;
      case 2 -> water_km3;
      case 3 -> cost_billion_USD;
      default -> throw new IllegalArgumentException("No metric " + metric);
    };
  }
}
