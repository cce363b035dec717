package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.SignalSeries;
import io.terawatt.scheduling.AverageIntensity;
import io.terawatt.scheduling.EmissionsForecast;
import io.terawatt.scheduling.EmissionsRating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Carbon Aware SDK's wire shapes and field names. */
class SdkJsonWriterTest {
  static final Instant T = Instant.parse("2025-06-01T12:00:00Z");
  static final EmissionsRating R = new EmissionsRating("DE", T, Duration.ofMinutes(90), 250.5);

  @Test
  void emissionsDataCarryADotNetTimeSpan() {
    assertThat(SdkJsonWriter.emissionsData(List.of(R)))
        .isEqualTo(
            "[{\"location\":\"DE\",\"time\":\"2025-06-01T12:00:00Z\",\"rating\":250.5,"
                + "\"duration\":\"01:30:00\"}]");
  }

  @Test
  void dotNetTimeSpansPrintDaysOnlyWhenNeeded() {
    assertThat(SdkJsonWriter.timeSpan(Duration.ofMinutes(90))).isEqualTo("01:30:00");
    assertThat(SdkJsonWriter.timeSpan(Duration.ofHours(25))).isEqualTo("1.01:00:00");
  }

  @Test
  void forecastsGiveMinutesAndTheirModel() {
    EmissionsForecast f =
        new EmissionsForecast(
            "DE",
            T,
            T,
            T,
            T.plusSeconds(7200),
            Duration.ofMinutes(90),
            "typical-year",
            List.of(R),
            List.of(R));
    assertThat(SdkJsonWriter.forecasts(List.of(f)))
        .isEqualTo(
            "[{\"generatedAt\":\"2025-06-01T12:00:00Z\",\"requestedAt\":\"2025-06-01T12:00:00Z\","
                + "\"location\":\"DE\",\"dataStartAt\":\"2025-06-01T12:00:00Z\","
                + "\"dataEndAt\":\"2025-06-01T14:00:00Z\",\"windowSize\":90,"
                + "\"optimalDataPoints\":[{\"location\":\"DE\",\"timestamp\":"
                + "\"2025-06-01T12:00:00Z\",\"duration\":90,\"value\":250.5}],"
                + "\"forecastData\":[{\"location\":\"DE\",\"timestamp\":\"2025-06-01T12:00:00Z\","
                + "\"duration\":90,\"value\":250.5}],\"model\":\"typical-year\"}]");
  }

  @Test
  void averageAndIntensityShapes() {
    assertThat(SdkJsonWriter.carbonIntensity(new AverageIntensity("de", T, T.plusSeconds(60), 1.5)))
        .isEqualTo(
            "{\"location\":\"de\",\"startTime\":\"2025-06-01T12:00:00Z\","
                + "\"endTime\":\"2025-06-01T12:01:00Z\",\"carbonIntensity\":1.5}");
    SignalSeries s =
        SignalSeries.hourly(
            SeriesMetadata.averageLifecycle("ZZ", "imported"), T, new double[] {100, Double.NaN});
    assertThat(SdkJsonWriter.intensity(s))
        .isEqualTo(
            "{\"location\":\"ZZ\",\"origin\":\"imported\",\"start\":\"2025-06-01T12:00:00Z\","
                + "\"intensity_gCO2e_per_kWh\":[100.0,null]}");
  }
}
