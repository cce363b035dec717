package io.terawatt.grid.typical;

import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * The typical year of one zone's hourly carbon intensity: a mean per (UTC month, day type, UTC
 * hour) cell and the statistics of the hourly log residual around it.
 *
 * <p>The residual of an hour is {@code ln(max(x, 0.1)) - ln(max(profile, 0.1))}, where {@code
 * profile} is the mean of the hour's cell. Its standard deviation and its lag-1 autocorrelation
 * (consecutive hours) are all a {@link SyntheticYearGenerator} needs beyond the profile.
 *
 * @param zone grid zone, for example {@code DE-LU}
 * @param source where the statistics came from, for example {@code Electricity Maps hourly
 *     2021-2022, LCA}
 * @param meanByMonthDayTypeHour_gCO2e_per_kWh {@value #CELLS} cell means, index {@code (month0 * 2
 *     + dayType) * 24 + hour} with {@code month0} 0 (January) to 11, {@code dayType} 0 for Monday
 *     to Friday and 1 for Saturday and Sunday (UTC date), and {@code hour} the UTC hour 0 to 23;
 *     copied in and never exposed
 * @param logResidualSigma standard deviation of the log residual (dimensionless, at least 0)
 * @param logResidualLag1 lag-1 (one hour) autocorrelation of the log residual, strictly between -1
 *     and 1
 * @param annualMean_gCO2e_per_kWh mean of all hours used in the fit
 * @param hours number of hours used in the fit (positive)
 */
public record TypicalYear(
    String zone,
    String source,
    double[] meanByMonthDayTypeHour_gCO2e_per_kWh,
    double logResidualSigma,
    double logResidualLag1,
    double annualMean_gCO2e_per_kWh,
    long hours) {

  /** Number of cells: 12 months x 2 day types x 24 hours. */
  public static final int CELLS = 12 * 2 * 24;

  /** Checks every field and copies the means. */
  public TypicalYear {
    if (zone == null || zone.isBlank()) {
      throw new IllegalArgumentException("A typical year needs a zone.");
    }
    String who = "The typical year of " + zone;
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(who + " needs a source description.");
    }
    if (meanByMonthDayTypeHour_gCO2e_per_kWh == null
        || meanByMonthDayTypeHour_gCO2e_per_kWh.length != CELLS) {
      throw new IllegalArgumentException(
          who
              + " needs "
              + CELLS
              + " cell means (12 months x 2 day types x 24 hours), not "
              + (meanByMonthDayTypeHour_gCO2e_per_kWh == null
                  ? "none"
                  : meanByMonthDayTypeHour_gCO2e_per_kWh.length)
              + ".");
    }
    meanByMonthDayTypeHour_gCO2e_per_kWh = meanByMonthDayTypeHour_gCO2e_per_kWh.clone();
    for (int i = 0; i < CELLS; i++) {
      double m = meanByMonthDayTypeHour_gCO2e_per_kWh[i];
      if (!Double.isFinite(m) || m < 0) {
        throw new IllegalArgumentException(
            who + ": the mean of " + describeCell(i) + " (" + m + ") must be finite and >= 0.");
      }
    }
    if (!Double.isFinite(logResidualSigma) || logResidualSigma < 0) {
      throw new IllegalArgumentException(
          who + ": logResidualSigma (" + logResidualSigma + ") must be finite and >= 0.");
    }
    if (!(logResidualLag1 > -1 && logResidualLag1 < 1)) {
      throw new IllegalArgumentException(
          who + ": logResidualLag1 (" + logResidualLag1 + ") must lie strictly between -1 and 1.");
    }
    if (!Double.isFinite(annualMean_gCO2e_per_kWh) || annualMean_gCO2e_per_kWh < 0) {
      throw new IllegalArgumentException(
          who
              + ": annualMean_gCO2e_per_kWh ("
              + annualMean_gCO2e_per_kWh
              + ") must be finite and >= 0.");
    }
    if (hours <= 0) {
      throw new IllegalArgumentException(who + ": hours (" + hours + ") must be positive.");
    }
  }

  /** A copy of the cell means in gCO2e/kWh, in the layout described on the record. */
  @Override
  public double[] meanByMonthDayTypeHour_gCO2e_per_kWh() {
    return meanByMonthDayTypeHour_gCO2e_per_kWh.clone();
  }

  /**
   * The mean of one cell in gCO2e/kWh.
   *
   * @param month the UTC month
   * @param weekend true for Saturday and Sunday (UTC date)
   * @param hour the UTC hour, 0 to 23
   */
  public double mean(Month month, boolean weekend, int hour) {
    return meanByMonthDayTypeHour_gCO2e_per_kWh[cellIndex(month, weekend, hour)];
  }

  /** The mean, in gCO2e/kWh, of the cell that the hour starting at {@code hour} falls in. */
  public double mean(Instant hour) {
    return meanByMonthDayTypeHour_gCO2e_per_kWh[cellIndex(hour)];
  }

  /** This typical year with every cell mean and the annual mean multiplied by {@code factor}. */
  public TypicalYear scaledBy(double factor) {
    if (!Double.isFinite(factor) || factor < 0) {
      throw new IllegalArgumentException(
          "The scale factor (" + factor + ") for " + zone + " must be finite and >= 0.");
    }
    double[] scaled = meanByMonthDayTypeHour_gCO2e_per_kWh.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= factor;
    }
    return new TypicalYear(
        zone,
        source,
        scaled,
        logResidualSigma,
        logResidualLag1,
        annualMean_gCO2e_per_kWh * factor,
        hours);
  }

  /**
   * The index of a cell: {@code (month0 * 2 + dayType) * 24 + hour}.
   *
   * @throws IllegalArgumentException when the hour is not 0 to 23
   */
  public static int cellIndex(Month month, boolean weekend, int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("The UTC hour (" + hour + ") must be 0 to 23.");
    }
    return ((month.getValue() - 1) * 2 + (weekend ? 1 : 0)) * 24 + hour;
  }

  /** The index of the cell that the hour starting at {@code instant} falls in (UTC). */
  public static int cellIndex(Instant instant) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    int dow = t.getDayOfWeek().getValue();
    return ((t.getMonthValue() - 1) * 2 + (dow >= 6 ? 1 : 0)) * 24 + t.getHour();
  }

  /** For example {@code March weekend 05:00 UTC (cell 125)}. */
  public static String describeCell(int index) {
    if (index < 0 || index >= CELLS) {
      throw new IllegalArgumentException("There is no cell " + index + " (0 to 575).");
    }
    Month month = Month.of(index / 48 + 1);
    String name = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
    String day = (index / 24) % 2 == 0 ? "weekday" : "weekend";
    return String.format(Locale.ROOT, "%s %s %02d:00 UTC (cell %d)", name, day, index % 24, index);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TypicalYear that
        && zone.equals(that.zone)
        && source.equals(that.source)
        && Arrays.equals(
            meanByMonthDayTypeHour_gCO2e_per_kWh, that.meanByMonthDayTypeHour_gCO2e_per_kWh)
        && Double.compare(logResidualSigma, that.logResidualSigma) == 0
        && Double.compare(logResidualLag1, that.logResidualLag1) == 0
        && Double.compare(annualMean_gCO2e_per_kWh, that.annualMean_gCO2e_per_kWh) == 0
        && hours == that.hours;
  }

  @Override
  public int hashCode() {
    int h = zone.hashCode();
    h = 31 * h + source.hashCode();
    h = 31 * h + Arrays.hashCode(meanByMonthDayTypeHour_gCO2e_per_kWh);
    h = 31 * h + Double.hashCode(logResidualSigma);
    h = 31 * h + Double.hashCode(logResidualLag1);
    h = 31 * h + Double.hashCode(annualMean_gCO2e_per_kWh);
    return 31 * h + Long.hashCode(hours);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TypicalYear[%s, %s, annual mean %.1f gCO2e_per_kWh, sigma %.4f, lag1 %.4f, %d h]",
        zone,
        source,
        annualMean_gCO2e_per_kWh,
        logResidualSigma,
        logResidualLag1,
        hours);
  }
}
