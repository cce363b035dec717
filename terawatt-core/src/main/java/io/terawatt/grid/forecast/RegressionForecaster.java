package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A ridge regression per horizon and hour of the day of the target (direct multi-horizon
 * forecasting), fitted in log space ({@code log(x + 1)}) as a correction to the seasonal naive
 * forecast, so that squared errors in the fit are close to relative errors of the forecast.
 *
 * <p><b>Target and features.</b> For an issue index {@code T}, a horizon {@code h} and the target
 * hour {@code t = T + h - 1}, let {@code v = log(x + 1)} and let the reference {@code r = v[t -
 * 24·ceil(h/24)]} be the log of the seasonal naive (24 h) forecast: the same hour on the latest day
 * before the issue time. The model predicts {@code v[t] - r}, the log ratio of the target to the
 * seasonal naive value, and forecasts {@code exp(r + prediction) - 1}. Every value feature is also
 * taken relative to {@code r}, which makes the model invariant to the level of the series: a zone
 * whose carbon intensity drifts between the training and the forecast years (a drought, a coal
 * plant retired) is forecast from its recent shape, not pulled back to the training mean. The
 * features are, all value features as {@code log} differences to {@code r}:
 *
 * <ul>
 *   <li>the last three values {@code v[T-1]}, {@code v[T-2]}, {@code v[T-3]};
 *   <li>the same hour one day before the reference, {@code v[t - 24·ceil(h/24) - 24]} (the
 *       reference itself when that lies more than a week before the issue time);
 *   <li>the same hour a week before the target, {@code v[t - 168]};
 *   <li>the mean of the five hours around the reference ({@code ±2} h, cut at the issue time and a
 *       week before it);
 *   <li>the means of the last 24 h and of the last 168 h;
 *   <li>whether the target and whether the reference fall on a Saturday or Sunday (UTC);
 *   <li>the sine and cosine of the target's position in the year.
 * </ul>
 *
 * <p><b>Fit.</b> Each horizon has 24 coefficient sets, one per hour of the day (UTC) of the target,
 * each fitted on the training rows of that hour only, so the daily shape of the corrections (solar
 * hours, evening peaks) is free. Rows are weighted by recency, halving every {@value
 * #HALF_LIFE_DAYS} days back from the end of the training range. Features are standardised per set,
 * the intercept is not penalised, and the ridge penalty is {@code lambda} times the squared norm of
 * the standardised coefficients; since the target is relative to seasonal naive, the penalty
 * shrinks the forecast towards seasonal naive (times a constant factor per hour). Unless a penalty
 * is given, each horizon chooses its own from {@link #LAMBDA_GRID} by generalised cross-validation
 * on the training rows (the 24 sets pooled), which picks little shrinkage at short horizons, where
 * the last values are informative, and more at a day and beyond. Finally the intercept is lowered
 * by half the residual mean square of the set: the fit estimates a median in log space, and under a
 * log-normal error the forecast with the least expected relative error lies below the median.
 *
 * <p><b>How it was chosen.</b> The variants (which lags, the window, per-hour sets, the relative
 * target and features, fixed penalties from 1 to 1000, penalty by cross-validation, recency
 * weights, a blend with seasonal naive, the median shift) were compared by fitting on 2021 and
 * scoring 2022 of twelve Electricity Maps zones, one definition for all zones, without looking at
 * 2023; 2023, fitted on 2021-2022, was scored once for the chosen variant. See {@code
 * RegressionBeatsSeasonalNaiveOnElectricityMapsIT}.
 *
 * <p>{@link #fit} uses every issue hour of the history whose features and target it holds. Values
 * below zero are read as zero (the model is meant for carbon intensity); forecasts are clamped to
 * zero or more. Forecasts need one week of history before the issue time.
 */
public final class RegressionForecaster implements Forecaster {

  /** The name, {@code regression}. */
  public static final String NAME = "regression";

  /** The horizons fitted unless told otherwise: three days. */
  public static final int DEFAULT_MAX_HORIZON_HOURS = 72;

  /**
   * The ridge penalties, on standardised features, among which each horizon chooses by generalised
   * cross-validation unless a penalty is given.
   */
  public static final List<Double> LAMBDA_GRID =
      List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0);

  /** The half-life of the recency weights of the training rows, in days. */
  public static final int HALF_LIFE_DAYS = 365;

  /**
   * Days of training below which one coefficient set is shared by all 24 hours of the day: a
   * per-hour set needs enough rows for its 13 coefficients (90 days gives about 7 rows each). A few
   * weeks of data (such as one month of WattTime's marginal signal) are pooled.
   */
  public static final int MIN_DAYS_FOR_PER_HOUR_SETS = 90;

  /** The history the features read before the issue time: one week. */
  static final int LOOKBACK_HOURS = 168;

  /** The hours before and after the reference averaged by the window feature. */
  private static final int WINDOW_HALF_WIDTH = 2;

  /** The share of the residual mean square (in log space) taken off the intercept. */
  private static final double MEDIAN_SHIFT = 0.5;

  /** The smallest penalty used, a numerical guard. */
  private static final double MIN_LAMBDA = 1e-9;

  /** Features without the intercept. */
  private static final int FEATURES = 12;

  private static final List<String> FEATURE_NAMES = featureNameList();

  private final int maxHorizonHours;

  /** The fixed penalty, or NaN to choose one per horizon from {@link #LAMBDA_GRID}. */
  private final double lambda;

  /**
   * Per horizon {@code h} at {@code h - 1}, per hour of the day of the target: the intercept, then
   * one weight per feature.
   */
  private double[][][] coefficients;

  /** Per horizon {@code h} at {@code h - 1}: the penalty used. */
  private double[] lambdas;

  /**
   * A regression for horizons 1 to 72 h, each choosing its penalty by generalised cross-validation.
   */
  public RegressionForecaster() {
    this(DEFAULT_MAX_HORIZON_HOURS);
  }

  /**
   * A regression for horizons 1 to {@code maxHorizonHours}, each choosing its penalty from {@link
   * #LAMBDA_GRID} by generalised cross-validation.
   *
   * @param maxHorizonHours the longest horizon fitted, 1 to {@value Forecaster#MAX_HORIZON_HOURS}
   */
  public RegressionForecaster(int maxHorizonHours) {
    ForecastChecks.checkHorizon(NAME, maxHorizonHours, MAX_HORIZON_HOURS);
    this.maxHorizonHours = maxHorizonHours;
    this.lambda = Double.NaN;
  }

  /**
   * A regression for horizons 1 to {@code maxHorizonHours} with a fixed penalty.
   *
   * @param maxHorizonHours the longest horizon fitted, 1 to {@value Forecaster#MAX_HORIZON_HOURS}
   * @param lambda the ridge penalty on standardised features, zero or more (zero is taken as a tiny
   *     penalty, so that sets with fewer rows than features stay solvable)
   */
  public RegressionForecaster(int maxHorizonHours, double lambda) {
    ForecastChecks.checkHorizon(NAME, maxHorizonHours, MAX_HORIZON_HOURS);
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException(
          NAME + ": the ridge penalty (" + lambda + ") must be finite and zero or more.");
    }
    this.maxHorizonHours = maxHorizonHours;
    this.lambda = Math.max(lambda, MIN_LAMBDA);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The longest horizon fitted, in hours. */
  public int maxHorizonHours() {
    return maxHorizonHours;
  }

  /**
   * The names of the features, in the order of {@link #coefficients(int, int)} after the intercept.
   */
  public static List<String> featureNames() {
    return FEATURE_NAMES;
  }

  /**
   * Fits 24 ridge regressions per horizon, one per hour of the day of the target (one shared set
   * when the history is shorter than {@value #MIN_DAYS_FOR_PER_HOUR_SETS} days).
   *
   * @throws IllegalArgumentException when the history is shorter than two weeks plus the longest
   *     horizon
   */
  @Override
  public void fit(HourlySeries history) {
    if (history == null) {
      throw new IllegalArgumentException(NAME + ": the training history must be given.");
    }
    int n = history.hours();
    int needed = 2 * LOOKBACK_HOURS + maxHorizonHours;
    if (n < needed) {
      throw new IllegalArgumentException(
          NAME
              + " needs at least "
              + needed
              + " h of training history for horizons up to "
              + maxHorizonHours
              + " h, but "
              + history
              + " has "
              + n
              + " h.");
    }
    double[] v = logValues(history);
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + v[i];
    }
    long firstHour = epochHour(history.start());
    int[] hourOfDay = new int[n];
    double[] weekend = new double[n];
    double[] sinYear = new double[n];
    double[] cosYear = new double[n];
    double[] weight = new double[n];
    double decayPerHour = Math.log(0.5) / (24.0 * HALF_LIFE_DAYS);
    for (int i = 0; i < n; i++) {
      long hour = firstHour + i;
      hourOfDay[i] = HourCalendar.hourOfDay(hour);
      weekend[i] = HourCalendar.isWeekend(hour) ? 1 : 0;
      if (i == 0 || hourOfDay[i] == 0) {
        double angle = HourCalendar.yearAngle(hour);
        sinYear[i] = Math.sin(angle);
        cosYear[i] = Math.cos(angle);
      } else {
        sinYear[i] = sinYear[i - 1];
        cosYear[i] = cosYear[i - 1];
      }
      weight[i] = Math.exp(decayPerHour * (n - 1 - i));
    }
    boolean pooled = (n - LOOKBACK_HOURS) / 24 < MIN_DAYS_FOR_PER_HOUR_SETS;
    double[][][] fitted = new double[maxHorizonHours][][];
    double[] chosen = new double[maxHorizonHours];
    double[] x = new double[FEATURES];
    for (int h = 1; h <= maxHorizonHours; h++) {
      int dailyBack = 24 * ((h + 23) / 24);
      // Weighted sums per hour of the day of the target, each hour a separate regression.
      double[] count = new double[24];
      double[] sumY = new double[24];
      double[] sumYy = new double[24];
      double[][] sumX = new double[24][FEATURES];
      double[][] sumXy = new double[24][FEATURES];
      double[][] sumXx = new double[24][FEATURES * FEATURES];
      for (int t = LOOKBACK_HOURS; t + h - 1 < n; t++) {
        int target = t + h - 1;
        int reference = target - dailyBack;
        features(v, prefix, t, target, reference, weekend, sinYear[target], cosYear[target], x);
        double y = v[target] - v[reference];
        double w = weight[target];
        int g = pooled ? 0 : hourOfDay[target];
        count[g] += w;
        sumY[g] += w * y;
        sumYy[g] += w * y * y;
        double[] gx = sumX[g];
        double[] gxy = sumXy[g];
        double[] gxx = sumXx[g];
        for (int i = 0; i < FEATURES; i++) {
          double wxi = w * x[i];
          gx[i] += wxi;
          gxy[i] += wxi * y;
          int row = i * FEATURES;
          for (int j = 0; j <= i; j++) {
            gxx[row + j] += wxi * x[j];
          }
        }
      }
      HorizonFit horizon = new HorizonFit(count, sumY, sumYy, sumX, sumXy, sumXx);
      chosen[h - 1] = Double.isNaN(lambda) ? horizon.chooseLambda() : lambda;
      fitted[h - 1] = horizon.solve(chosen[h - 1]);
      if (pooled) {
        for (int g = 1; g < 24; g++) {
          fitted[h - 1][g] = fitted[h - 1][0].clone();
        }
      }
    }
    coefficients = fitted;
    lambdas = chosen;
  }

  /**
   * The features of one row, into {@code x}: {@code t} is the issue index, only indices {@code [t -
   * LOOKBACK_HOURS, t)} of {@code v} are read (and the calendar of {@code target}).
   */
  private static void features(
      double[] v,
      double[] prefix,
      int t,
      int target,
      int reference,
      double[] weekend,
      double sinYear,
      double cosYear,
      double[] x) {
    int oldest = t - LOOKBACK_HOURS;
    double r = v[reference];
    int dayBefore = reference - 24 >= oldest ? reference - 24 : reference;
    int from = Math.max(reference - WINDOW_HALF_WIDTH, oldest);
    int to = Math.min(reference + WINDOW_HALF_WIDTH, t - 1);
    x[0] = v[t - 1] - r;
    x[1] = v[t - 2] - r;
    x[2] = v[t - 3] - r;
    x[3] = v[dayBefore] - r;
    x[4] = v[target - LOOKBACK_HOURS] - r;
    x[5] = (prefix[to + 1] - prefix[from]) / (to + 1 - from) - r;
    x[6] = (prefix[t] - prefix[t - 24]) / 24 - r;
    x[7] = (prefix[t] - prefix[oldest]) / LOOKBACK_HOURS - r;
    x[8] = weekend[target];
    x[9] = weekend[reference];
    x[10] = sinYear;
    x[11] = cosYear;
  }

  /** The normal equations of one horizon, per hour of the day, on standardised features. */
  private static final class HorizonFit {
    private final double[] rows = new double[24];
    private final double[] meanY = new double[24];
    private final double[] centredYy = new double[24];
    private final double[][] mean = new double[24][FEATURES];
    private final double[][] scale = new double[24][FEATURES];
    private final boolean[][] constant = new boolean[24][FEATURES];
    private final double[][][] a = new double[24][FEATURES][FEATURES];
    private final double[][] b = new double[24][FEATURES];

    HorizonFit(
        double[] count,
        double[] sumY,
        double[] sumYy,
        double[][] sumX,
        double[][] sumXy,
        double[][] sumXx) {
      for (int g = 0; g < 24; g++) {
        double m = count[g];
        rows[g] = m;
        if (m <= 0) {
          continue;
        }
        meanY[g] = sumY[g] / m;
        centredYy[g] = Math.max(0, sumYy[g] - m * meanY[g] * meanY[g]);
        for (int j = 0; j < FEATURES; j++) {
          mean[g][j] = sumX[g][j] / m;
          double variance = sumXx[g][j * FEATURES + j] / m - mean[g][j] * mean[g][j];
          constant[g][j] = variance <= 1e-12;
          scale[g][j] = constant[g][j] ? 1 : Math.sqrt(variance);
        }
        for (int i = 0; i < FEATURES; i++) {
          if (constant[g][i]) {
            continue; // a constant column carries no information: its weight is zero
          }
          for (int j = 0; j <= i; j++) {
            if (!constant[g][j]) {
              double c =
                  (sumXx[g][i * FEATURES + j] - m * mean[g][i] * mean[g][j])
                      / (scale[g][i] * scale[g][j]);
              a[g][i][j] = c;
              a[g][j][i] = c;
            }
          }
          b[g][i] = (sumXy[g][i] - m * mean[g][i] * meanY[g]) / scale[g][i];
        }
      }
    }

    /** The penalised system of one hour, with ones on the diagonal of constant columns. */
    private double[][] penalised(int g, double lambda) {
      double[][] system = new double[FEATURES][];
      for (int i = 0; i < FEATURES; i++) {
        system[i] = a[g][i].clone();
        system[i][i] += constant[g][i] ? 1 : lambda;
      }
      return system;
    }

    /** The residual sum of squares of one hour for standardised weights {@code beta}. */
    private double residual(int g, double[] beta) {
      double rss = centredYy[g];
      for (int i = 0; i < FEATURES; i++) {
        double aBeta = 0;
        for (int j = 0; j < FEATURES; j++) {
          aBeta += a[g][i][j] * beta[j];
        }
        rss += beta[i] * (aBeta - 2 * b[g][i]);
      }
      return Math.max(0, rss);
    }

    /**
     * The penalty of {@link #LAMBDA_GRID} with the least generalised cross-validation score {@code
     * n·RSS / (n - df)²}, the residuals and degrees of freedom summed over the 24 hours.
     */
    double chooseLambda() {
      double totalRows = 0;
      for (double m : rows) {
        totalRows += m;
      }
      double best = Double.POSITIVE_INFINITY;
      double bestLambda = LAMBDA_GRID.get(LAMBDA_GRID.size() - 1);
      double[] unit = new double[FEATURES];
      for (double candidate : LAMBDA_GRID) {
        double rss = 0;
        double df = 0;
        for (int g = 0; g < 24; g++) {
          if (rows[g] <= 0) {
            continue;
          }
          double[][] system = penalised(g, candidate);
          double[][] factor = Cholesky.factor(system);
          rss += residual(g, Cholesky.solveFactored(factor, b[g]));
          df += 1; // the intercept
          for (int j = 0; j < FEATURES; j++) {
            if (constant[g][j]) {
              continue;
            }
            // df = trace(A (A + lambda I)^-1) = sum over columns of 1 - lambda (A + lambda I)^-1_jj
            Arrays.fill(unit, 0);
            unit[j] = 1;
            df += 1 - candidate * Cholesky.solveFactored(factor, unit)[j];
          }
        }
        double freedom = totalRows - df;
        if (freedom < 1) {
          continue;
        }
        double score = totalRows * rss / (freedom * freedom);
        if (score < best) {
          best = score;
          bestLambda = candidate;
        }
      }
      return bestLambda;
    }

    /** The weights per hour of the day in the original units, the median shift included. */
    double[][] solve(double lambda) {
      double[][] weights = new double[24][1 + FEATURES];
      for (int g = 0; g < 24; g++) {
        if (rows[g] <= 0) {
          continue; // no training row for this hour: forecast seasonal naive
        }
        double[] beta = Cholesky.solve(penalised(g, lambda), b[g]);
        double[] w = weights[g];
        double intercept = meanY[g];
        for (int j = 0; j < FEATURES; j++) {
          w[1 + j] = constant[g][j] ? 0 : beta[j] / scale[g][j];
          intercept -= w[1 + j] * mean[g][j];
        }
        w[0] = intercept - MEDIAN_SHIFT * residual(g, beta) / rows[g];
      }
      return weights;
    }
  }

  /**
   * Forecasts from the last week before {@code issuedAt}.
   *
   * @throws IllegalArgumentException also when the horizon exceeds {@link #maxHorizonHours()}
   * @throws IllegalStateException when the model has not been fitted
   */
  @Override
  public double[] forecast(HourlySeries history, Instant issuedAt, int horizonHours) {
    int t = ForecastChecks.issueIndex(NAME, history, issuedAt, horizonHours, LOOKBACK_HOURS);
    if (horizonHours > maxHorizonHours) {
      throw new IllegalArgumentException(
          NAME
              + " was built for horizons up to "
              + maxHorizonHours
              + " h, not "
              + horizonHours
              + " h; build it with new RegressionForecaster("
              + horizonHours
              + ") and fit it again.");
    }
    double[][][] fitted = coefficients;
    if (fitted == null) {
      throw new IllegalStateException(NAME + " must be fitted before it forecasts.");
    }
    // The week before the issue time at indices 0..167, issue index LOOKBACK_HOURS; targets
    // follow only for their calendar.
    int span = LOOKBACK_HOURS + horizonHours;
    double[] v = new double[span];
    double[] prefix = new double[span + 1];
    for (int i = 0; i < LOOKBACK_HOURS; i++) {
      v[i] = Math.log1p(Math.max(0, history.valueAt(t - LOOKBACK_HOURS + i)));
      prefix[i + 1] = prefix[i] + v[i];
    }
    long firstHour = epochHour(issuedAt) - LOOKBACK_HOURS;
    double[] weekend = new double[span];
    for (int i = 0; i < span; i++) {
      weekend[i] = HourCalendar.isWeekend(firstHour + i) ? 1 : 0;
    }
    double[] x = new double[FEATURES];
    double[] forecast = new double[horizonHours];
    long yearAngleDay = Long.MIN_VALUE;
    double sinYear = 0;
    double cosYear = 0;
    for (int h = 1; h <= horizonHours; h++) {
      int target = LOOKBACK_HOURS + h - 1;
      int reference = target - 24 * ((h + 23) / 24);
      long targetHour = firstHour + target;
      long day = Math.floorDiv(targetHour, 24L);
      if (day != yearAngleDay) {
        double angle = HourCalendar.yearAngle(targetHour);
        sinYear = Math.sin(angle);
        cosYear = Math.cos(angle);
        yearAngleDay = day;
      }
      features(v, prefix, LOOKBACK_HOURS, target, reference, weekend, sinYear, cosYear, x);
      double[] w = fitted[h - 1][HourCalendar.hourOfDay(targetHour)];
      double y = v[reference] + w[0];
      for (int j = 0; j < FEATURES; j++) {
        y += w[1 + j] * x[j];
      }
      // exp(709) is near the largest double; a forecast stays finite whatever the weights.
      forecast[h - 1] = Math.max(0, Math.expm1(Math.min(y, 709)));
    }
    return forecast;
  }

  /** One week. */
  @Override
  public int lookbackHours() {
    return LOOKBACK_HOURS;
  }

  /**
   * The fitted weights for one horizon and hour of the day (UTC) of the target, in log space on
   * unstandardised features, predicting {@code log(x + 1)} minus that of the seasonal naive value:
   * the intercept first, then one weight per {@link #featureNames()} entry.
   *
   * @param horizonHours the horizon, 1 to {@link #maxHorizonHours()}
   * @param hourOfDay the hour of the day of the target, 0 to 23
   * @throws IllegalStateException when the model has not been fitted
   */
  public double[] coefficients(int horizonHours, int hourOfDay) {
    ForecastChecks.checkHorizon(NAME, horizonHours, maxHorizonHours);
    if (hourOfDay < 0 || hourOfDay > 23) {
      throw new IllegalArgumentException(
          NAME + ": the hour of the day (" + hourOfDay + ") must be 0 to 23.");
    }
    if (coefficients == null) {
      throw new IllegalStateException(NAME + " has not been fitted.");
    }
    return coefficients[horizonHours - 1][hourOfDay].clone();
  }

  /**
   * The ridge penalty used for one horizon: the one given, or the one chosen by cross-validation.
   *
   * @throws IllegalStateException when the model has not been fitted
   */
  public double lambda(int horizonHours) {
    ForecastChecks.checkHorizon(NAME, horizonHours, maxHorizonHours);
    if (lambdas == null) {
      throw new IllegalStateException(NAME + " has not been fitted.");
    }
    return lambdas[horizonHours - 1];
  }

  private static double[] logValues(HourlySeries series) {
    double[] v = series.values();
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.log1p(Math.max(0, v[i]));
    }
    return v;
  }

  private static long epochHour(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 3600L);
  }

  private static List<String> featureNameList() {
    return List.of(
        "last_minus_reference",
        "second_last_minus_reference",
        "third_last_minus_reference",
        "same_hour_day_before_reference_minus_reference",
        "same_hour_week_before_target_minus_reference",
        "mean_5h_around_reference_minus_reference",
        "mean_last_24h_minus_reference",
        "mean_last_168h_minus_reference",
        "weekend",
        "reference_on_weekend",
        "sin_year",
        "cos_year");
  }
}
