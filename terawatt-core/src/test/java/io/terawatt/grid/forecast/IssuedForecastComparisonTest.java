package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.IssuedForecast;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A provider's issued forecasts scored against the measured hours, by hand. */
class IssuedForecastComparisonTest {
  private static final Instant T0 = Instant.parse("2023-06-08T00:00:00Z");

  @Test
  void averagesTheNextHourOfEachWholeHourIssueAndScoresItsMape() {
    long t = T0.getEpochSecond();
    List<IssuedForecast> f = new ArrayList<>();
    // Issued at 00:00: targets 00:30 (90) and 01:00 (110): mean 100 vs actual 100 -> 0 %.
    f.add(new IssuedForecast("Z", t, t + 1800, 90));
    f.add(new IssuedForecast("Z", t, t + 3600, 110));
    f.add(new IssuedForecast("Z", t, t + 5400, 999)); // beyond one hour: ignored
    // Issued at 00:05: not a whole hour, ignored.
    f.add(new IssuedForecast("Z", t + 300, t + 600, 999));
    // Issued at 01:00: 240 vs actual 200 -> 20 %.
    f.add(new IssuedForecast("Z", t + 3600, t + 5400, 240));
    // Issued at 05:00: outside the actual series, ignored.
    f.add(new IssuedForecast("Z", t + 5 * 3600, t + 5 * 3600 + 1800, 1));
    HourlySeries actual = new HourlySeries(T0, new double[] {100, 200, 300}, "gCO2e_per_kWh");

    IssuedForecastComparison c = IssuedForecastComparison.of("Z", f, actual).orElseThrow();

    assertThat(c.hours()).isEqualTo(2);
    assertThat(c.providerMapePercent()).isCloseTo(10.0, within(1e-9));
    assertThat(c.source()).contains("Z");
  }

  @Test
  void isEmptyWithoutIssuedForecasts() {
    HourlySeries actual = new HourlySeries(T0, new double[] {100, 200}, "gCO2e_per_kWh");

    assertThat(IssuedForecastComparison.of("Z", List.of(), actual)).isEmpty();
  }
}
