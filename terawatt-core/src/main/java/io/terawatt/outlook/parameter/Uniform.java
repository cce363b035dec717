package io.terawatt.outlook.parameter;

/**
 * Uniform between two bounds.
 *
 * @param min lower bound
 * @param max upper bound
 */
public record Uniform(double min, double max) implements Distribution {

  /** Requires min &lt; max. */
  public Uniform {
    Checks.finite(min, "min");
    Checks.finite(max, "max");
    if (!(min < max)) {
      throw new IllegalArgumentException(
          "A uniform distribution needs min < max, got " + min + " and " + max + ".");
    }
  }

  @Override
  public double quantile(double u) {
    return min + u * (max - min);
  }

  @Override
  public String describe() {
    return "uniform(" + Checks.num(min) + ", " + Checks.num(max) + ")";
  }
}
