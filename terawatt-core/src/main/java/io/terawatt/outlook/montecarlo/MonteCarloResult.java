package io.terawatt.outlook.montecarlo;

import java.io.Serializable;

/**
 * The percentile bands of a Monte Carlo run.
 *
 * @param samples number of samples
 * @param seed the run seed
 * @param electricity_TWh data-centre electricity
 * @param emissions_MtCO2e emissions
 * @param water_km3 water
 * @param cost_billion_USD electricity cost
 */
public record MonteCarloResult(
    int samples,
    long seed,
    Band electricity_TWh,
    Band emissions_MtCO2e,
    Band water_km3,
    Band cost_billion_USD)
    implements Serializable {

  /** The band of metric {@code m} (0 electricity, 1 emissions, 2 water, 3 cost). */
  public Band band(int m) {
    return switch (m) {
      case 0 -> electricity_TWh;
      case 1 -> emissions_MtCO2e;
      case 2 -> water_km3;
      case 3 -> cost_billion_USD;
      default -> throw new IllegalArgumentException("No metric " + m);
    };
  }
}
