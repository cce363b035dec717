package io.terawatt.ethics;

/** Whether less or more of an indicator is better. */
public enum Direction {
  /** Less is better (emissions, water, cost, risk). */
  MIN,
  /** More is better. */
  MAX;

  /** Parses {@code min} or {@code max}, case-insensitively; empty for anything else. */
  public static java.util.Optional<Direction> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "min" -> java.util.Optional.of(MIN);
      case "max" -> java.util.Optional.of(MAX);
      default -> java.util.Optional.empty();
    };
  }
}
