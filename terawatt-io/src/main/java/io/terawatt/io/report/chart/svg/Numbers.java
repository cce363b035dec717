package io.terawatt.io.report.chart.svg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as people read them: thousands separated, at most three significant decimals. */
final class Numbers {
  private Numbers() {}

  /** {@code 12,345}, {@code 123}, {@code 12.3}, {@code 1.23}, {@code 0.0123}; a dash for NaN. */
  static String human(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    double a = Math.abs(v);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least {@code max}. */
  static double niceMax(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= max * (1 - 1e-12)) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A step of 1, 2 or 5 times a power of ten giving at most {@code ticks} steps over a span. */
  static double niceStep(double span, int ticks) {
    if (!(span > 0)) {
      return 1;
    }
    double raw = span / ticks;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
