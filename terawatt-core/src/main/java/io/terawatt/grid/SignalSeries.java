package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * One location's carbon signal as the source has it: values at a fixed resolution from {@code
 * start}, value {@code i} being the mean over {@code [start + i·resolution, start + (i + 1) ·
 * resolution)}. NaN marks a gap: a point the source has no value for. Gaps are never filled here.
 *
 * @param metadata what the values are: zone (the location name), signal, basis, unit and origin
 * @param start start of the first point
 * @param resolution length of every point, a positive whole number of seconds
 * @param values one value per point in {@code metadata.unit()}, NaN for gaps; copied in and out
 */
public record SignalSeries(
    SeriesMetadata metadata, Instant start, Duration resolution, double[] values) {

  /** Checks the fields and copies the values. */
  public SignalSeries {
    if (metadata == null || start == null || resolution == null || values == null) {
      throw new IllegalArgumentException(
          "A signal series needs metadata, start, resolution, values.");
    }
    if (resolution.isNegative()
        || resolution.isZero()
        || resolution.getNano() != 0
        || start.getNano() != 0) {
      throw new IllegalArgumentException(
          "The resolution ("
              + resolution
              + ") of "
              + metadata.describe()
              + " must be a positive whole number of seconds from a whole-second start ("
              + start
              + ").");
    }
    values = values.clone();
  }

  /** An hourly series. */
  public static SignalSeries hourly(SeriesMetadata metadata, Instant start, double[] values) {
    return new SignalSeries(metadata, start, Duration.ofHours(1), values);
  }

  /** The location (zone) name. */
  public String location() {
    return metadata.zone();
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** Number of points, gaps included. */
  public int size() {
    return values.length;
  }

  /** End of the last point. */
  public Instant end() {
    return timeAt(values.length);
  }

  /** Start of point {@code i} (any integer; points outside the series are gaps). */
  public Instant timeAt(long i) {
    return start.plusSeconds(i * resolution.getSeconds());
  }

  /** The value of point {@code i}, or NaN for a gap or an index outside the series. */
  public double valueAt(long i) {
    return i < 0 || i >= values.length ? Double.NaN : values[(int) i];
  }

  /** The index of the point that contains {@code t} (negative or past the end when outside). */
  public long indexOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond() - start.getEpochSecond(), resolution.getSeconds());
  }

  /** The index of the first point that starts at or after {@code t}. */
  public long firstIndexFrom(Instant t) {
    long i = indexOf(t);
    return timeAt(i).equals(t) ? i : i + 1;
  }

  /**
   * The time-weighted mean over {@code [from, to)}: each point weighted by the fraction of it that
   * the interval covers, in units of points counted from {@code start} (so a whole-point interval
   * is the plain mean of its points). NaN when {@code to} is not after {@code from} or when the
   * interval touches a gap or reaches outside the series: gaps are never averaged over.
   */
  public double meanOver(Instant from, Instant to) {
    if (!to.isAfter(from) || from.isBefore(start) || to.isAfter(end())) {
      return Double.NaN;
    }
    double resolution_ns = resolution.toNanos();
    double a = Duration.between(start, from).toNanos() / resolution_ns;
    double b = Duration.between(start, to).toNanos() / resolution_ns;
    int first = (int) Math.floor(a);
    int last = Math.min(values.length - 1, (int) Math.ceil(b) - 1);
    double weighted = 0;
    for (int i = first; i <= last; i++) {
      double overlap = Math.min(b, i + 1) - Math.max(a, i);
      if (overlap > 0) {
        if (Double.isNaN(values[i])) {
          return Double.NaN;
        }
        weighted += overlap * values[i];
      }
    }
    return weighted / (b - a);
  }

  /**
   * The points of this series' grid that overlap {@code [from, to)} (the point containing {@code
   * from} when {@code to} is not after it), NaN where this series has no value.
   */
  public SignalSeries over(Instant from, Instant to) {
    long first = indexOf(from);
    long end = to.isAfter(from) ? firstIndexFrom(to) : first + 1;
    double[] out = new double[Math.toIntExact(end - first)];
    for (int k = 0; k < out.length; k++) {
      out[k] = valueAt(first + k);
    }
    return new SignalSeries(metadata, timeAt(first), resolution, out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignalSeries that
        && metadata.equals(that.metadata)
        && start.equals(that.start)
        && resolution.equals(that.resolution)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * metadata.hashCode() + start.hashCode()) + resolution.hashCode())
        + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SignalSeries["
        + metadata.describe()
        + " from "
        + start
        + ", "
        + values.length
        + " × "
        + resolution
        + "]";
  }
}
