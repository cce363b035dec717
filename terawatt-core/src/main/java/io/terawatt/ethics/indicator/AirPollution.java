package io.terawatt.ethics.indicator;

/**
 * Fine particulate (PM2.5) emitted by fossil and backup generation: {@code t = MWh × g/kWh / 1000}
 * (g/kWh × 1000 kWh/MWh / 10⁶ g/t). Emission factors, all unverified in this repository's reference
 * notes:
 *
 * <ul>
 *   <li>diesel backup genset meeting US EPA Tier 2 (&gt; 560 kW): 0.20 g/kWh (40 CFR 89.112, from
 *       memory, unverified);
 *   <li>diesel genset meeting Tier 4 final: 0.03 g/kWh (40 CFR 1039.101, unverified);
 *   <li>gas combustion turbine: 0.0086 g/kWh (AP-42 Table 3.1-2a, 1.9e-3 lb/MMBtu PM at 10,000
 *       Btu/kWh, unverified);
 *   <li>coal steam plant with controls: 0.05 g/kWh (order of magnitude, unverified).
 * </ul>
 */
public final class AirPollution {
  /** Tier 2 diesel genset, g PM2.5 per kWh (unverified). */
  public static final double DIESEL_TIER2_G_PER_KWH = 0.20;

  /** Tier 4 final diesel genset, g PM2.5 per kWh (unverified). */
  public static final double DIESEL_TIER4_G_PER_KWH = 0.03;

  /** Gas combustion turbine, g PM2.5 per kWh (unverified). */
  public static final double GAS_TURBINE_G_PER_KWH = 0.0086;

  /** Coal steam plant with controls, g PM2.5 per kWh (unverified). */
  public static final double COAL_G_PER_KWH = 0.05;

  private AirPollution() {}

  /** Tonnes of PM2.5 from {@code energy_MWh} at {@code factor_g_per_kWh}. */
  public static double pm25_t(double energy_MWh, double factor_g_per_kWh) {
    if (!(energy_MWh >= 0) || !(factor_g_per_kWh >= 0)) {
      throw new IllegalArgumentException("Energy and emission factor must be >= 0.");
    }
    return energy_MWh * factor_g_per_kWh / 1000.0;
  }
}
