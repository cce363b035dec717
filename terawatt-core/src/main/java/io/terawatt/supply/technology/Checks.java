package io.terawatt.supply.technology;

/** Argument checks shared by the catalog records. */
final class Checks {
  private Checks() {}

  static void nonNegative(double v, String field) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException("The " + field + " (" + v + ") must be zero or more.");
    }
  }

  /** Zero or more, or NaN for "not applicable". */
  static void nonNegativeOrNaN(double v, String field) {
    if (!Double.isNaN(v)) {
      nonNegative(v, field);
    }
  }

  /** Either both NaN, or 0 <= low <= high. */
  static void optionalRange(double low, double high, String field) {
    if (Double.isNaN(low) && Double.isNaN(high)) {
      return;
    }
    nonNegative(low, field + " low");
    nonNegative(high, field + " high");
    if (low > high) {
      throw new IllegalArgumentException(
          "The " + field + " range must satisfy low <= high, got " + low + " > " + high + ".");
    }
  }

  static void fraction(double v, String field) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException("The " + field + " (" + v + ") must be in (0, 1].");
    }
  }

  static void required(Object... values) {
    for (Object v : values) {
      if (v == null) {
        throw new IllegalArgumentException("A catalog record is missing a source.");
      }
    }
  }
}
