package io.terawatt.supply.resource;

import java.util.Arrays;

/**
 * The statistics of the hourly clear-sky index {@code k = GHI / GHI_clear} that {@link
 * CloudinessProcess} draws.
 *
 * <p>{@code k = min + (max - min) logistic(mu(month) + spread x)}, with {@code x} a standard normal
 * that is the sum of a day-level AR(1) (weight {@code dailyShare_fraction}) and an hour-level
 * AR(1). A wide spread makes the index bimodal (overcast and clear hours), as measured hourly
 * indices are (e.g. Skartveit and Olseth 1992, Solar Energy 49(6):477-487). {@code mu} is solved
 * per month so that the expected index equals the month's mean.
 *
 * @param meanClearSkyIndexByMonth expected clear-sky index for January..December (12 values,
 *     strictly between the minimum and maximum index); relative to the Haurwitz clear sky of {@link
 *     ClearSkyIrradiance}
 * @param spread standard deviation of the logit of the index, above 0
 * @param dayToDayCorrelation lag-1 correlation of the day-level component between local solar days,
 *     0..0.999
 * @param hourToHourCorrelation lag-1 correlation of the hour-level component, 0..0.999
 * @param dailyShare_fraction share of the variance of the normal {@code x} carried by the day-level
 *     component, 0..1
 * @param minimumIndex the index under the thickest overcast, 0 or more
 * @param maximumIndex the index under a clear sky with cloud-edge enhancement, above the minimum
 */
public record CloudinessParameters(
    double[] meanClearSkyIndexByMonth,
    double spread,
    double dayToDayCorrelation,
    double hourToHourCorrelation,
    double dailyShare_fraction,
    double minimumIndex,
    double maximumIndex) {

  /**
   * Default spread of the logit. Unverified: chosen so that hourly indices in a month with mean 0.6
   * span about 0.15 to 1.05 with modes at both ends.
   */
  public static final double DEFAULT_SPREAD = 1.6;

  /**
   * Default day-to-day correlation. Unverified; lag-1 autocorrelations of the daily clearness index
   * of 0.2-0.4 are reported for mid-latitude sites (Aguiar, Collares-Pereira and Conde 1988, Solar
   * Energy 40(3):269-279, use Markov transition matrices for this persistence).
   */
  public static final double DEFAULT_DAY_TO_DAY_CORRELATION = 0.4;

  /**
   * Default hour-to-hour correlation of the hourly component. Unverified; the TAG model's hourly
   * lag-1 coefficient is about 0.6-0.8 for typical daily clearness (Aguiar and Collares-Pereira
   * 1992, "TAG: a time-dependent, autoregressive, Gaussian model for generating synthetic hourly
   * radiation", Solar Energy 49(3):167-174).
   */
  public static final double DEFAULT_HOUR_TO_HOUR_CORRELATION = 0.8;

  /** Default share of the day-level component. Unverified. */
  public static final double DEFAULT_DAILY_SHARE = 0.6;

  /**
   * Default lowest hourly index. Unverified; thick overcast passes 10-20 % of the clear-sky
   * irradiance.
   */
  public static final double DEFAULT_MINIMUM_INDEX = 0.05;

  /**
   * Default highest hourly index. Unverified; hourly cloud enhancement above the clear sky is a few
   * percent (instantaneous enhancement reaches 1.5).
   */
  public static final double DEFAULT_MAXIMUM_INDEX = 1.05;

  /** Checks ranges and copies the monthly means. */
  public CloudinessParameters {
    if (meanClearSkyIndexByMonth == null || meanClearSkyIndexByMonth.length != 12) {
      throw new IllegalArgumentException(
          "The mean clear-sky index needs 12 monthly values, January first.");
    }
    meanClearSkyIndexByMonth = meanClearSkyIndexByMonth.clone();
    if (!(minimumIndex >= 0 && maximumIndex > minimumIndex && maximumIndex <= 2)) {
      throw new IllegalArgumentException(
          "The clear-sky index bounds ("
              + minimumIndex
              + ", "
              + maximumIndex
              + ") must satisfy 0 <= minimum < maximum <= 2.");
    }
    for (int m = 0; m < 12; m++) {
      double k = meanClearSkyIndexByMonth[m];
      if (!(k > minimumIndex && k < maximumIndex)) {
        throw new IllegalArgumentException(
            "The mean clear-sky index of month "
                + (m + 1)
                + " ("
                + k
                + ") must lie strictly between "
                + minimumIndex
                + " and "
                + maximumIndex
                + ".");
      }
    }
    requireIn(spread, 1e-6, 10, "spread");
    requireIn(dayToDayCorrelation, 0, 0.999, "day-to-day correlation");
    requireIn(hourToHourCorrelation, 0, 0.999, "hour-to-hour correlation");
    requireIn(dailyShare_fraction, 0, 1, "daily share");
  }

  private static void requireIn(double v, double lo, double hi, String what) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(
          "The " + what + " (" + v + ") must be between " + lo + " and " + hi + ".");
    }
  }

  /** One mean clear-sky index for every month, with the default spread and persistence. */
  public static CloudinessParameters ofMean(double meanClearSkyIndex) {
    double[] monthly = new double[12];
    Arrays.fill(monthly, meanClearSkyIndex);
    return ofMonthlyMeans(monthly);
  }

  /** Monthly mean clear-sky indices, with the default spread and persistence. */
  public static CloudinessParameters ofMonthlyMeans(double[] meanClearSkyIndexByMonth) {
    return new CloudinessParameters(
        meanClearSkyIndexByMonth,
        DEFAULT_SPREAD,
        DEFAULT_DAY_TO_DAY_CORRELATION,
        DEFAULT_HOUR_TO_HOUR_CORRELATION,
        DEFAULT_DAILY_SHARE,
        DEFAULT_MINIMUM_INDEX,
        DEFAULT_MAXIMUM_INDEX);
  }

  /**
   * Central Europe (northern Germany, Berlin, 52.5° N): monthly mean indices that turn the Haurwitz
   * clear sky into long-term monthly global horizontal irradiation of about 20, 37, 76, 124, 158,
   * 166, 164, 139, 92, 55, 24 and 15 kWh/m² (1070 kWh/m² a year). Those totals are rounded
   * long-term means for Berlin/Potsdam after PVGIS (SARAH) and DWD, recalled and unverified; the
   * indices are those totals over the Haurwitz clear sky of 2023 at Berlin, as recomputed by {@code
   * CloudinessParametersTest#presetsFollowFromTheirMonthlyIrradiation}.
   */
  public static CloudinessParameters centralEurope() {
    return ofMonthlyMeans(CENTRAL_EUROPE);
  }

  /**
   * US desert south-west (Phoenix, 33.4° N): monthly mean indices that turn the Haurwitz clear sky
   * into monthly global horizontal irradiation of about 105, 125, 180, 220, 255, 260, 240, 225,
   * 195, 160, 115 and 95 kWh/m² (2175 kWh/m² a year; the July-August dip is the monsoon). Those
   * totals are rounded NSRDB typical-meteorological-year values for Phoenix, recalled and
   * unverified. Haurwitz's average clear sky is dimmer than the dry desert's, so the indices come
   * close to 1 and the maximum index is raised to 1.10 (instead of {@value
   * #DEFAULT_MAXIMUM_INDEX}).
   */
  public static CloudinessParameters usDesertSouthwest() {
    return new CloudinessParameters(
        US_DESERT_SOUTHWEST,
        DEFAULT_SPREAD,
        DEFAULT_DAY_TO_DAY_CORRELATION,
        DEFAULT_HOUR_TO_HOUR_CORRELATION,
        DEFAULT_DAILY_SHARE,
        DEFAULT_MINIMUM_INDEX,
        1.10);
  }

  /** Monthly mean indices of {@link #centralEurope()}, January first. */
  static final double[] CENTRAL_EUROPE = {
    0.51, 0.56, 0.59, 0.67, 0.65, 0.64, 0.64, 0.66, 0.62, 0.59, 0.51, 0.49
  };

  /** Monthly mean indices of {@link #usDesertSouthwest()}, January first. */
  static final double[] US_DESERT_SOUTHWEST = {
    0.93, 0.95, 0.95, 0.99, 0.99, 0.99, 0.91, 0.93, 0.98, 1.0, 0.98, 0.93
  };

  /** A copy of the monthly means. */
  @Override
  public double[] meanClearSkyIndexByMonth() {
    return meanClearSkyIndexByMonth.clone();
  }

  /** The mean index of month 1..12. */
  public double meanClearSkyIndex(int month) {
    return meanClearSkyIndexByMonth[month - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudinessParameters that
        && Arrays.equals(meanClearSkyIndexByMonth, that.meanClearSkyIndexByMonth)
        && spread == that.spread
        && dayToDayCorrelation == that.dayToDayCorrelation
        && hourToHourCorrelation == that.hourToHourCorrelation
        && dailyShare_fraction == that.dailyShare_fraction
        && minimumIndex == that.minimumIndex
        && maximumIndex == that.maximumIndex;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(meanClearSkyIndexByMonth) * 31
        + Double.hashCode(spread + 3 * dayToDayCorrelation + 7 * hourToHourCorrelation);
  }

  @Override
  public String toString() {
    return "CloudinessParameters[meanByMonth="
        + Arrays.toString(meanClearSkyIndexByMonth)
        + ", spread="
        + spread
        + ", dayToDay="
        + dayToDayCorrelation
        + ", hourToHour="
        + hourToHourCorrelation
        + ", dailyShare="
        + dailyShare_fraction
        + ", range=["
        + minimumIndex
        + ", "
        + maximumIndex
        + "]]";
  }
}
