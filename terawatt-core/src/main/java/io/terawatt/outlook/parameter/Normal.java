package io.terawatt.outlook.parameter;

/**
 * Normal with a mean and standard deviation, truncated at the optional bounds by clamping
 * (parameters such as energy or shares cannot be negative).
 *
 * @param mean the mean
 * @param sd the standard deviation
 * @param lower smallest value returned (use {@code Double.NEGATIVE_INFINITY} for none)
 * @param upper largest value returned (use {@code Double.POSITIVE_INFINITY} for none)
 */
public record Normal(double mean, double sd, double lower, double upper) implements Distribution {

  /** Requires sd &gt; 0 and lower &lt; upper. */
  public Normal {
    Checks.finite(mean, "mean");
    Checks.finite(sd, "sd");
    if (!(sd > 0)) {
      throw new IllegalArgumentException("A normal distribution needs sd > 0, got " + sd + ".");
    }
    if (!(lower < upper)) {
      throw new IllegalArgumentException("A normal distribution needs lower < upper.");
    }
  }

  /** A normal distribution clamped at zero from below. */
  public static Normal nonNegative(double mean, double sd) {
    return new Normal(mean, sd, 0, Double.POSITIVE_INFINITY);
  }

  @Override
  public double quantile(double u) {
    double v = mean + sd * StandardNormal.quantile(u);
    return Math.max(lower, Math.min(upper, v));
  }

  @Override
  public String describe() {
    return "normal(" + Checks.num(mean) + ", " + Checks.num(sd) + ")";
  }
}
