package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.SignalForecast;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSources;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported data forecast by a model fitted on the gap-free hours before the forecast. */
class FittedForecastSourceTest {
  static final Instant NOW = Instant.parse("2025-03-10T06:00:00Z");

  /**
   * {@code days} of a daily cycle, 100 ± 50 gCO2e/kWh, lowest at 15:00 UTC, ending at {@code end}.
   */
  static SignalSeries cycle(Instant end, int days) {
    int hours = days * 24;
    Instant start = end.minus(Duration.ofHours(hours));
    double[] v = new double[hours];
    for (int i = 0; i < hours; i++) {
      long hourOfDay = (start.getEpochSecond() / 3600 + i) % 24;
      v[i] = 100 + 50 * Math.cos(2 * Math.PI * (hourOfDay - 3) / 24.0);
    }
    return SignalSeries.hourly(SeriesMetadata.averageLifecycle("ZZ", "imported"), start, v);
  }

  static FittedForecastSource source(SignalSeries s) {
    return new FittedForecastSource(SignalSources.of(List.of(s)), "regression");
  }

  @Test
  void dataReachingTheForecastHourAreForecastByTheModel() {
    SignalForecast f = source(cycle(NOW, 60)).forecast("zz", NOW, Duration.ofHours(72)).get();

    assertThat(f.model()).isEqualTo("regression");
    assertThat(f.generatedAt()).isEqualTo(NOW);
    assertThat(f.values().size()).isEqualTo(72);
    int lowest = 0;
    for (int i = 0; i < 24; i++) {
      lowest = f.values().valueAt(i) < f.values().valueAt(lowest) ? i : lowest;
    }
    long hourOfDay = f.values().timeAt(lowest).getEpochSecond() / 3600 % 24;
    assertThat(hourOfDay).isBetween(13L, 17L);
  }

  @Test
  void staleOrGappedDataGiveNoForecast() {
    assertThat(
            source(cycle(NOW.minus(Duration.ofDays(30)), 60))
                .forecast("ZZ", NOW, Duration.ofHours(72)))
        .isEmpty();
    double[] v = cycle(NOW, 60).values();
    v[v.length - 1] = Double.NaN;
    SignalSeries gapped = SignalSeries.hourly(cycle(NOW, 60).metadata(), cycle(NOW, 60).start(), v);
    assertThat(source(gapped).forecast("ZZ", NOW, Duration.ofHours(72))).isEmpty();
  }

  @Test
  void tooShortAHistoryGivesNoForecastAndUnknownModelsAreRefused() {
    assertThat(source(cycle(NOW, 1)).forecast("ZZ", NOW, Duration.ofHours(72))).isEmpty();
    assertThatThrownBy(() -> new FittedForecastSource(SignalSources.none(), "crystal-ball"))
        .hasMessageContaining("regression");
  }
}
