package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The forecast service: history before the issue hour, the typical-year fallback, what is missing.
 */
class GridForecastServiceTest {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** A daily wave around 300 gCO2e/kWh for {@code days} days. */
  private static double[] daily(int days) {
    double[] v = new double[days * 24];
    for (int i = 0; i < v.length; i++) {
      v[i] = 300 + 100 * Math.sin(2 * Math.PI * (i % 24) / 24);
    }
    return v;
  }

  private static GridForecastRequest request(String zone, Instant issued, String model) {
    return new GridForecastRequest(zone, issued, 6, model, 30, Optional.empty(), Optional.empty());
  }

  @Test
  void forecastsFromTheHistoryBeforeTheIssueHour() {
    InMemoryArchive archive =
        new InMemoryArchive()
            .intensity("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, START, daily(40));
    Instant issued = START.plus(Duration.ofDays(35));

    GridForecast f =
        GridForecastService.forecast(request("Z", issued, "seasonal-naive-24"), archive);

    assertThat(f.model()).isEqualTo("seasonal-naive-24");
    assertThat(f.signal()).isEqualTo(Signal.AVERAGE);
    assertThat(f.trainingHours()).isEqualTo(30 * 24);
    assertThat(f.hours()).isEqualTo(6);
    assertThat(f.time(0)).isEqualTo(issued);
    assertThat(f.point_gCO2e_per_kWh(3)).isCloseTo(daily(1)[3], within(1e-9));
    assertThat(f.note()).isEmpty();
  }

  @Test
  void aZoneWithoutDataFallsBackToItsTypicalYear() {
    Instant issued = Instant.parse("2023-06-01T12:00:00Z");

    GridForecast f =
        GridForecastService.forecast(request("DE-LU", issued, "regression"), new InMemoryArchive());

    assertThat(f.model()).isEqualTo(GridForecastService.CLIMATOLOGY_MODEL);
    assertThat(f.trainingHours()).isZero();
    assertThat(f.point_gCO2e_per_kWh(0))
        .isEqualTo(BuiltInTypicalYears.get().find("DE-LU").orElseThrow().mean(issued));
    assertThat(f.note().orElseThrow()).contains("DE-LU", "memory", "typical year");
  }

  @Test
  void aMarginalRequestHasNoTypicalYearToFallBackTo() {
    GridForecastRequest marginal =
        new GridForecastRequest(
            "DE-LU",
            Instant.parse("2023-06-01T12:00:00Z"),
            6,
            "regression",
            30,
            Optional.of(Signal.MARGINAL),
            Optional.empty());

    assertThatThrownBy(() -> GridForecastService.forecast(marginal, new InMemoryArchive()))
        .isInstanceOf(MissingGridDataException.class)
        .hasMessageContaining("no marginal intensity for zone DE-LU")
        .hasMessageContaining("terawatt grid import");
  }

  @Test
  void aHistoryEndingBeforeTheIssueHourIsMissingData() {
    InMemoryArchive archive =
        new InMemoryArchive()
            .intensity("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, START, daily(10));

    assertThatThrownBy(
            () ->
                GridForecastService.forecast(
                    request("Z", START.plus(Duration.ofDays(12)), "persistence"), archive))
        .isInstanceOf(MissingGridDataException.class)
        .hasMessageContaining("ends at");
  }

  @Test
  void anUnknownModelIsRejectedBeforeReadingTheArchive() {
    assertThatThrownBy(
            () -> GridForecastService.forecast(request("Z", START, "magic"), new InMemoryArchive()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("magic");
  }

  @Test
  void horizonsAndIssueTimesAreChecked() {
    assertThat(GridForecastService.acceptsHorizon(72)).isTrue();
    assertThat(GridForecastService.acceptsHorizon(73)).isFalse();
    assertThat(GridForecastService.acceptsHorizon(0)).isFalse();
    assertThat(GridForecastService.isWholeHour(START)).isTrue();
    assertThat(GridForecastService.isWholeHour(START.plusSeconds(1800))).isFalse();
  }
}
