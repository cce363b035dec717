package io.terawatt.grid.typical;

import io.terawatt.grid.GridQuantity;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Draws synthetic hourly carbon-intensity series from a {@link TypicalYear}.
 *
 * <p>Hour {@code t} gets {@code x(t) = profile(t) * exp(r(t) - sigma^2 / 2)}, where {@code
 * profile(t)} is the mean of the hour's cell and {@code r} is a stationary Gaussian AR(1) process
 * with the fitted lag-1 coefficient {@code phi} and standard deviation {@code sigma}: {@code r(0) =
 * sigma z(0)}, {@code r(t) = phi r(t-1) + sigma sqrt(1 - phi^2) z(t)}. The {@code -sigma^2 / 2}
 * term makes the expected value of every hour equal to its profile mean, so long runs keep the
 * typical year's means; values are never negative.
 *
 * <p>One hourly AR(1) is enough; no slower day-level component is added. Fitted on Electricity Maps
 * 2021-2022 (life-cycle) for the twelve zones in {@code shared/data/grid/electricitymaps-hourly}
 * and drawn for 2023 with seed 1, the standard deviation of daily means (day-to-day spread) of the
 * synthetic year is 0.62 to 2.4 times the real 2023 one, median about 1.1: the fitted hourly
 * coefficients (0.83 to 0.998) already carry most of the multi-day persistence, and a second
 * component could only add spread where it is mostly too large already. Only Singapore, whose real
 * day-to-day spread is 3 gCO2e/kWh, is underestimated by more than 12 %. What the model does not
 * carry is drift between years: a synthetic year has the typical year's level, and {@link
 * TypicalYear#scaledBy(double)} moves that level.
 *
 * <p>The normal draws come from a {@link SplittableRandom} seeded with the given seed through a
 * Box-Muller transform and {@link StrictMath}, so one seed gives the same year on every JVM and
 * different seeds give different years.
 */
public final class SyntheticYearGenerator {
  private SyntheticYearGenerator() {}

  /**
   * Every hour of the UTC calendar year {@code year}: 8760 hours, or 8784 in a leap year, starting
   * at January 1st 00:00 UTC, in {@code gCO2e_per_kWh}.
   */
  public static HourlySeries generate(TypicalYear typicalYear, int year, long seed) {
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return generate(typicalYear, start, Year.of(year).length() * 24, seed);
  }

  /**
   * {@code hours} hours from {@code start} (a whole UTC hour), in {@code gCO2e_per_kWh}.
   *
   * @throws IllegalArgumentException when the start is not a whole hour or hours is not positive
   */
  public static HourlySeries generate(
      TypicalYear typicalYear, Instant start, int hours, long seed) {
    if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
      throw new IllegalArgumentException(
          "A synthetic series must start at a whole UTC hour, not " + start + ".");
    }
    if (hours <= 0) {
      throw new IllegalArgumentException(
          "A synthetic series needs a positive number of hours, not " + hours + ".");
    }
    return series(typicalYear, start, forwardResiduals(typicalYear, hours, seed));
  }

  /**
   * The UTC calendar year {@code year} exactly as {@link #generate(TypicalYear, int, long)} draws
   * it with this seed, preceded by the {@code historyYears} calendar years that lead into it, as
   * one series from January 1st of {@code year - historyYears}: the history a forecaster learns
   * from and the year that is planned, one signal.
   *
   * <p>The history runs the AR(1) residual backwards from the year's first hour, {@code r(t-1) =
   * phi r(t) + sigma sqrt(1 - phi^2) z}, with its own normal stream (split from the seed's). A
   * stationary Gaussian AR(1) is reversible in time (its autocovariance {@code sigma^2 phi^|k|} is
   * symmetric in the lag), so the backward draw has the statistics of a forward one and the series
   * runs on across January 1st without a break.
   *
   * @param historyYears whole calendar years before {@code year}, 0 or more
   * @throws IllegalArgumentException when historyYears is negative
   */
  public static HourlySeries generateWithHistory(
      TypicalYear typicalYear, int year, int historyYears, long seed) {
    if (historyYears < 0) {
      throw new IllegalArgumentException(
          "The years of history must be 0 or more, not " + historyYears + ".");
    }
    Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant start =
        LocalDate.of(year - historyYears, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int historyHours = (int) Duration.between(start, yearStart).toHours();
    double[] planned = forwardResiduals(typicalYear, Year.of(year).length() * 24, seed);
    double sigma = typicalYear.logResidualSigma();
    double phi = typicalYear.logResidualLag1();
    double innovation = sigma * Math.sqrt(1 - phi * phi);
    Normal normal = new Normal(new SplittableRandom(seed).split());
    double[] residuals = new double[historyHours + planned.length];
    System.arraycopy(planned, 0, residuals, historyHours, planned.length);
    double r = planned[0];
    for (int t = historyHours - 1; t >= 0; t--) {
      r = phi * r + innovation * normal.next();
      residuals[t] = r;
    }
    return series(typicalYear, start, residuals);
  }

  /** The AR(1) residuals {@code r(0..hours-1)} drawn forward from the seed. */
  private static double[] forwardResiduals(TypicalYear typicalYear, int hours, long seed) {
    double sigma = typicalYear.logResidualSigma();
    double phi = typicalYear.logResidualLag1();
    double innovation = sigma * Math.sqrt(1 - phi * phi);
    Normal normal = new Normal(new SplittableRandom(seed));
    double[] residuals = new double[hours];
    double r = sigma * normal.next();
    for (int t = 0; t < hours; t++) {
      if (t > 0) {
        r = phi * r + innovation * normal.next();
      }
      residuals[t] = r;
    }
    return residuals;
  }

  /** {@code profile(t) exp(r(t) - sigma^2 / 2)} for each hour from {@code start}. */
  private static HourlySeries series(TypicalYear typicalYear, Instant start, double[] residuals) {
    double[] profile = typicalYear.meanByMonthDayTypeHour_gCO2e_per_kWh();
    double sigma = typicalYear.logResidualSigma();
    double correction = -0.5 * sigma * sigma;
    double[] values = new double[residuals.length];
    for (int t = 0; t < residuals.length; t++) {
      int cell = TypicalYear.cellIndex(start.plus(Duration.ofHours(t)));
      values[t] = profile[cell] * StrictMath.exp(residuals[t] + correction);
    }
    return new HourlySeries(start, values, GridQuantity.CARBON_INTENSITY.unit());
  }

  /** Standard normal draws by the Box-Muller transform, two per pair of uniforms. */
  private static final class Normal {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Normal(SplittableRandom random) {
      this.random = random;
    }

    double next() {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      double u1 = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
      double u2 = random.nextDouble();
      double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
      double angle = 2.0 * Math.PI * u2;
      spare = radius * StrictMath.sin(angle);
      hasSpare = true;
      return radius * StrictMath.cos(angle);
    }
  }
}
