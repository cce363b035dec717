package io.terawatt.io.report.chart;

/** How a series is drawn. */
public enum SeriesKind {
  /** An area stacked on the chart's earlier areas, one value per x position. */
  AREA,
  /** A line, one value per x position (or at the series' own x values). */
  LINE,
  /** A bar stacked on the chart's earlier bars, one value per x category. */
  BAR,
  /** Separate points at the series' own x values, each with a label. */
  POINTS,
  /** A shaded band from the series' lower values to its values. */
  BAND,
  /**
   * Heat-map cells: the values row by row, one row per y category and one column per x category,
   * coloured by the chart's colour scale.
   */
  CELLS
}
