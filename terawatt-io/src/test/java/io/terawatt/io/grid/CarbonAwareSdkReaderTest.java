package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Carbon Aware SDK JSON data source: records with Location, Time, Rating and Duration. */
class CarbonAwareSdkReaderTest {
  private static final String RECORDS =
      """
      [
        {"Location": "eastus", "Time": "2023-01-01T00:50:00Z", "Rating": 100, "Duration": "01:00"},
        {"Location": "eastus", "Time": "2023-01-01T01:50:00Z", "Rating": 200, "Duration": "01:00"},
        {"Location": "eastus", "Time": "2023-01-01T02:50:00+00:00", "Rating": 300,
         "Duration": "01:00:00"},
        {"Location": "westus", "Time": "2023-01-01T00:00:00Z", "Rating": 50}
      ]
      """;

  @TempDir Path dir;

  @Test
  void timeWeightsRecordsStartingAtTenToTheHourIntoUtcHours() throws Exception {
    Path file = GridFiles.write(dir, "emissions.json", RECORDS);

    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(file, ImportOptions.defaults());

    CleanSeries east = byZone(series, "eastus");
    assertThat(east.firstHour()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(east.hours()).isEqualTo(4);
    assertThat(east.values()[0]).isNaN();
    assertThat(east.values()[1]).isCloseTo((50 * 100 + 10 * 200) / 60.0, within(1e-9));
    assertThat(east.values()[2]).isCloseTo((50 * 200 + 10 * 300) / 60.0, within(1e-9));
    assertThat(east.values()[3]).isCloseTo(300, within(1e-9));
    assertThat(east.report().gapHours()).isEqualTo(1);
    // A record without Duration lasts one hour.
    assertThat(byZone(series, "westus").values()).containsExactly(50);
  }

  @Test
  void defaultsToMarginalDirectAndSaysSo() throws Exception {
    Path file = GridFiles.write(dir, "emissions.json", RECORDS);

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.format()).isEqualTo(GridFormat.CARBON_AWARE_SDK);
    assertThat(parsed.allSeries().keySet())
        .allMatch(m -> m.signal() == Signal.MARGINAL && m.basis() == EmissionBasis.DIRECT);
    assertThat(parsed.notes()).anyMatch(n -> n.contains("marginal/direct"));
  }

  @Test
  void aDeclaredSignalAndZoneAreHonoured() throws Exception {
    Path file = GridFiles.write(dir, "emissions.json", RECORDS);

    ParsedFile parsed =
        GridFiles.read(
            file,
            ImportOptions.defaults()
                .withZone("westus")
                .withSignal(Signal.AVERAGE, EmissionBasis.LIFECYCLE));

    assertThat(parsed.allSeries().keySet())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.zone()).isEqualTo("westus");
              assertThat(m.signal()).isEqualTo(Signal.AVERAGE);
              assertThat(m.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
            });
    assertThat(parsed.notes()).isEmpty();
  }

  @Test
  void readsTheEmissionsObjectWrapper() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "data.json",
            "{\"Emissions\": [",
            "{\"Location\": \"eastus\", \"Time\": \"2023-01-01T00:00:00Z\", \"Rating\": 400,"
                + " \"Duration\": \"01:00\"},",
            "{\"Location\": \"eastus\", \"Time\": \"2023-01-01T01:00:00Z\", \"Rating\": 420,"
                + " \"Duration\": \"01:00\"}",
            "]}");

    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(file, ImportOptions.defaults());

    assertThat(byZone(series, "eastus").values()).containsExactly(400, 420);
  }

  @Test
  void reportsEveryBrokenRecordByItsIndexAndField() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "emissions.json",
            """
            [
              {"Location": "eastus", "Time": "2023-01-01T00:00:00Z", "Rating": 100},
              {"Location": "eastus", "Time": "2023-01-01T01:00:00Z", "Rating": "high"},
              {"Time": "2023-01-01T02:00:00Z", "Rating": 100},
              {"Location": "eastus", "Time": "2023-01-01T03:00:00", "Rating": 100},
              {"Location": "eastus", "Time": "2023-01-01T04:00:00Z", "Rating": 1,
               "Duration": "an hour"}
            ]
            """);

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(GridFiles.formatted(parsed))
        .hasSize(4)
        .allMatch(p -> p.startsWith(file.toString()))
        .anyMatch(p -> p.contains("[1].Rating = 'high'"))
        .anyMatch(p -> p.contains("[2].Location") && p.contains("Missing Location"))
        .anyMatch(p -> p.contains("[3].Time = '2023-01-01T03:00:00'") && p.contains("--timezone"))
        .anyMatch(p -> p.contains("[4]") && p.contains("an hour"));
  }

  @Test
  void invalidJsonNamesTheLineOfTheSyntaxError() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "emissions.json",
            "[",
            "  {\"Location\": \"eastus\", \"Time\": \"2023-01-01T00:00:00Z\", \"Rating\": 1},",
            "  {\"Location\": \"eastus\" \"Time\": \"2023-01-01T01:00:00Z\"}",
            "]");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("Not valid JSON");
            });
  }

  @Test
  void parsesDurationsAsHoursMinutesAndOptionalSeconds() {
    assertThat(CarbonAwareSdkReader.parseDuration("01:00")).isEqualTo(Duration.ofHours(1));
    assertThat(CarbonAwareSdkReader.parseDuration("00:05")).isEqualTo(Duration.ofMinutes(5));
    assertThat(CarbonAwareSdkReader.parseDuration("00:30:30")).isEqualTo(Duration.ofSeconds(1830));
    assertThatThrownBy(() -> CarbonAwareSdkReader.parseDuration("00:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CarbonAwareSdkReader.parseDuration("60"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CleanSeries byZone(Map<SeriesMetadata, CleanSeries> series, String zone) {
    return series.values().stream()
        .filter(s -> s.metadata().zone().equals(zone))
        .findFirst()
        .orElseThrow();
  }
}
