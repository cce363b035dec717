package io.terawatt.supply.resource;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Hourly wind capacity factors (unit {@value #UNIT}) from seeded hub-height speeds.
 *
 * <p>Speeds: a stationary Gaussian AR(1) {@code x(t) = phi x(t-1) + sqrt(1 - phi²) e(t)} is mapped
 * to the Weibull distribution through the probability integral transform, {@code w = c (-ln(1 -
 * Φ(x)))^(1/k)}, as in Brown, Katz and Murphy (1984), "Time series models to simulate and forecast
 * wind speed and wind power", J. Climate Appl. Meteor. 23:1184-1195. The transform lowers the
 * correlation a little, so {@code phi} is solved (by the Hermite expansion of the transform) such
 * that the Weibull speeds have the configured lag-1 autocorrelation. The seasonal and daily cycles
 * of {@link WindParameters} then scale the speed.
 *
 * <p>Power: the hourly mean speed passes through the {@link PowerCurve} and is multiplied by the
 * net-to-gross fraction; variability within the hour and between turbines of a farm is ignored.
 *
 * <p>Expected capacity factors (net 88 %, Weibull k = 2): with {@link PowerCurve#generic()} about
 * 26 % at a mean of 7 m/s and 33 % at 8 m/s; with the low-specific-power {@link
 * PowerCurve#iea34MwOnshore()} about 35 % and 43 %, the 30-45 % range of recent onshore fleets
 * (numbers from {@code WindProfileTest#capacityFactorsAreInPlausibleRanges}).
 *
 * <p>The normal draws come from a {@link SplittableRandom} with the given seed through a Box-Muller
 * transform and {@link StrictMath}: one seed, one series, on every JVM.
 */
public final class WindProfile {
  /** The unit of the capacity-factor series: output per unit of rated capacity, 0..1. */
  public static final String UNIT = "capacity_factor";

  /** The unit of the speed series. */
  public static final String SPEED_UNIT = "m_per_s";

  private static final int HERMITE_TERMS = 40;
  private static final int GRID = 3601;
  private static final double GRID_HALF_WIDTH = 9.0;

  private WindProfile() {}

  /**
   * One UTC year (8760 or 8784 hours) of hourly wind capacity factors.
   *
   * @param year the calendar year, UTC
   * @param seed the seed; one seed, one series
   * @param parameters the site and turbine
   */
  public static HourlySeries generate(int year, long seed, WindParameters parameters) {
    HourlySeries speeds = speeds(year, seed, parameters);
    double[] cf = new double[speeds.hours()];
    for (int i = 0; i < cf.length; i++) {
      cf[i] =
          parameters.powerCurve().output_fraction(speeds.valueAt(i))
              * parameters.netToGross_fraction();
    }
    return new HourlySeries(speeds.start(), cf, UNIT);
  }

  /**
   * The hub-height hourly mean speeds behind {@link #generate} for the same arguments (unit {@value
   * #SPEED_UNIT}).
   */
  public static HourlySeries speeds(int year, long seed, WindParameters parameters) {
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int hours = Year.isLeap(year) ? 8784 : 8760;
    double k = parameters.weibullShape();
    double c = parameters.weibullScale_mps();
    double phi = latentCorrelation(parameters.hourToHourCorrelation(), k);
    double innovation = Math.sqrt(1 - phi * phi);
    GaussianSource gaussian = new GaussianSource(new SplittableRandom(seed));
    double[] v = new double[hours];
    double x = gaussian.next();
    long startSecond = start.getEpochSecond();
    for (int i = 0; i < hours; i++) {
      if (i > 0) {
        x = phi * x + innovation * gaussian.next();
      }
      double weibull = c * weibullQuantileOfNormal(x, k);
      double mid = startSecond + 3600.0 * i + 1800.0;
      double dayOfYear = (mid - startSecond) / 86400.0 + 1; // 1.0 = 1 January 00:00 UTC
      double hourOfDay = (mid % 86400.0) / 3600.0;
      double seasonal =
          1
              + parameters.seasonalAmplitude_fraction()
                  * Math.cos(2 * Math.PI * (dayOfYear - parameters.windiestDayOfYear()) / 365.25);
      double diurnal =
          1
              + parameters.diurnalAmplitude_fraction()
                  * Math.cos(2 * Math.PI * (hourOfDay - parameters.windiestHourUtc()) / 24);
      v[i] = weibull * seasonal * diurnal;
    }
    return new HourlySeries(start, v, SPEED_UNIT);
  }

  /** {@code (-ln(1 - Φ(x)))^(1/k)}: the unit-scale Weibull quantile of a standard normal. */
  static double weibullQuantileOfNormal(double x, double shape) {
    double tail = SpecialFunctions.normalUpperTail(x);
    if (tail <= 0) {
      tail = Double.MIN_NORMAL;
    }
    return StrictMath.pow(-StrictMath.log(tail), 1 / shape);
  }

  /**
   * The lag-1 correlation {@code phi} of the latent Gaussian for which the Weibull-transformed
   * series has lag-1 autocorrelation {@code target}. With {@code b_n} the coefficients of the
   * transform in normalised Hermite polynomials, {@code corr = Σ b_n² phi^n / Σ b_n²} (Mehler's
   * formula); solved by bisection.
   */
  static double latentCorrelation(double target, double shape) {
    if (target <= 0) {
      return 0;
    }
    double[] b2 = hermiteEnergies(shape);
    double lo = 0;
    double hi = 1;
    for (int iter = 0; iter < 60; iter++) {
      double mid = 0.5 * (lo + hi);
      if (transformedCorrelation(mid, b2) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** {@code Σ b_n² phi^n / Σ b_n²} over n = 1..{@value #HERMITE_TERMS}. */
  static double transformedCorrelation(double phi, double[] b2) {
    double num = 0;
    double den = 0;
    double power = 1;
    for (int n = 1; n < b2.length; n++) {
      power *= phi;
      num += b2[n] * power;
      den += b2[n];
    }
    return num / den;
  }

  /** Squared coefficients {@code b_n² = E[g(Z) h_n(Z)]²} of the unit-scale transform. */
  static double[] hermiteEnergies(double shape) {
    double[] b = new double[HERMITE_TERMS + 1];
    double step = 2 * GRID_HALF_WIDTH / (GRID - 1);
    double weights = 0;
    double[] h = new double[HERMITE_TERMS + 1];
    for (int j = 0; j < GRID; j++) {
      double z = -GRID_HALF_WIDTH + j * step;
      double density = StrictMath.exp(-0.5 * z * z);
      weights += density;
      double g = weibullQuantileOfNormal(z, shape);
      h[0] = 1;
      h[1] = z;
      for (int n = 1; n < HERMITE_TERMS; n++) {
        h[n + 1] = (z * h[n] - Math.sqrt(n) * h[n - 1]) / Math.sqrt(n + 1);
      }
      for (int n = 0; n <= HERMITE_TERMS; n++) {
        b[n] += density * g * h[n];
      }
    }
    double[] b2 = new double[b.length];
    for (int n = 0; n < b.length; n++) {
      double coefficient = b[n] / weights;
      b2[n] = coefficient * coefficient;
    }
    return b2;
  }
}
