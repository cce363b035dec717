package io.terawatt.timeseries;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * An hourly series: {@code values[i]} is the average over the hour that starts at {@code start + i
 * hours}, UTC. The unit is carried by the caller's names and by {@link #unit()}.
 *
 * @param start the first hour, truncated to a whole UTC hour
 * @param values one value per hour; the array is copied in and never exposed
 * @param unit the unit of every value, for example {@code gCO2e_per_kWh}
 */
public record HourlySeries(Instant start, double[] values, String unit) {

  /** Checks alignment and finiteness, and copies the values. */
  public HourlySeries {
    if (start == null) {
      throw new IllegalArgumentException("The start of an hourly series must be given.");
    }
    if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
      throw new IllegalArgumentException(
          "The start (" + start + ") of an hourly series must be a whole UTC hour.");
    }
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("An hourly series needs at least one value.");
    }
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "Hour " + i + " (" + start.plus(Duration.ofHours(i)) + ") is not a finite number.");
      }
    }
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("An hourly series must name its unit.");
    }
  }

  /** The number of hours. */
  public int hours() {
    return values.length;
  }

  /** The instant just after the last hour. */
  public Instant end() {
    return start.plus(Duration.ofHours(values.length));
  }

  /** The value of hour {@code index}. */
  public double valueAt(int index) {
    return values[index];
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The mean of all hours. */
  public double mean() {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /**
   * The time-weighted mean over {@code [from, from + duration)}, weighting partial hours by the
   * fraction covered.
   *
   * @throws IllegalArgumentException when the interval is not inside the series, naming both ranges
   */
  public double meanOver(Instant from, Duration duration) {
    Instant to = from.plus(duration);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("The duration (" + duration + ") must be positive.");
    }
    if (from.isBefore(start) || to.isAfter(end())) {
      throw new IllegalArgumentException(
          "The interval ["
              + from
              + ", "
              + to
              + ") is not covered by the series ["
              + start
              + ", "
              + end()
              + ") in "
              + unit
              + ".\nMaybe give a series that covers the whole run, or a constant intensity.");
    }
    double fromHours = Duration.between(start, from).toNanos() / 3.6e12;
    double toHours = Duration.between(start, to).toNanos() / 3.6e12;
    int first = (int) Math.floor(fromHours);
    int last = Math.min(values.length - 1, (int) Math.ceil(toHours) - 1);
    double weighted = 0;
    for (int i = first; i <= last; i++) {
      double overlap = Math.min(toHours, i + 1) - Math.max(fromHours, i);
      if (overlap > 0) {
        weighted += overlap * values[i];
      }
    }
    return weighted / (toHours - fromHours);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HourlySeries that
        && start.equals(that.start)
        && unit.equals(that.unit)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * start.hashCode() + unit.hashCode()) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "HourlySeries[" + start + " + " + values.length + " h, " + unit + "]";
  }
}
