package io.terawatt.io.parse;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Parses numbers as people write them in input files: {@code 175e9}, {@code 1.2}, {@code 10_000},
 * and for counts the suffixes K, M, B (or G) and T ({@code 175B} = 175e9, {@code 2T} = 2e12).
 */
public final class NumberText {
  private NumberText() {}

  /** A plain number; empty when the text is not one. */
  public static OptionalDouble plain(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String t = text.trim().replace("_", "");
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double v = Double.parseDouble(t);
      return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** A count that may carry a K/M/B/G/T suffix; empty when the text is not one. */
  public static OptionalDouble count(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String t = text.trim().replace("_", "").replace(",", "");
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    char last = Character.toUpperCase(t.charAt(t.length() - 1));
    double scale =
        switch (last) {
          case 'K' -> 1e3;
          case 'M' -> 1e6;
          case 'B', 'G' -> 1e9;
          case 'T' -> 1e12;
          default -> 1;
        };
    if (scale != 1) {
      t = t.substring(0, t.length() - 1).trim();
    }
    OptionalDouble v = plain(t.toLowerCase(Locale.ROOT));
    return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * scale) : v;
  }
}
