package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-horizon ridge regression learns daily and weekly patterns and level persistence. */
class RegressionForecasterTest {

  @Test
  void recoversANoiselessDailyAndWeeklyPatternNearlyExactly() {
    HourlySeries history = Synthetic.weekly(168 * 52);
    RegressionForecaster regression = new RegressionForecaster();
    regression.fit(history);

    for (int issue : new int[] {168 * 40, 168 * 40 + 13, 168 * 51 + 100}) {
      double[] forecast = regression.forecast(history, Synthetic.hour(issue), 72);
      for (int h = 1; h <= 72; h++) {
        assertThat(forecast[h - 1])
            .as("issue %d, h = %d", issue, h)
            .isCloseTo(Synthetic.weeklyPattern(issue + h - 1), withinPercentage(0.3));
      }
    }
  }

  @Test
  void theRemainingErrorOnANoiselessPatternIsTheRidgeShrinkage() {
    // Ten weeks, about 60 rows per hour-of-day set, so the shrinkage of lambda = 1 shows (a few
    // tenths of a percent); with a millionth of that penalty the error all but vanishes.
    HourlySeries history = Synthetic.weekly(168 * 10);
    RegressionForecaster penalised = new RegressionForecaster(72, 1.0);
    RegressionForecaster barelyPenalised = new RegressionForecaster(72, 1e-6);
    penalised.fit(history);
    barelyPenalised.fit(history);

    int issue = 168 * 9 + 5;
    double[] shrunk = penalised.forecast(history, Synthetic.hour(issue), 72);
    double[] forecast = barelyPenalised.forecast(history, Synthetic.hour(issue), 72);
    double worstShrunk = 0;
    for (int h = 1; h <= 72; h++) {
      double actual = Synthetic.weeklyPattern(issue + h - 1);
      worstShrunk = Math.max(worstShrunk, Math.abs(shrunk[h - 1] / actual - 1));
      assertThat(forecast[h - 1]).as("h = %d", h).isCloseTo(actual, withinPercentage(0.002));
    }
    assertThat(worstShrunk).isGreaterThan(0.001);
  }

  @Test
  void beatsSeasonalNaiveOnDayToDayLevelShifts() {
    HourlySeries data = Synthetic.levelShifts(20240601L, 365 + 120);
    Instant trainTo = Synthetic.hour(365 * 24);

    ForecastEvaluation evaluation =
        ForecastEvaluator.evaluate(
            new RegressionForecaster(), data, data.start(), trainTo, trainTo, data.end(), 72);

    for (int h : new int[] {1, 24, 48, 72}) {
      assertThat(evaluation.model().mapePercentAt(h))
          .as("h = %d", h)
          .isLessThan(0.95 * evaluation.seasonalNaive24().mapePercentAt(h))
          .isLessThan(0.95 * evaluation.seasonalNaive168().mapePercentAt(h));
    }
    assertThat(evaluation.model().meanMapePercentThrough(72))
        .isLessThan(0.9 * evaluation.seasonalNaive24().meanMapePercentThrough(72));
  }

  @Test
  void forecastsAreNeverNegative() {
    Random random = new Random(7);
    double[] values = new double[168 * 8];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble() < 0.7 ? 0 : 500 * random.nextDouble();
    }
    HourlySeries history = Synthetic.of(values);
    RegressionForecaster regression = new RegressionForecaster();
    regression.fit(history);

    for (int issue = 168; issue <= values.length; issue += 37) {
      for (double value : regression.forecast(history, Synthetic.hour(issue), 72)) {
        assertThat(value).as("issue %d", issue).isFinite().isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void fitsTwoYearsOfHourlyDataForAll72Horizons() {
    HourlySeries twoYears = Synthetic.levelShifts(1L, 2 * 365);

    RegressionForecaster regression = new RegressionForecaster();
    regression.fit(twoYears);

    assertThat(regression.coefficients(72, 0))
        .hasSize(1 + RegressionForecaster.featureNames().size());
    assertThat(RegressionForecaster.LAMBDA_GRID)
        .contains(regression.lambda(1), regression.lambda(72));
  }

  @Test
  void mustBeFittedBeforeItForecasts() {
    HourlySeries history = Synthetic.weekly(400);

    assertThatThrownBy(() -> new RegressionForecaster().forecast(history, Synthetic.hour(200), 24))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fitted");
  }

  @Test
  void rejectsHorizonsBeyondThoseFittedAndTooShortTraining() {
    HourlySeries history = Synthetic.weekly(168 * 4);
    RegressionForecaster regression = new RegressionForecaster(24, 1.0);
    regression.fit(history);

    assertThatThrownBy(() -> regression.forecast(history, Synthetic.hour(300), 25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("up to 24 h");
    assertThatThrownBy(() -> new RegressionForecaster().fit(Synthetic.weekly(400)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least 408 h");
  }

  @Test
  void needsAWeekOfHistoryBeforeTheIssueTime() {
    HourlySeries history = Synthetic.weekly(168 * 4);
    RegressionForecaster regression = new RegressionForecaster();
    regression.fit(history);

    assertThat(regression.forecast(history, Synthetic.hour(168), 1)).hasSize(1);
    assertThatThrownBy(() -> regression.forecast(history, Synthetic.hour(167), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regression needs 168 h of history");
  }

  @Test
  void aLaterFitReplacesTheEarlierOne() {
    RegressionForecaster regression = new RegressionForecaster();
    regression.fit(Synthetic.levelShifts(1L, 60));
    double[] first = regression.coefficients(24, 5);
    regression.fit(Synthetic.levelShifts(2L, 60));

    assertThat(regression.coefficients(24, 5)).isNotEqualTo(first);
    regression.fit(Synthetic.levelShifts(1L, 60));
    assertThat(regression.coefficients(24, 5)).isEqualTo(first);
  }
}
