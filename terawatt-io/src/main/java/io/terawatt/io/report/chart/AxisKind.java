package io.terawatt.io.report.chart;

/** What an axis counts. */
public enum AxisKind {
  /** Numbers: the series' values (y) or their own x values. */
  VALUE,
  /** Named categories, one per position, in order. */
  CATEGORY,
  /** Consecutive hours from the axis start (UTC), one per position. */
  HOURS
}
