package io.terawatt.outlook.projection;

/**
 * Logistic adoption: share(year) = final / (1 + exp(−(year − midpoint) / width)), with a width of
 * {@value #WIDTH_YEARS} years (10 % to 90 % of the final share in about 11 years; unverified,
 * typical of technology diffusion curves).
 */
public final class Adoption {
  /** Logistic width in years. */
  public static final double WIDTH_YEARS = 2.5;

  private Adoption() {}

  /** The adopted share in a year. */
  public static double share(double year, double finalShare, double midpointYear) {
    return finalShare / (1 + Math.exp(-(year - midpointYear) / WIDTH_YEARS));
  }
}
