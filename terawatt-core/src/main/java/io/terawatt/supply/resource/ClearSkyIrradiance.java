package io.terawatt.supply.resource;

/**
 * Clear-sky global horizontal irradiance and the split of any global horizontal irradiance into its
 * direct and diffuse parts.
 *
 * <ul>
 *   <li>Clear sky: Haurwitz (1945, 1946), {@code GHI = 1098 cos z exp(-0.059 / cos z)} W/m² with z
 *       the apparent zenith angle, as given by Reno, Hansen and Stein, "Global Horizontal
 *       Irradiance Clear Sky Models: Implementation and Analysis", Sandia SAND2012-2389 (2012), and
 *       implemented in pvlib {@code clearsky.haurwitz}. Reno et al. found it the best of the models
 *       that need the zenith angle only. It knows no turbidity, altitude or water vapour: it is a
 *       typical clear sky, not the clearest.
 *   <li>Extraterrestrial normal irradiance: solar constant 1367 W/m² (World Radiation Centre, as
 *       used by Erbs et al. to define the clearness index) times Spencer's (1971) eccentricity
 *       correction, Spencer, "Fourier series representation of the position of the sun", Search
 *       2(5):172.
 *   <li>Direct/diffuse split: Erbs, Klein and Duffie, "Estimation of the diffuse radiation fraction
 *       for hourly, daily and monthly-average global radiation", Solar Energy 28(4):293-302 (1982),
 *       the diffuse fraction as a function of the clearness index {@code kt = GHI / (E0 cos z)}.
 * </ul>
 */
public final class ClearSkyIrradiance {
  /** Haurwitz's coefficient, W/m² (Reno et al. 2012, eq. 4). */
  public static final double HAURWITZ_A_W_PER_M2 = 1098.0;

  /** Haurwitz's extinction coefficient (Reno et al. 2012, eq. 4). */
  public static final double HAURWITZ_B = 0.059;

  /** Solar constant, W/m² (WRC value used by Erbs et al. 1982). */
  public static final double SOLAR_CONSTANT_W_PER_M2 = 1367.0;

  /**
   * Above this zenith angle (87°) the whole global irradiance is treated as diffuse: the direct
   * normal part {@code (GHI - DHI) / cos z} is ill-conditioned there (pvlib {@code erbs} uses the
   * same limit).
   */
  static final double MAX_DIRECT_ZENITH_DEG = 87.0;

  private static final double COS_MAX_DIRECT_ZENITH =
      Math.cos(Math.toRadians(MAX_DIRECT_ZENITH_DEG));

  private ClearSkyIrradiance() {}

  /**
   * Haurwitz clear-sky global horizontal irradiance.
   *
   * @param cosZenith cosine of the apparent solar zenith angle
   * @return W/m², 0 when the sun is not above the horizon
   */
  public static double globalHorizontal_W_per_m2(double cosZenith) {
    if (!(cosZenith > 0)) {
      return 0;
    }
    return HAURWITZ_A_W_PER_M2 * cosZenith * Math.exp(-HAURWITZ_B / cosZenith);
  }

  /**
   * Extraterrestrial irradiance on a plane normal to the sun's rays (Spencer 1971).
   *
   * @param dayOfYear 1..366
   * @return W/m², 1322 to 1412
   */
  public static double extraterrestrialNormal_W_per_m2(int dayOfYear) {
    double g = 2 * Math.PI * (dayOfYear - 1) / 365.0;
    return SOLAR_CONSTANT_W_PER_M2
        * (1.000110
            + 0.034221 * Math.cos(g)
            + 0.001280 * Math.sin(g)
            + 0.000719 * Math.cos(2 * g)
            + 0.000077 * Math.sin(2 * g));
  }

  /**
   * Erbs et al. (1982) diffuse fraction {@code DHI / GHI}.
   *
   * @param clearnessIndex {@code kt = GHI / (E0 cos z)}, clamped to 0..1
   * @return 0.165..1
   */
  public static double diffuseFraction(double clearnessIndex) {
    double kt = Math.max(0, Math.min(1, clearnessIndex));
    if (kt <= 0.22) {
      return 1 - 0.09 * kt;
    }
    if (kt <= 0.80) {
      return 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
    }
    return 0.165;
  }

  /**
   * Splits a global horizontal irradiance into direct normal and diffuse horizontal parts (Erbs).
   *
   * @param global_W_per_m2 global horizontal irradiance (clear-sky times a clear-sky index, or
   *     measured)
   * @param cosZenith cosine of the apparent solar zenith angle
   * @param dayOfYear 1..366, for the extraterrestrial irradiance
   */
  public static HorizontalIrradiance split(
      double global_W_per_m2, double cosZenith, int dayOfYear) {
    if (!(cosZenith > 0) || !(global_W_per_m2 > 0)) {
      return new HorizontalIrradiance(0, 0, 0);
    }
    double e0 = extraterrestrialNormal_W_per_m2(dayOfYear);
    if (cosZenith < COS_MAX_DIRECT_ZENITH) {
      return new HorizontalIrradiance(global_W_per_m2, 0, global_W_per_m2);
    }
    double kt = global_W_per_m2 / (e0 * cosZenith);
    double directNormal = Math.min(e0, global_W_per_m2 * (1 - diffuseFraction(kt)) / cosZenith);
    // GHI = DNI cos z + DHI holds also where the direct part is capped at E0.
    double diffuse = global_W_per_m2 - directNormal * cosZenith;
    return new HorizontalIrradiance(global_W_per_m2, directNormal, diffuse);
  }
}
