package io.terawatt.io.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * One named series of a chart. Its name is the one people read (a technology's name from the {@link
 * Palette}, never an id) and its colour the palette's colour for that name.
 *
 * @param name name shown in legends and tooltips
 * @param kind how it is drawn
 * @param unit unit of {@code values} (and of {@code lower})
 * @param colour fill or line colour, {@code #rrggbb}
 * @param values the values: one per x position or category, the upper edge of a band, the y of
 *     points, or heat-map cells row by row; NaN where there is no value
 * @param x x values of points, or of a line or band on a numeric x axis; empty otherwise
 * @param lower lower edge of a band; empty for other kinds
 * @param labels one label per point; empty for other kinds
 * @param filled whether points are filled (emphasised) or drawn hollow
 */
public record Series(
    String name,
    SeriesKind kind,
    String unit,
    String colour,
    double[] values,
    double[] x,
    double[] lower,
    List<String> labels,
    boolean filled) {

  /** Checks the lengths, and copies. */
  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(colour, "colour");
    values = values.clone();
    x = x.clone();
    lower = lower.clone();
    labels = List.copyOf(labels);
    if (x.length != 0 && x.length != values.length) {
      throw new IllegalArgumentException(
          "The series '" + name + "' has " + x.length + " x values for " + values.length + ".");
    }
    if (kind == SeriesKind.BAND ? lower.length != values.length : lower.length != 0) {
      throw new IllegalArgumentException(
          "The series '" + name + "' needs lower values exactly when it is a band.");
    }
    if (kind == SeriesKind.POINTS && labels.size() != values.length) {
      throw new IllegalArgumentException(
          "The points '" + name + "' need one label each (" + values.length + ").");
    }
  }

  /** An area stacked on earlier areas, one value per x position. */
  public static Series area(String name, String unit, String colour, double[] values) {
    return new Series(
        name, SeriesKind.AREA, unit, colour, values, new double[0], new double[0], List.of(), true);
  }

  /** A line, one value per x position. */
  public static Series line(String name, String unit, String colour, double[] values) {
    return new Series(
        name, SeriesKind.LINE, unit, colour, values, new double[0], new double[0], List.of(), true);
  }

  /** A line at its own x values. */
  public static Series line(String name, String unit, String colour, double[] x, double[] y) {
    return new Series(name, SeriesKind.LINE, unit, colour, y, x, new double[0], List.of(), true);
  }

  /** Stacked bars, one value per category. */
  public static Series bars(String name, String unit, String colour, double[] values) {
    return new Series(
        name, SeriesKind.BAR, unit, colour, values, new double[0], new double[0], List.of(), true);
  }

  /** Labelled points at (x, y). */
  public static Series points(
      String name,
      String unit,
      String colour,
      double[] x,
      double[] y,
      List<String> labels,
      boolean filled) {
    return new Series(name, SeriesKind.POINTS, unit, colour, y, x, new double[0], labels, filled);
  }

  /** A band from {@code lower} to {@code upper} at x values. */
  public static Series band(
      String name, String unit, String colour, double[] x, double[] lower, double[] upper) {
    return new Series(name, SeriesKind.BAND, unit, colour, upper, x, lower, List.of(), true);
  }

  /** Heat-map cells, row by row. */
  public static Series cells(String name, String unit, double[] values) {
    return new Series(
        name,
        SeriesKind.CELLS,
        unit,
        "#000000",
        values,
        new double[0],
        new double[0],
        List.of(),
        true);
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** A copy of the x values. */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** A copy of the lower values. */
  @Override
  public double[] lower() {
    return lower.clone();
  }

  /** Value i, without copying. */
  public double value(int i) {
    return values[i];
  }

  /** Number of values. */
  public int size() {
    return values.length;
  }

  /** X value i, or i itself when the series has no x values. */
  public double xAt(int i) {
    return x.length == 0 ? i : x[i];
  }

  /** Lower value i of a band. */
  public double lowerAt(int i) {
    return lower[i];
  }
}
