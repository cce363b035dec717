package io.terawatt.ethics.indicator;

/**
 * What a capacity-price rise costs community consumers per MWh they use. A capacity market charges
 * load for its share of peak demand at a price per MW-day; spread over the energy of a consumer
 * with load factor LF (average / peak load), one MW-day of price costs {@code 1 / (24 h × LF)} per
 * MWh. The part of the rise caused by the new load is the attribution share:
 *
 * <pre>
 * impact_USD_per_MWh = (P_after − P_before)_USD_per_MW_day × attribution / (24 × LF)
 * </pre>
 *
 * <p>Cited example: PJM base residual auction RTO clearing price $28.92/MW-day (2024/25) →
 * $269.92/MW-day (2025/26) (PJM results via E&amp;E News, PA Environment Digest). The Independent
 * Market Monitor found that "but for data center growth" prices would not have been so high, and
 * attributed about 82 % of the 2026/27 auction cost ($7.3 bn of the increase) to data-centre load
 * (secondary summaries; treat the share as unverified). The community load factor default 0.6 is
 * unverified.
 */
public final class CapacityPriceImpact {
  /** PJM BRA 2024/25 RTO clearing price, USD/MW-day. */
  public static final double PJM_2024_25_USD_PER_MW_DAY = 28.92;

  /** PJM BRA 2025/26 RTO clearing price, USD/MW-day. */
  public static final double PJM_2025_26_USD_PER_MW_DAY = 269.92;

  /** Default community load factor (unverified). */
  public static final double DEFAULT_LOAD_FACTOR = 0.6;

  private CapacityPriceImpact() {}

  /**
   * The bill impact in USD per MWh of community consumption.
   *
   * @param priceBefore_USD_per_MW_day capacity price without the new load
   * @param priceAfter_USD_per_MW_day capacity price with it
   * @param attributionShare share of the rise caused by the new load, [0, 1]
   * @param loadFactor community average over peak load, (0, 1]
   */
  public static double impact_USD_per_MWh(
      double priceBefore_USD_per_MW_day,
      double priceAfter_USD_per_MW_day,
      double attributionShare,
      double loadFactor) {
    if (!(attributionShare >= 0 && attributionShare <= 1)) {
      throw new IllegalArgumentException(
          "The attribution share (" + attributionShare + ") must be in [0, 1].");
    }
    if (!(loadFactor > 0 && loadFactor <= 1)) {
      throw new IllegalArgumentException("The load factor (" + loadFactor + ") must be in (0, 1].");
    }
    double rise = priceAfter_USD_per_MW_day - priceBefore_USD_per_MW_day;
    return rise * attributionShare / (24 * loadFactor);
  }
}
