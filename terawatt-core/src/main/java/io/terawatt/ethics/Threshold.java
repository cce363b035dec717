package io.terawatt.ethics;

/**
 * A sufficientarian limit: an indicator must stay at most ({@link Bound#MAX}) or at least ({@link
 * Bound#MIN}) a value. Options that cross a limit rank below all options that do not.
 *
 * @param indicator indicator name
 * @param bound which side is allowed
 * @param value the limit, in the indicator's unit
 */
public record Threshold(String indicator, Bound bound, double value) {

  /** Which side of the limit is allowed. */
  public enum Bound {
    /** The indicator must be at most the value. */
    MAX,
    /** The indicator must be at least the value. */
    MIN
  }

  /**
   * How far {@code x} crosses the limit, relative to the limit's magnitude (1 when the limit is 0);
   * zero when it does not cross.
   */
  public double relativeCrossing(double x) {
    double over = bound == Bound.MAX ? x - value : value - x;
    if (over <= 0) {
      return 0;
    }
    double scale = Math.abs(value) > 0 ? Math.abs(value) : 1;
    return over / scale;
  }
}
