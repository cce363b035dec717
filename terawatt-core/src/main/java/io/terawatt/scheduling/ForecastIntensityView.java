package io.terawatt.scheduling;

import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * An online view: forecasts issued at the decision hour from the hours strictly before it.
 *
 * <p>Each region gets its own forecaster, fitted on the region's history before the simulated
 * period ({@code trainingDays} days, or what there is). Its relative error by horizon is measured
 * by a backtest: the forecaster is first fitted on the training range less its last {@value
 * #BACKTEST_DAYS} days and scored on those days, then fitted again on the whole training range.
 * Nothing from the simulated period is used for fitting or for the error estimate.
 *
 * <p>Forecasters have a longest horizon; beyond it the last forecast day is repeated. When fewer
 * hours precede the issue hour than the forecaster needs (at the very start of a series), the view
 * repeats the last known day, or the last known value; with no history at all it expects the same
 * value for every hour, so that every policy runs such work at once.
 */
public final class ForecastIntensityView implements IntensityView {

  /** Forecaster of the online policies unless one is named: linear regression on the past. */
  public static final String DEFAULT_MODEL = "regression";

  /** Longest horizon online policies ask for, hours: three days ahead. */
  public static final int DEFAULT_HORIZON_H = 72;

  /** Days of history before the period that forecasters learn from: two years. */
  public static final int DEFAULT_TRAINING_DAYS = 730;

  /** Days at the end of the training range used to measure the forecast error. */
  public static final int BACKTEST_DAYS = 60;

  /** Hours between issue times in the backtest. */
  private static final int BACKTEST_STEP_HOURS = 6;

  private final SchedulingProblem problem;
  private final String name;
  private final Forecaster[] forecasters;
  private final boolean[] fitted;
  private final int maxHorizon;
  private final double[][] relativeError;
  private final long[] historyOffset;
  private final int[] cachedIssue;
  private final double[][] cached;

  /**
   * Fits one forecaster per region.
   *
   * @param problem the regions and period
   * @param factory makes a new, unfitted forecaster
   * @param horizonHours the longest horizon the forecaster is asked for (beyond it the last day
   *     repeats)
   * @param trainingDays days of history before the period to learn from
   */
  public ForecastIntensityView(
      SchedulingProblem problem, Supplier<Forecaster> factory, int horizonHours, int trainingDays) {
    this.problem = problem;
    int n = problem.regionCount();
    forecasters = new Forecaster[n];
    fitted = new boolean[n];
    relativeError = new double[n][horizonHours + 1];
    historyOffset = new long[n];
    cachedIssue = new int[n];
    cached = new double[n][];
    Arrays.fill(cachedIssue, -1);
    this.maxHorizon = horizonHours;
    for (int r = 0; r < n; r++) {
      forecasters[r] = factory.get();
      HourlySeries history = problem.regions().get(r).intensity();
      historyOffset[r] = Duration.between(history.start(), problem.start()).toHours();
    }
    // Regions are independent: fit them in parallel (each writes only its own slots).
    IntStream.range(0, n)
        .parallel()
        .forEach(
            r -> {
              HourlySeries history = problem.regions().get(r).intensity();
              int available = (int) Math.min(historyOffset[r], (long) trainingDays * 24);
              fitted[r] = fit(r, forecasters[r], history, available);
            });
    String model = n > 0 ? forecasters[0].name() : "";
    this.name = model;
  }

  private boolean fit(int r, Forecaster f, HourlySeries history, int trainingHours) {
    int backtestHours = BACKTEST_DAYS * 24;
    int lookback = Math.min(f.lookbackHours(), 24 * 7);
    int end = (int) historyOffset[r];
    int begin = end - trainingHours;
    if (trainingHours < backtestHours + 28 * 24) {
      Arrays.fill(relativeError[r], 0.0);
      return false;
    }
    try {
      f.fit(slice(history, begin, end - backtestHours));
      backtest(r, f, history, end - backtestHours + lookback, end);
      f.fit(slice(history, begin, end));
      return true;
    } catch (IllegalArgumentException e) {
      Arrays.fill(relativeError[r], 0.0);
      return false;
    }
  }

  private void backtest(int r, Forecaster f, HourlySeries history, int from, int to) {
    int hmax = Math.min(maxHorizon, Forecaster.MAX_HORIZON_HOURS);
    double[] sq = new double[maxHorizon + 1];
    double[] sum = new double[maxHorizon + 1];
    int[] count = new int[maxHorizon + 1];
    for (int t = from; t + hmax <= to; t += BACKTEST_STEP_HOURS) {
      double[] fc = forecastAt(f, history, t, hmax);
      for (int k = 0; k < hmax; k++) {
        double a = history.valueAt(t + k);
        double d = fc[k] - a;
        sq[k] += d * d;
        sum[k] += a;
        count[k]++;
      }
    }
    for (int k = 0; k <= maxHorizon; k++) {
      int kk = Math.min(k, hmax - 1);
      relativeError[r][k] =
          count[kk] == 0 || sum[kk] <= 0
              ? 0
              : Math.sqrt(sq[kk] / count[kk]) / (sum[kk] / count[kk]);
    }
  }

  private static HourlySeries slice(HourlySeries s, int from, int to) {
    return new HourlySeries(
        s.start().plus(Duration.ofHours(from)), Arrays.copyOfRange(s.values(), from, to), s.unit());
  }

  private static double[] forecastAt(Forecaster f, HourlySeries history, int index, int h) {
    Instant at = history.start().plus(Duration.ofHours(index));
    return f.forecast(history, at, h);
  }

  @Override
  public double[] expected(int region, int issuedHour, int horizon) {
    int available = Math.max(0, Math.min(horizon, problem.hours() - issuedHour));
    if (cachedIssue[region] != issuedHour || cached[region].length < available) {
      cached[region] =
          compute(
              region,
              issuedHour,
              Math.max(available, Math.min(maxHorizon, problem.hours() - issuedHour)));
      cachedIssue[region] = issuedHour;
    }
    double[] c = cached[region];
    return c.length == available ? c : Arrays.copyOf(c, available);
  }

  private double[] compute(int r, int issuedHour, int horizon) {
    double[] out = new double[horizon];
    if (horizon == 0) {
      return out;
    }
    HourlySeries history = problem.regions().get(r).intensity();
    int index = (int) (historyOffset[r] + issuedHour);
    Forecaster f = forecasters[r];
    int direct = Math.min(horizon, Math.min(maxHorizon, Forecaster.MAX_HORIZON_HOURS));
    double[] fc;
    if (fitted[r] && index >= Math.min(f.lookbackHours(), 24 * 7)) {
      fc = forecastAt(f, history, index, direct);
    } else {
      fc = naive(history, index, direct);
    }
    System.arraycopy(fc, 0, out, 0, direct);
    for (int k = direct; k < horizon; k++) {
      out[k] = out[k - 24 >= 0 ? k - 24 : k - 1];
    }
    return out;
  }

  /** Repeats the last known day, or the last value, or a constant when nothing is known. */
  private static double[] naive(HourlySeries history, int index, int horizon) {
    double[] out = new double[horizon];
    if (index >= 24) {
      for (int k = 0; k < horizon; k++) {
        out[k] = history.valueAt(index - 24 + (k % 24));
      }
    } else if (index >= 1) {
      Arrays.fill(out, history.valueAt(index - 1));
    }
    return out;
  }

  @Override
  public double relativeError(int region, int k) {
    return relativeError[region][Math.min(k, maxHorizon)];
  }

  @Override
  public boolean isPerfect() {
    return false;
  }

  @Override
  public String source() {
    return name;
  }

  /**
   * Whether region {@code r}'s forecaster could be fitted (otherwise the naive fallback is used).
   */
  public boolean fitted(int r) {
    return fitted[r];
  }
}
