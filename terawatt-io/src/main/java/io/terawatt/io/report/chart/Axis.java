package io.terawatt.io.report.chart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One axis of a chart.
 *
 * @param title what the axis shows, in words, for example {@code hour (UTC)}
 * @param unit unit of the axis values, for example {@code MW}; empty for categories and hours
 * @param kind numbers, categories or hours
 * @param categories the category names, in order (CATEGORY axes only; empty otherwise)
 * @param start the first hour (HOURS axes only; null otherwise)
 */
public record Axis(
    String title, String unit, AxisKind kind, List<String> categories, Instant start) {

  /** Checks that categories and start match the kind, and copies. */
  public Axis {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    categories = List.copyOf(categories);
    if ((kind == AxisKind.HOURS) != (start != null)) {
      throw new IllegalArgumentException(
          "The axis '" + title + "' has a start exactly when it counts hours.");
    }
    if (kind != AxisKind.CATEGORY && !categories.isEmpty()) {
      throw new IllegalArgumentException(
          "The axis '" + title + "' is not a category axis but names categories.");
    }
  }

  /** A numeric axis. */
  public static Axis value(String title, String unit) {
    return new Axis(title, unit, AxisKind.VALUE, List.of(), null);
  }

  /** A category axis. */
  public static Axis categories(String title, List<String> categories) {
    return new Axis(title, "", AxisKind.CATEGORY, categories, null);
  }

  /** An axis of consecutive hours from {@code start}. */
  public static Axis hours(String title, Instant start) {
    return new Axis(title, "", AxisKind.HOURS, List.of(), start);
  }

  /** The label of position i: its category, its hour, or the number. */
  public String label(int i) {
    return switch (kind) {
      case CATEGORY -> categories.get(i);
      case HOURS -> start.plusSeconds(3600L * i).toString();
      case VALUE -> String.valueOf(i);
    };
  }
}
