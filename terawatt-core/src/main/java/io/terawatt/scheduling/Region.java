package io.terawatt.scheduling;

import io.terawatt.timeseries.HourlySeries;
import java.util.Optional;

/**
 * A region (a data centre on a grid zone) where work can run.
 *
 * <p>The intensity series is the region's whole known history: it may start before the simulated
 * period (forecasters learn from and look back into it) and must cover the simulated period.
 *
 * @param name region or zone name
 * @param intensity hourly carbon intensity, gCO2e/kWh; every region of one comparison carries the
 *     same signal type (average or marginal)
 * @param price hourly electricity price, USD/MWh; empty when not known
 * @param capacity_kW IT power available to the scheduled work, kW ({@code +∞} for no limit)
 * @param pue power usage effectiveness of the site (≥ 1)
 */
public record Region(
    String name,
    HourlySeries intensity,
    Optional<HourlySeries> price,
    double capacity_kW,
    double pue) {

  /** PUE of a data centre unless one is given: 1, IT energy only. */
  public static final double DEFAULT_PUE = 1.0;

  /** Validates the region. */
  public Region {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("region name must not be blank");
    }
    if (!(capacity_kW > 0)) {
      throw new IllegalArgumentException(
          "region " + name + ": capacity_kW " + capacity_kW + " must be > 0");
    }
    if (!(pue >= 1) || !Double.isFinite(pue)) {
      throw new IllegalArgumentException("region " + name + ": pue " + pue + " must be >= 1");
    }
  }

  /** A region without price, without a capacity limit and with a PUE of 1. */
  public static Region unlimited(String name, HourlySeries intensity) {
    return new Region(name, intensity, Optional.empty(), Double.POSITIVE_INFINITY, DEFAULT_PUE);
  }

  /** The same region with another capacity, kW. */
  public Region withCapacity_kW(double kW) {
    return new Region(name, intensity, price, kW, pue);
  }
}
