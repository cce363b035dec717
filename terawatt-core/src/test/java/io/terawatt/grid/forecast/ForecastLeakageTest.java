package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No forecaster reads the hour it is issued at or any later one. */
class ForecastLeakageTest {

  static Iterable<String> models() {
    return ForecastModels.names();
  }

  @ParameterizedTest
  @MethodSource("models")
  void changingAnyValueAtOrAfterTheIssueTimeLeavesTheForecastUnchanged(String name) {
    HourlySeries data = Synthetic.levelShifts(99L, 60);
    Forecaster model = ForecastModels.byName(name);
    model.fit(data);
    int horizon = model instanceof RegressionForecaster r ? r.maxHorizonHours() : 168;
    Random random = new Random(5);

    for (int issue : new int[] {168, 500, 1000, data.hours() - 1}) {
      Instant issuedAt = Synthetic.hour(issue);
      double[] expected = model.forecast(data, issuedAt, horizon);

      double[] changed = data.values();
      for (int i = issue; i < changed.length; i++) {
        changed[i] = 10_000 * random.nextDouble();
      }
      double[] afterChange =
          model.forecast(new HourlySeries(data.start(), changed, data.unit()), issuedAt, horizon);
      double[] cut =
          model.forecast(
              new HourlySeries(data.start(), Arrays.copyOf(changed, issue), data.unit()),
              issuedAt,
              horizon);

      assertThat(afterChange).as("%s issued at hour %d", name, issue).isEqualTo(expected);
      assertThat(cut)
          .as("%s issued at hour %d, history cut there", name, issue)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void changingTheLastHourBeforeTheIssueTimeChangesTheForecast(String name) {
    // The converse: the test above would pass for a forecaster that ignored its history.
    HourlySeries data = Synthetic.levelShifts(99L, 60);
    Forecaster model = ForecastModels.byName(name);
    model.fit(data);
    int issue = 1000;
    int horizon = 24;
    double[] before = model.forecast(data, Synthetic.hour(issue), horizon);

    double[] changed = data.values();
    for (int i = issue - model.lookbackHours(); i < issue; i++) {
      changed[i] *= 3;
    }
    double[] after =
        model.forecast(
            new HourlySeries(data.start(), changed, data.unit()), Synthetic.hour(issue), horizon);

    assertThat(after).isNotEqualTo(before);
  }
}
