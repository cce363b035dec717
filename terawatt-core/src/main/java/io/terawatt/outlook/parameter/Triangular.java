package io.terawatt.outlook.parameter;

/**
 * Triangular between {@code min} and {@code max} with its peak at {@code mode}.
 *
 * @param min lower bound
 * @param mode most likely value
 * @param max upper bound
 */
public record Triangular(double min, double mode, double max) implements Distribution {

  /** Requires min ≤ mode ≤ max and min &lt; max. */
  public Triangular {
    Checks.finite(min, "min");
    Checks.finite(mode, "mode");
    Checks.finite(max, "max");
    if (!(min <= mode && mode <= max && min < max)) {
      throw new IllegalArgumentException(
          "A triangular distribution needs min <= mode <= max and min < max, got "
              + min
              + ", "
              + mode
              + ", "
              + max
              + ".");
    }
  }

  /** Inverse CDF: F(mode) = (mode − min)/(max − min) splits the two square-root branches. */
  @Override
  public double quantile(double u) {
    double range = max - min;
    double split = (mode - min) / range;
    if (u < split) {
      return min + Math.sqrt(u * range * (mode - min));
    }
    return max - Math.sqrt((1 - u) * range * (max - mode));
  }

  @Override
  public String describe() {
    return "triangular(" + Checks.num(min) + ", " + Checks.num(mode) + ", " + Checks.num(max) + ")";
  }
}
