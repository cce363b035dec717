package io.terawatt.io.report.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An hourly CSV output of a run (first column {@code hour_utc}, then one numeric column per series)
 * as JSON columns, optionally only rows {@code [from, to)}.
 *
 * @param file the file name
 * @param start the first row's hour, or null when no row is taken
 * @param hours rows taken
 * @param columns column name to values; null where a cell is not a number
 */
public record HourlyColumns(
    String file, String start, int hours, Map<String, List<Double>> columns) {

  /**
   * Reads rows {@code [from, to)} of a CSV text (clamped to its rows); missing cells read as 0, as
   * the writer never leaves one out.
   */
  public static HourlyColumns of(String file, String csv, int from, int to) {
    String[] lines = csv.split("\n");
    String[] header = lines[0].trim().split(",");
    int rows = lines.length - 1;
    int a = Math.min(from, rows);
    int b = Math.max(a, Math.min(to, rows));
    List<List<Double>> cols = new ArrayList<>();
    for (int c = 1; c < header.length; c++) {
      cols.add(new ArrayList<>(b - a));
    }
    String start = null;
    for (int i = a; i < b; i++) {
      String[] cells = lines[i + 1].trim().split(",");
      start = i == a ? cells[0] : start;
      for (int c = 1; c < header.length; c++) {
        cols.get(c - 1).add(c < cells.length ? number(cells[c]) : Double.valueOf(0));
      }
    }
    Map<String, List<Double>> columns = new LinkedHashMap<>();
    for (int c = 1; c < header.length; c++) {
      columns.put(header[c], Collections.unmodifiableList(cols.get(c - 1)));
    }
    return new HourlyColumns(file, start, b - a, Collections.unmodifiableMap(columns));
  }

  private static Double number(String cell) {
    try {
      double v = Double.parseDouble(cell);
      return Double.isNaN(v) ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
