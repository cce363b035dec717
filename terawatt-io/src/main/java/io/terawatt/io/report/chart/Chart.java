package io.terawatt.io.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart: axes, series and what a renderer needs to draw it without knowing which chart it is.
 *
 * @param id stable id, unique in its set, for example {@code energy-week-0}; the report's figure is
 *     {@code chart-<id>}
 * @param group charts drawn in turn in one place (the dashboard shows one group per box, with a
 *     picker when it holds several charts), for example {@code energy-week}
 * @param subject what this chart of its group is about, for example a site name; empty when the
 *     group holds one chart
 * @param title the chart's title
 * @param caption one sentence under the chart
 * @param x the horizontal axis (categories of bar charts, hours, years, columns of a heat map)
 * @param y the vertical axis (values, or the rows of a heat map)
 * @param series the series, drawn in order (areas and bars stacked in order)
 * @param window the part of a long x axis to show first; empty to show all
 * @param colourScale how heat-map cells are coloured; present exactly when a series is CELLS
 */
public record Chart(
    String id,
    String group,
    String subject,
    String title,
    String caption,
    Axis x,
    Axis y,
    List<Series> series,
    Optional<Window> window,
    Optional<ColourScale> colourScale) {

  /** Checks the parts, and copies. */
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    series = List.copyOf(series);
    boolean cells = series.stream().anyMatch(s -> s.kind() == SeriesKind.CELLS);
    if (cells != colourScale.isPresent()) {
      throw new IllegalArgumentException(
          "The chart " + id + " needs a colour scale exactly when it draws heat-map cells.");
    }
  }

  /** The series of one kind, in order. */
  public List<Series> seriesOf(SeriesKind kind) {
    return series.stream().filter(s -> s.kind() == kind).toList();
  }
}
