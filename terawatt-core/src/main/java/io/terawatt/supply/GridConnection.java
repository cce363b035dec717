package io.terawatt.supply;

/**
 * The site's connection to the public grid, hour by hour.
 *
 * @param intensity_gCO2e_per_kWh location-based average intensity of grid electricity
 * @param price_USD_per_MWh price paid for imports
 * @param carbonFreeShare share of grid electricity that is carbon-free, 0..1 (counts towards hourly
 *     CFE as in Google's methodology)
 * @param importLimit_MW maximum import
 * @param exportLimit_MW maximum export (0 when not allowed)
 * @param exportPriceFactor share of the hour's price earned on exports, 0..1
 * @param residualMix_gCO2e_per_kWh factor for market-based Scope 2 on imports not covered by the
 *     site's own exported clean energy
 */
public record GridConnection(
    double[] intensity_gCO2e_per_kWh,
    double[] price_USD_per_MWh,
    double[] carbonFreeShare,
    double importLimit_MW,
    double exportLimit_MW,
    double exportPriceFactor,
    double residualMix_gCO2e_per_kWh) {

  /** Validates lengths and ranges, and copies the arrays. */
  public GridConnection {
    int n = intensity_gCO2e_per_kWh.length;
    if (price_USD_per_MWh.length != n || carbonFreeShare.length != n) {
      throw new IllegalArgumentException(
          "Grid intensity, price and carbon-free share need the same number of hours.");
    }
    if (!(importLimit_MW >= 0) || !(exportLimit_MW >= 0)) {
      throw new IllegalArgumentException("Grid import and export limits must be zero or more.");
    }
    if (!(exportPriceFactor >= 0 && exportPriceFactor <= 1)) {
      throw new IllegalArgumentException("The export price factor must be in [0, 1].");
    }
    intensity_gCO2e_per_kWh = intensity_gCO2e_per_kWh.clone();
    price_USD_per_MWh = price_USD_per_MWh.clone();
    carbonFreeShare = carbonFreeShare.clone();
  }

  /** Intensity of hour h. */
  public double intensityAt(int h) {
    return intensity_gCO2e_per_kWh[h];
  }

  /** Price of hour h. */
  public double priceAt(int h) {
    return price_USD_per_MWh[h];
  }

  /** Carbon-free share of hour h. */
  public double carbonFreeShareAt(int h) {
    return carbonFreeShare[h];
  }

  /** Number of hours. */
  public int hours() {
    return intensity_gCO2e_per_kWh.length;
  }
}
