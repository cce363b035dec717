package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every forecaster rejects issue times off the hour or past its history, and bad horizons. */
class ForecastArgumentsTest {
  private static final HourlySeries HISTORY = Synthetic.weekly(168 * 4);

  static Iterable<String> models() {
    return ForecastModels.names();
  }

  private static Forecaster fitted(String name) {
    Forecaster model = ForecastModels.byName(name);
    model.fit(HISTORY);
    return model;
  }

  @ParameterizedTest
  @MethodSource("models")
  void issueTimeMustBeAWholeHour(String name) {
    Instant offTheHour = Synthetic.hour(300).plusSeconds(60);

    assertThatThrownBy(() -> fitted(name).forecast(HISTORY, offTheHour, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole UTC hour");
  }

  @ParameterizedTest
  @MethodSource("models")
  void horizonMustBeOneToOneWeek(String name) {
    Forecaster model = fitted(name);

    assertThatThrownBy(() -> model.forecast(HISTORY, Synthetic.hour(300), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1 to 168 h");
    assertThatThrownBy(() -> model.forecast(HISTORY, Synthetic.hour(300), 169))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1 to 168 h");
  }

  @ParameterizedTest
  @MethodSource("models")
  void historyMustReachTheIssueTime(String name) {
    Instant pastTheEnd = HISTORY.end().plusSeconds(3600);

    assertThatThrownBy(() -> fitted(name).forecast(HISTORY, pastTheEnd, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
  }

  @ParameterizedTest
  @MethodSource("models")
  void issueTimeMustLeaveTheHistoryTheModelNeeds(String name) {
    Forecaster model = fitted(name);
    Instant tooEarly = HISTORY.start().plusSeconds(3600L * (model.lookbackHours() - 1));

    assertThatThrownBy(() -> model.forecast(HISTORY, tooEarly, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of history before the issue time");
  }
}
