package io.terawatt.ethics;

/**
 * An indicator value with an optional uncertainty range: {@code low <= central <= high}. A certain
 * value has {@code low == central == high}. SMAA samples uniformly within the range; the
 * precautionary lens uses the worse end.
 *
 * @param central the central (best) estimate
 * @param low the low end of the range
 * @param high the high end of the range
 */
public record Estimate(double central, double low, double high) {

  /** A certain value. */
  public static Estimate of(double value) {
    return new Estimate(value, value, value);
  }

  /** A range with its midpoint as the central estimate. */
  public static Estimate range(double low, double high) {
    return new Estimate((low + high) / 2, low, high);
  }

  /** Whether every part is finite and {@code low <= central <= high}. */
  public boolean isValid() {
    return Double.isFinite(central)
        && Double.isFinite(low)
        && Double.isFinite(high)
        && low <= central
        && central <= high;
  }

  /** Whether the range has width. */
  public boolean uncertain() {
    return high > low;
  }
}
