package io.terawatt.server.carbonaware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarbonAwareServiceTest {
  static final Instant NOW = Instant.parse("2025-03-10T06:30:00Z");

  /** 60 days of a daily cycle, 100 ± 50 gCO2e/kWh, lowest at 15:00 UTC, up to the current hour. */
  static ImportedSource cycle(String zone, Instant end) {
    int hours = 60 * 24;
    Instant start = end.minus(Duration.ofHours(hours));
    double[] v = new double[hours];
    for (int i = 0; i < hours; i++) {
      long hourOfDay = (start.getEpochSecond() / 3600 + i) % 24;
      v[i] = 100 + 50 * Math.cos(2 * Math.PI * (hourOfDay - 3) / 24.0);
    }
    return new ImportedSource(zone, start, v);
  }

  static CarbonAwareService service(IntensitySource... imported) {
    GridSignals g = new GridSignals(List.of(imported), GridSignals.builtInSources());
    return new CarbonAwareService(() -> g, "regression");
  }

  @Test
  void importedDataReachingNowAreForecastByTheRegressionModel() {
    ImportedSource zz = cycle("ZZ", Instant.parse("2025-03-10T06:00:00Z"));
    Forecast f = service(zz).forecast(zz, NOW, null, null, Duration.ofHours(1));
    assertThat(f.model()).isEqualTo("regression");
    assertThat(f.forecastData()).hasSize(CarbonAwareService.FORECAST_HOURS);
    Instant optimal = f.optimalDataPoints().get(0).time();
    long hourOfDay = optimal.getEpochSecond() / 3600 % 24;
    assertThat(hourOfDay).isBetween(13L, 17L);
  }

  @Test
  void staleImportedDataFallBackToTheTypicalYear() {
    ImportedSource de = cycle("DE", Instant.parse("2024-01-01T00:00:00Z"));
    Forecast f = service(de).forecast(de, NOW, null, null, null);
    assertThat(f.model()).isEqualTo("typical-year");
    assertThat(f.windowSize()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void staleImportedDataWithoutTypicalYearHaveNoForecast() {
    ImportedSource zz = cycle("ZZ", Instant.parse("2024-01-01T00:00:00Z"));
    assertThatThrownBy(() -> service(zz).forecast(zz, NOW, null, null, null))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("gap-free history");
  }

  @Test
  void importedGapsAreLeftOutOfEmissionsAndBreakWindowMeans() {
    ImportedSource s =
        new ImportedSource(
            "ZZ", Instant.parse("2025-01-01T00:00:00Z"), new double[] {10, Double.NaN, 30});
    CarbonAwareService c = service(s);
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    Instant to = Instant.parse("2025-01-01T03:00:00Z");
    assertThat(c.emissions(List.of(s), from, to, Duration.ZERO))
        .extracting(EmissionsPoint::rating_gCO2e_per_kWh)
        .containsExactly(10.0, 30.0);
    assertThat(c.emissions(List.of(s), from, to, Duration.ofHours(2))).isEmpty();
    assertThat(c.best(List.of(s), from, to, Duration.ZERO).get(0).rating_gCO2e_per_kWh())
        .isEqualTo(10.0);
  }

  @Test
  void dotNetTimeSpansPrintDaysOnlyWhenNeeded() {
    assertThat(SdkJson.timeSpan(Duration.ofMinutes(90))).isEqualTo("01:30:00");
    assertThat(SdkJson.timeSpan(Duration.ofHours(25))).isEqualTo("1.01:00:00");
  }
}
