package io.terawatt.outlook.parameter;

/**
 * A single value.
 *
 * @param value the value
 */
public record Fixed(double value) implements Distribution {

  /** Rejects non-finite values. */
  public Fixed {
    Checks.finite(value, "value");
  }

  @Override
  public double quantile(double u) {
    return value;
  }

  @Override
  public boolean isFixed() {
    return true;
  }

  @Override
  public String describe() {
    return "fixed(" + Checks.num(value) + ")";
  }
}
