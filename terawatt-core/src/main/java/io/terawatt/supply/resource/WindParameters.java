package io.terawatt.supply.resource;

/**
 * A wind site and turbine, for {@link WindProfile}.
 *
 * <p>The hub-height hourly speed is {@code v(t) = w(t) (1 + as cos(2 pi (d(t) - ds) / 365.25)) (1 +
 * ad cos(2 pi (h(t) - hd) / 24))}, where {@code w} is a Weibull-distributed speed with shape {@code
 * k} and scale {@code c} (mean {@code c Γ(1 + 1/k)}), {@code d} the fractional day of the year and
 * {@code h} the UTC hour of day (at the middle of the hour). Over whole years the cosines average
 * out, so the mean speed stays close to the Weibull mean.
 *
 * @param weibullShape shape {@code k}, 1..5 (about 2 for many onshore sites: the Rayleigh case)
 * @param weibullScale_mps scale {@code c}, above 0
 * @param hourToHourCorrelation lag-1 autocorrelation of the hourly (Weibull) speeds, 0..0.999
 * @param seasonalAmplitude_fraction relative seasonal swing {@code as}, 0..0.9
 * @param windiestDayOfYear day {@code ds} of the seasonal maximum, 1..366
 * @param diurnalAmplitude_fraction relative daily swing {@code ad}, 0..0.9
 * @param windiestHourUtc UTC hour {@code hd} of the daily maximum, 0..24
 * @param powerCurve the turbine
 * @param netToGross_fraction the share of the power curve's output that is delivered: availability
 *     times (1 - wake, electrical and environmental losses), 0..1
 */
public record WindParameters(
    double weibullShape,
    double weibullScale_mps,
    double hourToHourCorrelation,
    double seasonalAmplitude_fraction,
    int windiestDayOfYear,
    double diurnalAmplitude_fraction,
    double windiestHourUtc,
    PowerCurve powerCurve,
    double netToGross_fraction) {

  /** Default Weibull shape, 2 (Rayleigh; typical of onshore sites, e.g. Manwell et al. 2009). */
  public static final double DEFAULT_WEIBULL_SHAPE = 2.0;

  /**
   * Default lag-1 autocorrelation of hourly hub-height speeds, 0.95 (unverified; hourly
   * autocorrelations of 0.9-0.97 are typical of measured mid-latitude wind, cf. Brown, Katz and
   * Murphy 1984, J. Climate Appl. Meteor. 23:1184-1195, whose transform-AR-back-transform approach
   * this model follows).
   */
  public static final double DEFAULT_HOUR_TO_HOUR_CORRELATION = 0.95;

  /**
   * Default delivered share, 0.88: availability about 97 % times wake (about 93 %), electrical
   * (about 98 %) and environmental losses (unverified typical pre-construction assumptions; total
   * losses of 10-15 % are usual).
   */
  public static final double DEFAULT_NET_TO_GROSS = 0.88;

  /**
   * Default wind shear exponent 1/7 for {@link #shearedSpeed_mps} (Peterson and Hennessey 1978, J.
   * Appl. Meteor. 17:390-394).
   */
  public static final double DEFAULT_SHEAR_EXPONENT = 1.0 / 7.0;

  /** Checks ranges. */
  public WindParameters {
    requireIn(weibullShape, 1, 5, "Weibull shape");
    requireIn(weibullScale_mps, 1e-6, 100, "Weibull scale (m/s)");
    requireIn(hourToHourCorrelation, 0, 0.999, "hour-to-hour correlation");
    requireIn(seasonalAmplitude_fraction, 0, 0.9, "seasonal amplitude");
    requireIn(windiestDayOfYear, 1, 366, "windiest day of year");
    requireIn(diurnalAmplitude_fraction, 0, 0.9, "diurnal amplitude");
    requireIn(windiestHourUtc, 0, 24, "windiest hour (UTC)");
    if (powerCurve == null) {
      throw new IllegalArgumentException("The power curve must be given.");
    }
    requireIn(netToGross_fraction, 0, 1, "net-to-gross fraction");
  }

  private static void requireIn(double v, double lo, double hi, String what) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(
          "The " + what + " (" + v + ") must be between " + lo + " and " + hi + ".");
    }
  }

  /**
   * A site with the given mean hub-height speed: Weibull shape 2, the scale that gives that mean,
   * hourly autocorrelation 0.95, no seasonal or daily cycle, the {@link PowerCurve#generic()}
   * turbine and 88 % net-to-gross.
   */
  public static WindParameters forMeanSpeed(double meanSpeed_mps) {
    return new WindParameters(
        DEFAULT_WEIBULL_SHAPE,
        scaleForMean_mps(meanSpeed_mps, DEFAULT_WEIBULL_SHAPE),
        DEFAULT_HOUR_TO_HOUR_CORRELATION,
        0,
        15,
        0,
        15,
        PowerCurve.generic(),
        DEFAULT_NET_TO_GROSS);
  }

  /** The Weibull scale {@code c = mean / Γ(1 + 1/k)} for a mean speed and shape. */
  public static double scaleForMean_mps(double meanSpeed_mps, double shape) {
    if (!(meanSpeed_mps > 0) || !(shape > 0)) {
      throw new IllegalArgumentException(
          "The mean speed (" + meanSpeed_mps + " m/s) and shape (" + shape + ") must be positive.");
    }
    return meanSpeed_mps / SpecialFunctions.gamma(1 + 1 / shape);
  }

  /**
   * A speed carried to another height by the power law {@code v2 = v1 (z2 / z1)^alpha}.
   *
   * @param shearExponent alpha, e.g. {@link #DEFAULT_SHEAR_EXPONENT}
   */
  public static double shearedSpeed_mps(
      double speed_mps, double fromHeight_m, double toHeight_m, double shearExponent) {
    if (!(fromHeight_m > 0) || !(toHeight_m > 0)) {
      throw new IllegalArgumentException(
          "The heights (" + fromHeight_m + " m, " + toHeight_m + " m) must be positive.");
    }
    return speed_mps * Math.pow(toHeight_m / fromHeight_m, shearExponent);
  }

  /** The Weibull mean {@code c Γ(1 + 1/k)}. */
  public double weibullMean_mps() {
    return weibullScale_mps * SpecialFunctions.gamma(1 + 1 / weibullShape);
  }

  /** This site with another turbine. */
  public WindParameters withPowerCurve(PowerCurve other) {
    return new WindParameters(
        weibullShape,
        weibullScale_mps,
        hourToHourCorrelation,
        seasonalAmplitude_fraction,
        windiestDayOfYear,
        diurnalAmplitude_fraction,
        windiestHourUtc,
        other,
        netToGross_fraction);
  }

  /** This site with another hourly persistence. */
  public WindParameters withHourToHourCorrelation(double correlation) {
    return new WindParameters(
        weibullShape,
        weibullScale_mps,
        correlation,
        seasonalAmplitude_fraction,
        windiestDayOfYear,
        diurnalAmplitude_fraction,
        windiestHourUtc,
        powerCurve,
        netToGross_fraction);
  }

  /** This site with a seasonal cycle (amplitude as a fraction of the speed). */
  public WindParameters withSeasonalCycle(double amplitude_fraction, int windiestDay) {
    return new WindParameters(
        weibullShape,
        weibullScale_mps,
        hourToHourCorrelation,
        amplitude_fraction,
        windiestDay,
        diurnalAmplitude_fraction,
        windiestHourUtc,
        powerCurve,
        netToGross_fraction);
  }

  /** This site with a daily cycle (amplitude as a fraction of the speed). */
  public WindParameters withDiurnalCycle(double amplitude_fraction, double windiestHour) {
    return new WindParameters(
        weibullShape,
        weibullScale_mps,
        hourToHourCorrelation,
        seasonalAmplitude_fraction,
        windiestDayOfYear,
        amplitude_fraction,
        windiestHour,
        powerCurve,
        netToGross_fraction);
  }
}
