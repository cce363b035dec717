package io.terawatt.io.report.chart;

/**
 * The part of a long x axis a chart opens on: positions {@code [from, to)}. A static renderer (the
 * report) draws only this part; an interactive one (the dashboard) opens zoomed on it.
 *
 * @param from first position shown
 * @param to position after the last one shown
 * @param label why this part, for example {@code the week of largest grid import}
 */
public record Window(int from, int to, String label) {
  /** Checks the range. */
  public Window {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException(
          "A chart window needs 0 <= from < to, got [" + from + ", " + to + ").");
    }
  }

  /** Number of positions shown. */
  public int length() {
    return to - from;
  }
}
