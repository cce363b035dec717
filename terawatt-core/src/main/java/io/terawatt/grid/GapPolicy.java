package io.terawatt.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * How missing hours are treated. Nothing is filled unless a policy other than {@link #NONE} is
 * named, and every filled hour is counted and flagged as estimated.
 */
public enum GapPolicy {
  /** Leave gaps as gaps (they are counted and reported). */
  NONE,
  /** Linear interpolation between the neighbouring present hours. */
  LINEAR,
  /** Carry the previous present hour forward. */
  PREVIOUS,
  /** Take the same hour of the previous day (falling back to linear when that is missing too). */
  SEASONAL_24H;

  /** Identifier used on the command line, for example {@code seasonal-24h}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code none}, {@code linear}, {@code previous}, {@code seasonal-24h}. */
  public static Optional<GapPolicy> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (GapPolicy p : values()) {
      if (p.id().equalsIgnoreCase(text.trim().replace('_', '-'))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Fills the NaN entries of {@code values} in place and flags them in {@code estimated}.
   *
   * @return the number of hours filled
   */
  public int fill(double[] values, boolean[] estimated) {
    if (this == NONE) {
      return 0;
    }
    int filled = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        continue;
      }
      double v = Double.NaN;
      if (this == SEASONAL_24H && i >= 24 && !Double.isNaN(values[i - 24])) {
        v = values[i - 24];
      } else if (this == PREVIOUS) {
        v = previous(values, i);
      }
      if (Double.isNaN(v)) {
        v = linear(values, i);
      }
      if (!Double.isNaN(v)) {
        values[i] = v;
        estimated[i] = true;
        filled++;
      }
    }
    return filled;
  }

  private static double previous(double[] values, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!Double.isNaN(values[j])) {
        return values[j];
      }
    }
    return Double.NaN;
  }

  private static double linear(double[] values, int i) {
    int before = i - 1;
    while (before >= 0 && Double.isNaN(values[before])) {
      before--;
    }
    int after = i + 1;
    while (after < values.length && Double.isNaN(values[after])) {
      after++;
    }
    if (before < 0 && after >= values.length) {
      return Double.NaN;
    }
    if (before < 0) {
      return values[after];
    }
    if (after >= values.length) {
      return values[before];
    }
    double w = (double) (i - before) / (after - before);
    return values[before] * (1 - w) + values[after] * w;
  }
}
