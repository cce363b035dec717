package io.terawatt.io.store;

import io.terawatt.grid.GridQuantity;
import java.time.Instant;

/**
 * One series held in the grid database.
 *
 * @param zone grid zone
 * @param signal {@code average}, {@code marginal} or {@code price}
 * @param basis {@code lifecycle}, {@code direct} or {@code n/a}
 * @param firstHour first stored hour
 * @param lastHour last stored hour
 * @param hours stored hours
 * @param estimatedHours hours flagged estimated
 * @param mean mean value, in gCO2e_per_kWh or USD_per_MWh
 */
public record StoredSeries(
    String zone,
    String signal,
    String basis,
    Instant firstHour,
    Instant lastHour,
    long hours,
    long estimatedHours,
    double mean) {

  /** The signal of price series. */
  public static final String PRICE_SIGNAL = "price";

  /** What the series measures: electricity prices or carbon intensity. */
  public GridQuantity quantity() {
    return PRICE_SIGNAL.equals(signal)
        ? GridQuantity.ELECTRICITY_PRICE
        : GridQuantity.CARBON_INTENSITY;
  }
}
