package io.terawatt.grid.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * The rolling-origin errors of a model and of three baselines over the same issue times and
 * targets.
 *
 * @param modelName the evaluated model's name
 * @param unit the unit of the series, which the MAEs share
 * @param issueCount how many forecasts each forecaster issued
 * @param mapeSkippedTargets per horizon ({@code h - 1}), how many targets the MAPE skipped because
 *     the actual value was below {@value ForecastEvaluator#MAPE_MIN_ACTUAL}; the MAE counts them
 * @param model the evaluated model's errors
 * @param seasonalNaive24 the errors of the same hour yesterday
 * @param seasonalNaive168 the errors of the same hour last week
 * @param persistence the errors of the last observed value
 */
public record ForecastEvaluation(
    String modelName,
    String unit,
    int issueCount,
    int[] mapeSkippedTargets,
    HorizonErrors model,
    HorizonErrors seasonalNaive24,
    HorizonErrors seasonalNaive168,
    HorizonErrors persistence) {

  /** Checks that every part covers the same horizons, and copies the skipped counts. */
  public ForecastEvaluation {
    int horizons = mapeSkippedTargets.length;
    for (HorizonErrors errors : List.of(model, seasonalNaive24, seasonalNaive168, persistence)) {
      if (errors.maxHorizonHours() != horizons) {
        throw new IllegalArgumentException(
            "The errors of "
                + errors.forecaster()
                + " cover "
                + errors.maxHorizonHours()
                + " horizons, not "
                + horizons
                + ".");
      }
    }
    mapeSkippedTargets = mapeSkippedTargets.clone();
  }

  /** The longest horizon evaluated, in hours. */
  public int maxHorizonHours() {
    return mapeSkippedTargets.length;
  }

  /** A copy of the skipped-target counts by horizon. */
  @Override
  public int[] mapeSkippedTargets() {
    return mapeSkippedTargets.clone();
  }

  /** How many targets the MAPE skipped at horizon {@code horizonHours} (1-based). */
  public int mapeSkippedTargetsAt(int horizonHours) {
    if (horizonHours < 1 || horizonHours > mapeSkippedTargets.length) {
      throw new IllegalArgumentException(
          "Horizon "
              + horizonHours
              + " h was not evaluated; horizons 1 to "
              + mapeSkippedTargets.length
              + " h were.");
    }
    return mapeSkippedTargets[horizonHours - 1];
  }

  /** The model first, then seasonal naive 24 h, seasonal naive 168 h and persistence. */
  public List<HorizonErrors> all() {
    return List.of(model, seasonalNaive24, seasonalNaive168, persistence);
  }

  /** The model's MAPE at a horizon, in percent. */
  public double modelMapePercentAt(int horizonHours) {
    return model.mapePercentAt(horizonHours);
  }

  /** The model's MAE at a horizon, in {@link #unit()}. */
  public double modelMaeAt(int horizonHours) {
    return model.maeAt(horizonHours);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ForecastEvaluation that
        && modelName.equals(that.modelName)
        && unit.equals(that.unit)
        && issueCount == that.issueCount
        && Arrays.equals(mapeSkippedTargets, that.mapeSkippedTargets)
        && all().equals(that.all());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * modelName.hashCode() + Arrays.hashCode(mapeSkippedTargets))
        + all().hashCode();
  }

  @Override
  public String toString() {
    return "ForecastEvaluation["
        + modelName
        + ", "
        + issueCount
        + " issues, horizons 1 to "
        + mapeSkippedTargets.length
        + " h, "
        + unit
        + "]";
  }
}
