package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Scores a forecaster by rolling origin against seasonal naive (24 h and 168 h) and persistence.
 *
 * <p>The model is fitted once on the training range only. Then a forecast is issued at every whole
 * hour {@code T} of the test range whose targets {@code T .. T + maxHorizon - 1} all lie in the
 * test range; each forecaster sees the data strictly before {@code T} (at most its {@link
 * Forecaster#lookbackHours()}), which may reach back into the training range and earlier test
 * hours, but never an hour at or after {@code T}.
 */
public final class ForecastEvaluator {

  /**
   * The MAPE skips targets whose actual value is below this, in the unit of the series, to avoid
   * dividing by values near zero; the MAE counts them.
   */
  public static final double MAPE_MIN_ACTUAL = 1.0;

  private ForecastEvaluator() {}

  /**
   * Fits {@code model} on {@code [trainFrom, trainTo)} of {@code data} and scores it, and the
   * baselines, by rolling origin over {@code [testFrom, testTo)}.
   *
   * @param model the forecaster to fit and score; it is fitted in place
   * @param data the whole series, without gaps, covering both ranges and, for the first issue
   *     times, the week before {@code testFrom}
   * @param trainFrom the first training hour
   * @param trainTo the end (exclusive) of the training range, at or before {@code testFrom}
   * @param testFrom the first issue time
   * @param testTo the end (exclusive) of the test range: no target reaches it
   * @param maxHorizonHours the horizons scored, {@code 1..maxHorizonHours}, at most {@value
   *     Forecaster#MAX_HORIZON_HOURS}
   * @throws IllegalArgumentException when the ranges are not whole hours inside the data, overlap,
   *     or leave no issue time, or when a forecaster rejects its history
   */
  public static ForecastEvaluation evaluate(
      Forecaster model,
      HourlySeries data,
      Instant trainFrom,
      Instant trainTo,
      Instant testFrom,
      Instant testTo,
      int maxHorizonHours) {
    if (model == null || data == null) {
      throw new IllegalArgumentException("A model and a series must be given to evaluate.");
    }
    ForecastChecks.checkHorizon("The evaluation", maxHorizonHours, Forecaster.MAX_HORIZON_HOURS);
    int trainStart = hourIndex(data, trainFrom, "training start");
    int trainEnd = hourIndex(data, trainTo, "training end");
    int testStart = hourIndex(data, testFrom, "test start");
    int testEnd = hourIndex(data, testTo, "test end");
    if (trainStart >= trainEnd || testStart >= testEnd) {
      throw new IllegalArgumentException(
          "The training range ["
              + trainFrom
              + ", "
              + trainTo
              + ") and the test range ["
              + testFrom
              + ", "
              + testTo
              + ") must each start before they end.");
    }
    if (trainEnd > testStart) {
      throw new IllegalArgumentException(
          "The training range ["
              + trainFrom
              + ", "
              + trainTo
              + ") must end at or before the test range starts ("
              + testFrom
              + ").");
    }
    int lastIssue = testEnd - maxHorizonHours;
    if (lastIssue < testStart) {
      throw new IllegalArgumentException(
          "The test range ["
              + testFrom
              + ", "
              + testTo
              + ") is shorter than the horizon ("
              + maxHorizonHours
              + " h): no forecast fits in it.");
    }

    double[] values = data.values();
    HourlySeries training = slice(data, values, trainStart, trainEnd);
    model.fit(training);
    Forecaster[] forecasters = {
      model,
      new SeasonalNaiveForecaster(24),
      new SeasonalNaiveForecaster(168),
      new PersistenceForecaster()
    };
    long lookback = 0;
    for (int m = 1; m < forecasters.length; m++) {
      forecasters[m].fit(training);
    }
    for (Forecaster f : forecasters) {
      lookback = Math.max(lookback, Math.max(1, f.lookbackHours()));
    }

    int models = forecasters.length;
    double[][] absoluteErrorSum = new double[models][maxHorizonHours];
    double[][] percentErrorSum = new double[models][maxHorizonHours];
    int[] percentCount = new int[maxHorizonHours];
    int[] skipped = new int[maxHorizonHours];
    int issues = 0;
    for (int t = testStart; t <= lastIssue; t++) {
      int from = (int) Math.max(0, t - lookback);
      HourlySeries history = slice(data, values, from, t);
      Instant issuedAt = data.start().plus(Duration.ofHours(t));
      for (int h = 1; h <= maxHorizonHours; h++) {
        if (values[t + h - 1] < MAPE_MIN_ACTUAL) {
          skipped[h - 1]++;
        } else {
          percentCount[h - 1]++;
        }
      }
      for (int m = 0; m < models; m++) {
        double[] forecast = forecasters[m].forecast(history, issuedAt, maxHorizonHours);
        if (forecast == null || forecast.length != maxHorizonHours) {
          throw new IllegalStateException(
              forecasters[m].name()
                  + " returned "
                  + (forecast == null ? "no forecast" : forecast.length + " values")
                  + " for a "
                  + maxHorizonHours
                  + " h horizon at "
                  + issuedAt
                  + ".");
        }
        double[] absSum = absoluteErrorSum[m];
        double[] pctSum = percentErrorSum[m];
        for (int h = 0; h < maxHorizonHours; h++) {
          double actual = values[t + h];
          double error = Math.abs(forecast[h] - actual);
          absSum[h] += error;
          if (actual >= MAPE_MIN_ACTUAL) {
            pctSum[h] += error / actual;
          }
        }
      }
      issues++;
    }

    HorizonErrors[] errors = new HorizonErrors[models];
    for (int m = 0; m < models; m++) {
      double[] mape = new double[maxHorizonHours];
      double[] mae = new double[maxHorizonHours];
      for (int h = 0; h < maxHorizonHours; h++) {
        mape[h] = percentCount[h] == 0 ? Double.NaN : 100 * percentErrorSum[m][h] / percentCount[h];
        mae[h] = absoluteErrorSum[m][h] / issues;
      }
      errors[m] = new HorizonErrors(forecasters[m].name(), mape, mae);
    }
    return new ForecastEvaluation(
        model.name(), data.unit(), issues, skipped, errors[0], errors[1], errors[2], errors[3]);
  }

  private static HourlySeries slice(HourlySeries data, double[] values, int from, int to) {
    return new HourlySeries(
        data.start().plus(Duration.ofHours(from)),
        Arrays.copyOfRange(values, from, to),
        data.unit());
  }

  private static int hourIndex(HourlySeries data, Instant instant, String what) {
    if (instant == null) {
      throw new IllegalArgumentException("The " + what + " must be given.");
    }
    if (!instant.truncatedTo(ChronoUnit.HOURS).equals(instant)) {
      throw new IllegalArgumentException(
          "The " + what + " (" + instant + ") must be a whole UTC hour.");
    }
    if (instant.isBefore(data.start()) || instant.isAfter(data.end())) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " ("
              + instant
              + ") lies outside the series ["
              + data.start()
              + ", "
              + data.end()
              + ").");
    }
    return (int) Duration.between(data.start(), instant).toHours();
  }
}
