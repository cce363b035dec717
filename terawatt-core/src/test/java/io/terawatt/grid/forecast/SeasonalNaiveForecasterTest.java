package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.timeseries.HourlySeries;
import org.junit.jupiter.api.Test;

/** Seasonal naive repeats the last observed period, also beyond one period ahead. */
class SeasonalNaiveForecasterTest {

  @Test
  void dailySeasonalNaiveIsExactOnADailyPeriodicSeries() {
    double[] values = new double[24 * 10];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + (i % 24) * (i % 24);
    }
    HourlySeries history = Synthetic.of(values);

    double[] forecast = new SeasonalNaiveForecaster(24).forecast(history, Synthetic.hour(53), 168);

    for (int h = 1; h <= 168; h++) {
      int target = 53 + h - 1;
      assertThat(forecast[h - 1]).as("h = %d", h).isEqualTo(100 + (target % 24) * (target % 24));
    }
  }

  @Test
  void weeklySeasonalNaiveIsExactOnAWeeklyPeriodicSeries() {
    HourlySeries history = Synthetic.weekly(168 * 3);

    double[] forecast =
        new SeasonalNaiveForecaster(168).forecast(history, Synthetic.hour(200), 168);

    for (int h = 1; h <= 168; h++) {
      assertThat(forecast[h - 1]).isEqualTo(Synthetic.weeklyPattern(200 + h - 1));
    }
  }

  @Test
  void horizonsBeyondThePeriodRepeatTheLastObservedPeriod() {
    // x[i] = i shows which hour each forecast copies: x̂[T+h-1] = x[T+h-1 - 24·ceil(h/24)].
    double[] index = new double[300];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    double[] forecast =
        new SeasonalNaiveForecaster(24).forecast(Synthetic.of(index), Synthetic.hour(200), 49);

    assertThat(forecast[0]).isEqualTo(176); // h = 1: same hour yesterday
    assertThat(forecast[23]).isEqualTo(199); // h = 24: the last observed hour
    assertThat(forecast[24]).isEqualTo(176); // h = 25: two days back, still observed
    assertThat(forecast[47]).isEqualTo(199); // h = 48
    assertThat(forecast[48]).isEqualTo(176); // h = 49
  }

  @Test
  void needsOnePeriodOfHistory() {
    HourlySeries history = Synthetic.weekly(400);

    assertThat(new SeasonalNaiveForecaster(168).forecast(history, Synthetic.hour(168), 1))
        .containsExactly(Synthetic.weeklyPattern(0));
    assertThatThrownBy(
            () -> new SeasonalNaiveForecaster(168).forecast(history, Synthetic.hour(167), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seasonal-naive-168 needs 168 h of history");
    assertThatThrownBy(
            () -> new SeasonalNaiveForecaster(24).forecast(history, Synthetic.hour(23), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 24 h");
  }

  @Test
  void namesCarryThePeriodAndBadPeriodsAreRejected() {
    assertThat(new SeasonalNaiveForecaster(24).name()).isEqualTo("seasonal-naive-24");
    assertThat(new SeasonalNaiveForecaster(168).lookbackHours()).isEqualTo(168);
    assertThatThrownBy(() -> new SeasonalNaiveForecaster(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SeasonalNaiveForecaster(169))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
