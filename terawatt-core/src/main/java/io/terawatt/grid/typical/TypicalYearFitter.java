package io.terawatt.grid.typical;

import io.terawatt.grid.GridQuantity;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link TypicalYear} to hourly carbon-intensity series of one zone.
 *
 * <p>Each hour falls in the cell of its UTC month, day type (Saturday and Sunday of the UTC date
 * are weekend) and UTC hour. A cell's mean is the plain mean of its hours, with negative values
 * (which an average intensity cannot have, but a provider's data can) counted as zero. The log
 * residual of an hour is {@code ln(max(x, 0.1)) - ln(max(cellMean, 0.1))}; its standard deviation
 * is taken around its own mean, and its lag-1 autocorrelation over pairs of consecutive hours
 * inside the same series (never across two series), clamped to [-0.9999, 0.9999].
 */
public final class TypicalYearFitter {
  /** Floor, in gCO2e/kWh, applied to values and cell means before taking logarithms. */
  public static final double LOG_FLOOR_gCO2e_per_kWh = 0.1;

  /** Largest magnitude of the fitted lag-1 coefficient, so the AR(1) process stays stationary. */
  public static final double MAX_LAG1 = 0.9999;

  private TypicalYearFitter() {}

  /**
   * Fits the typical year.
   *
   * @param zone the grid zone the series belong to
   * @param source where the series came from, for example {@code Electricity Maps hourly 2021-2022,
   *     LCA}
   * @param series hourly series in {@code gCO2e_per_kWh}, UTC; together they must put at least one
   *     hour into each of the {@value TypicalYear#CELLS} cells (a whole year does)
   * @throws IllegalArgumentException when there is no series, a series is in another unit, or a
   *     cell has no hour (naming the zone and the cells)
   */
  public static TypicalYear fit(String zone, String source, List<HourlySeries> series) {
    if (zone == null || zone.isBlank()) {
      throw new IllegalArgumentException("A typical year needs a zone.");
    }
    if (series == null || series.isEmpty()) {
      throw new IllegalArgumentException("There are no series to fit the typical year of " + zone);
    }
    String unit = GridQuantity.CARBON_INTENSITY.unit();
    double[] sum = new double[TypicalYear.CELLS];
    long[] count = new long[TypicalYear.CELLS];
    List<int[]> cellsBySeries = new ArrayList<>(series.size());
    long hours = 0;
    double total = 0;
    for (int s = 0; s < series.size(); s++) {
      HourlySeries one = series.get(s);
      if (!unit.equals(one.unit())) {
        throw new IllegalArgumentException(
            "Series "
                + s
                + " of "
                + zone
                + " is in "
                + one.unit()
                + "; a typical year needs "
                + unit
                + ".");
      }
      int[] cells = cellsOf(one);
      cellsBySeries.add(cells);
      for (int i = 0; i < cells.length; i++) {
        double v = Math.max(0, one.valueAt(i));
        sum[cells[i]] += v;
        count[cells[i]]++;
        total += v;
      }
      hours += cells.length;
    }
    requireEveryCell(zone, count);
    double[] mean = new double[TypicalYear.CELLS];
    double[] logMean = new double[TypicalYear.CELLS];
    for (int c = 0; c < TypicalYear.CELLS; c++) {
      mean[c] = sum[c] / count[c];
      logMean[c] = Math.log(Math.max(mean[c], LOG_FLOOR_gCO2e_per_kWh));
    }

    List<double[]> residuals = new ArrayList<>(series.size());
    double residualSum = 0;
    for (int s = 0; s < series.size(); s++) {
      HourlySeries one = series.get(s);
      int[] cells = cellsBySeries.get(s);
      double[] r = new double[cells.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = Math.log(Math.max(one.valueAt(i), LOG_FLOOR_gCO2e_per_kWh)) - logMean[cells[i]];
        residualSum += r[i];
      }
      residuals.add(r);
    }
    double mu = residualSum / hours;
    double squares = 0;
    double lagged = 0;
    for (double[] r : residuals) {
      for (int i = 0; i < r.length; i++) {
        double d = r[i] - mu;
        squares += d * d;
        if (i > 0) {
          lagged += d * (r[i - 1] - mu);
        }
      }
    }
    double sigma = Math.sqrt(squares / hours);
    double lag1 = squares > 0 ? lagged / squares : 0;
    lag1 = Math.max(-MAX_LAG1, Math.min(MAX_LAG1, lag1));
    return new TypicalYear(zone, source, mean, sigma, lag1, total / hours, hours);
  }

  private static int[] cellsOf(HourlySeries series) {
    int[] cells = new int[series.hours()];
    Instant start = series.start();
    for (int i = 0; i < cells.length; i++) {
      cells[i] = TypicalYear.cellIndex(start.plus(Duration.ofHours(i)));
    }
    return cells;
  }

  private static void requireEveryCell(String zone, long[] count) {
    List<String> empty = new ArrayList<>();
    for (int c = 0; c < count.length; c++) {
      if (count[c] == 0) {
        empty.add(TypicalYear.describeCell(c));
      }
    }
    if (!empty.isEmpty()) {
      int shown = Math.min(5, empty.size());
      throw new IllegalArgumentException(
          "The series of "
              + zone
              + " have no hour in "
              + empty.size()
              + " of "
              + TypicalYear.CELLS
              + " cells: "
              + String.join(", ", empty.subList(0, shown))
              + (empty.size() > shown ? ", ..." : "")
              + ".\nMaybe give at least one whole year.");
    }
  }
}
