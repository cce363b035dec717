package io.terawatt.grid.forecast;

import java.util.Arrays;

/**
 * The errors of one forecaster by horizon: index {@code h - 1} holds horizon {@code h}.
 *
 * @param forecaster the forecaster's name
 * @param mape_percent mean absolute percentage error, over targets whose actual value is at least
 *     {@value ForecastEvaluator#MAPE_MIN_ACTUAL}; {@code NaN} when there were none
 * @param mae_seriesUnit mean absolute error over all targets, in the unit of the evaluated series
 */
public record HorizonErrors(String forecaster, double[] mape_percent, double[] mae_seriesUnit) {

  /** Checks that both arrays cover the same horizons, and copies them. */
  public HorizonErrors {
    if (forecaster == null || mape_percent == null || mae_seriesUnit == null) {
      throw new IllegalArgumentException("Horizon errors need a forecaster name and two arrays.");
    }
    if (mape_percent.length != mae_seriesUnit.length || mape_percent.length == 0) {
      throw new IllegalArgumentException(
          "Horizon errors of "
              + forecaster
              + " have "
              + mape_percent.length
              + " MAPE and "
              + mae_seriesUnit.length
              + " MAE values; both must be the same, non-zero number of horizons.");
    }
    mape_percent = mape_percent.clone();
    mae_seriesUnit = mae_seriesUnit.clone();
  }

  /** The longest horizon, in hours. */
  public int maxHorizonHours() {
    return mape_percent.length;
  }

  /** A copy of the MAPE by horizon, in percent. */
  @Override
  public double[] mape_percent() {
    return mape_percent.clone();
  }

  /** A copy of the MAE by horizon, in the unit of the series. */
  @Override
  public double[] mae_seriesUnit() {
    return mae_seriesUnit.clone();
  }

  /** The MAPE at horizon {@code horizonHours} (1-based), in percent. */
  public double mapePercentAt(int horizonHours) {
    return mape_percent[index(horizonHours)];
  }

  /** The MAE at horizon {@code horizonHours} (1-based), in the unit of the series. */
  public double maeAt(int horizonHours) {
    return mae_seriesUnit[index(horizonHours)];
  }

  /** The mean of the MAPE over horizons {@code 1..throughHours}, in percent. */
  public double meanMapePercentThrough(int throughHours) {
    double sum = 0;
    for (int h = 1; h <= throughHours; h++) {
      sum += mapePercentAt(h);
    }
    return sum / throughHours;
  }

  private int index(int horizonHours) {
    if (horizonHours < 1 || horizonHours > mape_percent.length) {
      throw new IllegalArgumentException(
          "Horizon "
              + horizonHours
              + " h was not evaluated for "
              + forecaster
              + "; horizons 1 to "
              + mape_percent.length
              + " h were.");
    }
    return horizonHours - 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HorizonErrors that
        && forecaster.equals(that.forecaster)
        && Arrays.equals(mape_percent, that.mape_percent)
        && Arrays.equals(mae_seriesUnit, that.mae_seriesUnit);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * forecaster.hashCode() + Arrays.hashCode(mape_percent))
        + Arrays.hashCode(mae_seriesUnit);
  }

  @Override
  public String toString() {
    return "HorizonErrors[" + forecaster + ", " + mape_percent.length + " horizons]";
  }
}
