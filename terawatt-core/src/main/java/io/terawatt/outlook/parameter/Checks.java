package io.terawatt.outlook.parameter;

import java.util.Locale;

/** Small argument checks and number formatting shared by the distributions. */
final class Checks {
  private Checks() {}

  static void finite(double v, String field) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("The " + field + " (" + v + ") must be a finite number.");
    }
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
