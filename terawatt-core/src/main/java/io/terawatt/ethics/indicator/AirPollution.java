package io.terawatt.ethics.indicator;

/**
 * Fine particulate (PM2.5) emitted by fossil and backup generation: {@code t = MWh × g/kWh / 1000}
 * (g/kWh × 1000 kWh/MWh / 10⁶ g/t). The factors of the supply technologies (gas turbines, coal,
 * ...) are properties of the technology catalog ({@code pm25_g_per_kWh}, with their sources); the
 * backup gensets, which the catalog does not hold, are here, both unverified in this repository's
 * reference notes:
 *
 * <ul>
 *   <li>diesel backup genset meeting US EPA Tier 2 (&gt; 560 kW): 0.20 g/kWh (40 CFR 89.112, from
 *       memory, unverified);
 *   <li>diesel genset meeting Tier 4 final: 0.03 g/kWh (40 CFR 1039.101, unverified).
 * </ul>
 */
public final class AirPollution {
  /** Tier 2 diesel genset, g PM2.5 per kWh (unverified). */
  public static final double DIESEL_TIER2_G_PER_KWH = 0.20;

  /** Tier 4 final diesel genset, g PM2.5 per kWh (unverified). */
  public static final double DIESEL_TIER4_G_PER_KWH = 0.03;

  private AirPollution() {}

  /** Tonnes of PM2.5 from {@code energy_MWh} at {@code factor_g_per_kWh}. */
  public static double pm25_t(double energy_MWh, double factor_g_per_kWh) {
    if (!(energy_MWh >= 0) || !(factor_g_per_kWh >= 0)) {
      throw new IllegalArgumentException("Energy and emission factor must be >= 0.");
    }
    return energy_MWh * factor_g_per_kWh / 1000.0;
  }
}
