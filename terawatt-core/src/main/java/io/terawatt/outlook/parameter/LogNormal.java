package io.terawatt.outlook.parameter;

/**
 * Log-normal given by its median and the standard deviation of the logarithm: x = median · exp(σ·z)
 * with z standard normal.
 *
 * @param median the median
 * @param sigma standard deviation of ln x
 */
public record LogNormal(double median, double sigma) implements Distribution {

  /** Requires a positive median and sigma. */
  public LogNormal {
    Checks.finite(median, "median");
    Checks.finite(sigma, "sigma");
    if (!(median > 0 && sigma > 0)) {
      throw new IllegalArgumentException(
          "A lognormal distribution needs median > 0 and sigma > 0, got "
              + median
              + " and "
              + sigma
              + ".");
    }
  }

  /**
   * The log-normal whose 5th and 95th percentiles are the given bounds: median = √(p5·p95), σ =
   * ln(p95/p5) / (2·1.6449).
   */
  public static LogNormal fromP5P95(double p5, double p95) {
    return new LogNormal(Math.sqrt(p5 * p95), Math.log(p95 / p5) / (2 * 1.6448536269514722));
  }

  @Override
  public double quantile(double u) {
    return median * Math.exp(sigma * StandardNormal.quantile(u));
  }

  @Override
  public String describe() {
    return "lognormal(median " + Checks.num(median) + ", sigma " + Checks.num(sigma) + ")";
  }
}
