package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;

/**
 * The stored hourly values of a zone: carbon intensity (gCO2e_per_kWh) of one signal, or prices
 * (USD_per_MWh).
 *
 * @param zone the zone
 * @param quantity what the values are: {@link GridQuantity#CARBON_INTENSITY} or {@link
 *     GridQuantity#ELECTRICITY_PRICE}
 * @param signal the signal of an intensity series ({@link Signal#NOT_APPLICABLE} for prices)
 * @param basis the basis of an intensity series ({@link EmissionBasis#NOT_APPLICABLE} for prices)
 * @param from the hour of value 0
 * @param values one value per hour, NaN where the hour is missing
 */
public record GridQueryResult(
    String zone,
    GridQuantity quantity,
    Signal signal,
    EmissionBasis basis,
    Instant from,
    double[] values) {

  /** Copies the values. */
  public GridQueryResult {
    values = values.clone();
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** Whether these are prices. */
  public boolean prices() {
    return quantity == GridQuantity.ELECTRICITY_PRICE;
  }

  /** Hours covered, present or not. */
  public int hours() {
    return values.length;
  }

  /** Whether hour {@code i} holds a value. */
  public boolean present(int i) {
    return !Double.isNaN(values[i]);
  }

  /** The value of hour {@code i} (NaN when missing). */
  public double value(int i) {
    return values[i];
  }

  /** The start of hour {@code i}. */
  public Instant time(int i) {
    return from.plus(Duration.ofHours(i));
  }
}
