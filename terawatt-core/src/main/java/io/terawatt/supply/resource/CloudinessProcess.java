package io.terawatt.supply.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A seeded stochastic hourly clear-sky index {@code k(t)}, the ratio of global horizontal
 * irradiance to its clear-sky value, in {@code [minimumIndex, maximumIndex]} of {@link
 * CloudinessParameters}.
 *
 * <p>The model follows the structure of the TAG model (Aguiar and Collares-Pereira 1992, Solar
 * Energy 49(3):167-174): a Gaussian autoregressive variable mapped to the bounded index. Here
 * {@code x(t) = sqrt(w) D(day) + sqrt(1 - w) H(t)}, where {@code D} is an AR(1) over local solar
 * days (day-to-day correlation; days start at local mean solar midnight, {@code UTC + longitude /
 * 15} hours, so that a day's weather does not change at noon) and {@code H} an AR(1) over hours;
 * both are stationary standard normals, so {@code x} is too. Then {@code k = min + (max - min)
 * logistic(mu + spread x)}, a logit-normal index, with {@code mu} solved so that the expected index
 * equals the month's mean; {@code mu} is interpolated linearly between mid-months so that the level
 * does not jump at month ends.
 *
 * <p>The draws come from a {@link SplittableRandom} with the given seed (one split stream for the
 * days, one for the hours) through a Box-Muller transform with {@link StrictMath}, so one seed
 * gives the same series on every JVM.
 */
public final class CloudinessProcess {
  private static final int GRID = 1601;
  private static final double GRID_HALF_WIDTH = 8.0;

  private CloudinessProcess() {}

  /**
   * Draws the hourly clear-sky index.
   *
   * @param start the first hour, a whole UTC hour
   * @param hours how many hours
   * @param longitude_deg east positive, for the local solar day
   * @param parameters the index statistics
   * @param seed the seed; one seed, one series
   * @return one index per hour, for the hour that starts at {@code start + i} hours
   */
  public static double[] clearSkyIndex(
      Instant start, int hours, double longitude_deg, CloudinessParameters parameters, long seed) {
    if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
      throw new IllegalArgumentException("The start (" + start + ") must be a whole UTC hour.");
    }
    if (hours <= 0) {
      throw new IllegalArgumentException("The number of hours (" + hours + ") must be positive.");
    }
    SolarPosition.requireLongitude(longitude_deg);
    double[] mu = new double[12];
    for (int m = 0; m < 12; m++) {
      mu[m] = logitLocation(parameters.meanClearSkyIndex(m + 1), parameters);
    }
    SplittableRandom root = new SplittableRandom(seed);
    GaussianSource daily = new GaussianSource(root.split());
    GaussianSource hourly = new GaussianSource(root.split());
    double w = parameters.dailyShare_fraction();
    double sqrtW = Math.sqrt(w);
    double sqrtRest = Math.sqrt(1 - w);
    double phiD = parameters.dayToDayCorrelation();
    double phiH = parameters.hourToHourCorrelation();
    double innovationD = Math.sqrt(1 - phiD * phiD);
    double innovationH = Math.sqrt(1 - phiH * phiH);
    double range = parameters.maximumIndex() - parameters.minimumIndex();

    double[] k = new double[hours];
    long startHour = start.getEpochSecond() / 3600;
    double solarOffset_h = longitude_deg / 15.0;
    long day = Long.MIN_VALUE;
    double d = 0;
    double h = hourly.next();
    for (int i = 0; i < hours; i++) {
      double midHour = startHour + i + 0.5;
      long solarDay = (long) Math.floor((midHour + solarOffset_h) / 24.0);
      if (day == Long.MIN_VALUE) {
        d = daily.next();
      } else {
        for (long step = day; step < solarDay; step++) {
          d = phiD * d + innovationD * daily.next();
        }
      }
      day = solarDay;
      if (i > 0) {
        h = phiH * h + innovationH * hourly.next();
      }
      double x = sqrtW * d + sqrtRest * h;
      double location = interpolatedLocation(mu, midHour * 3600);
      k[i] =
          parameters.minimumIndex()
              + range * SpecialFunctions.logistic(location + parameters.spread() * x);
    }
    return k;
  }

  /**
   * The location {@code mu} of the logit for which the expected index equals {@code mean}, by
   * bisection on a quadrature of the normal density (16 standard deviations, 1601 points).
   */
  static double logitLocation(double mean, CloudinessParameters p) {
    double target = (mean - p.minimumIndex()) / (p.maximumIndex() - p.minimumIndex());
    double lo = -30;
    double hi = 30;
    for (int iter = 0; iter < 80; iter++) {
      double mid = 0.5 * (lo + hi);
      if (expectedLogistic(mid, p.spread()) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** {@code E[logistic(mu + spread Z)]} for a standard normal Z. */
  static double expectedLogistic(double mu, double spread) {
    double step = 2 * GRID_HALF_WIDTH / (GRID - 1);
    double sum = 0;
    double weights = 0;
    for (int j = 0; j < GRID; j++) {
      double z = -GRID_HALF_WIDTH + j * step;
      double density = StrictMath.exp(-0.5 * z * z);
      sum += density * SpecialFunctions.logistic(mu + spread * z);
      weights += density;
    }
    return sum / weights;
  }

  /** The monthly location, interpolated linearly between the middles of adjacent months. */
  private static double interpolatedLocation(double[] mu, double epochSeconds) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv((long) epochSeconds, 86400L));
    double secondsIntoDay = epochSeconds - date.toEpochDay() * 86400.0;
    int month = date.getMonthValue();
    double monthStart = date.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    double monthLength = date.lengthOfMonth() * 86400.0;
    double fraction =
        (date.toEpochDay() * 86400.0 + secondsIntoDay - monthStart) / monthLength; // 0..1
    int other;
    double weight;
    if (fraction < 0.5) {
      other = month == 1 ? 12 : month - 1;
      weight = 0.5 - fraction; // weight of the previous month
    } else {
      other = month == 12 ? 1 : month + 1;
      weight = fraction - 0.5; // weight of the next month
    }
    return (1 - weight) * mu[month - 1] + weight * mu[other - 1];
  }
}
