package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.forecast.RegressionForecaster;
import io.terawatt.grid.forecast.SeasonalNaiveForecaster;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecastIntensityViewTest {
  private static final Instant HISTORY_START = Instant.parse("2021-01-01T00:00:00Z");
  private static final Instant PERIOD_START = Instant.parse("2022-01-01T00:00:00Z");

  private static double[] synthetic(int hours, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] g = new double[hours];
    double noise = 0;
    for (int h = 0; h < hours; h++) {
      noise = 0.9 * noise + 10 * (r.nextDouble() - 0.5);
      g[h] = 300 + 120 * Math.sin(2 * Math.PI * (h % 24) / 24.0) + noise;
    }
    return g;
  }

  private static SchedulingProblem problem(double[] g) {
    Region region =
        new Region(
            "Z",
            new HourlySeries(HISTORY_START, g, "gCO2e/kWh"),
            Optional.empty(),
            Double.POSITIVE_INFINITY,
            1.0);
    return new SchedulingProblem(List.of(region), PERIOD_START, 24 * 60, List.of());
  }

  @Test
  void aForecastIssuedAtAnHourDoesNotChangeWhenTheFutureDoes() {
    int hours = (int) Duration.between(HISTORY_START, PERIOD_START).toHours() + 24 * 60;
    double[] g = synthetic(hours, 1);
    double[] changed = g.clone();
    int issued = 24 * 20;
    int offset = (int) Duration.between(HISTORY_START, PERIOD_START).toHours();
    for (int h = offset + issued; h < hours; h++) {
      changed[h] = 5 * g[h] + 1000;
    }
    ForecastIntensityView a =
        new ForecastIntensityView(problem(g), RegressionForecaster::new, 48, 365);
    ForecastIntensityView b =
        new ForecastIntensityView(problem(changed), RegressionForecaster::new, 48, 365);
    assertThat(a.fitted(0)).isTrue();
    assertThat(b.expected(0, issued, 48)).containsExactly(a.expected(0, issued, 48));
    // ... while an issue an hour later sees the changed hour.
    assertThat(b.expected(0, issued + 1, 48)).isNotEqualTo(a.expected(0, issued + 1, 48));
  }

  @Test
  void theErrorIsMeasuredOnTheTrainingYearsAndGrowsWithTheHorizonForANoisySeries() {
    int hours = (int) Duration.between(HISTORY_START, PERIOD_START).toHours() + 24 * 60;
    ForecastIntensityView v =
        new ForecastIntensityView(problem(synthetic(hours, 2)), RegressionForecaster::new, 48, 365);
    assertThat(v.relativeError(0, 0)).isGreaterThan(0);
    assertThat(v.relativeError(0, 40)).isGreaterThan(v.relativeError(0, 0));
  }

  @Test
  void beyondTheLongestHorizonTheLastForecastDayRepeats() {
    int hours = (int) Duration.between(HISTORY_START, PERIOD_START).toHours() + 24 * 60;
    ForecastIntensityView v =
        new ForecastIntensityView(
            problem(synthetic(hours, 3)), () -> new SeasonalNaiveForecaster(24), 24, 365);
    double[] e = v.expected(0, 100, 60);
    assertThat(e).hasSize(60);
    for (int k = 24; k < 60; k++) {
      assertThat(e[k]).isEqualTo(e[k - 24]);
    }
  }

  @Test
  void withoutHistoryTheViewFallsBackToRepeatingTheLastKnownDay() {
    double[] g = synthetic(24 * 10, 4);
    Region region =
        new Region(
            "Z",
            new HourlySeries(PERIOD_START, g, "gCO2e/kWh"),
            Optional.empty(),
            Double.POSITIVE_INFINITY,
            1.0);
    SchedulingProblem p = new SchedulingProblem(List.of(region), PERIOD_START, g.length, List.of());
    ForecastIntensityView v = new ForecastIntensityView(p, RegressionForecaster::new, 48, 730);
    assertThat(v.fitted(0)).isFalse();
    assertThat(v.expected(0, 0, 5)).containsOnly(0.0);
    assertThat(v.expected(0, 30, 1)[0]).isEqualTo(g[6]);
  }
}
