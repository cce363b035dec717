package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.IssuedForecast;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forecasts as a provider issued them, kept apart from measured series. */
class IssuedForecastReaderTest {
  @TempDir Path dir;

  private Path forecasts() throws Exception {
    return GridFiles.write(
        dir,
        "forecast.csv",
        "request_time,forecast_time,Caiso_North",
        "2023-06-08 00:00:00,2023-06-08 00:05:00,412.5",
        "2023-06-08 00:00:00,2023-06-08 00:10:00,413.75",
        "2023-06-08 00:05:00,2023-06-08 00:10:00,414.0");
  }

  @Test
  void readsIssueTimeTargetTimeAndValueWithTheZoneFromTheHeader() throws Exception {
    ParsedFile parsed =
        GridFiles.read(forecasts(), ImportOptions.defaults().withTimezone(ZoneOffset.UTC));

    assertThat(parsed.format()).isEqualTo(GridFormat.ISSUED_FORECASTS);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.allSeries()).isEmpty();
    long t0 = Instant.parse("2023-06-08T00:00:00Z").getEpochSecond();
    assertThat(parsed.forecasts())
        .containsExactly(
            new IssuedForecast("CAISO_NORTH", t0, t0 + 300, 412.5),
            new IssuedForecast("CAISO_NORTH", t0, t0 + 600, 413.75),
            new IssuedForecast("CAISO_NORTH", t0 + 300, t0 + 600, 414.0));
  }

  @Test
  void offsetLessTimesWithoutTimezoneAreAnErrorAskingForOne() throws Exception {
    Path file = forecasts();

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(GridFiles.formatted(parsed))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith(file + ":2: error: request_time = '2023-06-08 00:00:00'")
                    .contains("--timezone"));
    assertThat(parsed.forecasts()).isEmpty();
  }

  @Test
  void reportsEveryBrokenRowTogether() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "forecast.csv",
            "request_time,forecast_time,CAISO_NORTH",
            "2023-06-08T00:00:00Z,2023-06-08T00:05:00Z,412.5",
            "2023-06-08T00:00:00Z,2023-06-08T00:10:00Z,",
            "2023-06-08T00:00:00Z,2023-06-08T00:15:00Z,abc",
            "2023-06-08T00:05:00Z,2023-06-08T00:10:00Z,414.0");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(GridFiles.formatted(parsed))
        .hasSize(2)
        .anyMatch(p -> p.startsWith(file + ":3: error: CAISO_NORTH"))
        .anyMatch(p -> p.startsWith(file + ":4: error: CAISO_NORTH = 'abc'"));
    assertThat(parsed.forecasts()).hasSize(2);
  }

  @Test
  void aBrokenTargetTimeIsReportedAsTheForecastTimeField() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "forecast.csv",
            "request_time,forecast_time,CAISO_NORTH",
            "2023-06-08T00:00:00Z,soon,413",
            "2023-06-08T00:05:00Z,2023-06-08T00:10:00Z,414.0");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(GridFiles.formatted(parsed))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith(file + ":2: error:").contains("'soon'"))
        .satisfies(p -> assertThat(p).doesNotContain("request_time"));
    assertThat(parsed.forecasts()).hasSize(1);
  }
}
