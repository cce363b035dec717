package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chained sources: the first that knows a location serves it; forecasts fall back in order. */
class SignalSourcesTest {
  static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  static SignalSeries imported(String zone, double... v) {
    return SignalSeries.hourly(SeriesMetadata.averageLifecycle(zone, "imported"), T0, v);
  }

  @Test
  void importedDataShadowTheTypicalYearOfTheirZoneAndListFirst() {
    SignalSource chain =
        SignalSources.firstOf(
            SignalSources.of(List.of(imported("DE", 1, 2))), SignalSources.builtInTypicalYears());

    assertThat(chain.locations().get(0).name()).isEqualTo("DE");
    assertThat(chain.locations().get(0).origin()).isEqualTo("imported");
    assertThat(chain.locations().stream().filter(l -> l.name().equals("DE"))).hasSize(1);
    assertThat(chain.find("fr").orElseThrow().origin()).isEqualTo("built-in typical year");
    assertThat(chain.find("Atlantis")).isEmpty();
  }

  @Test
  void aGapInTheFirstSourceIsNeverFilledFromTheNext() {
    SignalSource chain =
        SignalSources.firstOf(
            SignalSources.of(List.of(imported("DE", 100, Double.NaN, 300))),
            SignalSources.builtInTypicalYears());

    SignalSeries s = chain.history("de", T0, T0.plusSeconds(3 * 3600)).orElseThrow();

    assertThat(s.metadata().source()).isEqualTo("imported");
    assertThat(s.valueAt(1)).isNaN();
  }

  @Test
  void aForecastComesFromTheFirstSourceThatCanGiveOne() {
    // Two hours of imported data long ago: too stale for a model, so the typical year forecasts.
    SignalSource chain =
        SignalSources.importedThenBuiltIn(
            SignalSources.of(List.of(imported("DE", 100, 200))), "regression");

    SignalForecast f =
        chain.forecast("DE", Instant.parse("2025-06-04T10:00:00Z"), Duration.ofHours(72)).get();

    assertThat(f.model()).isEqualTo("typical-year");
    assertThat(f.values().size()).isEqualTo(72);
    assertThat(chain.forecast("ZZ", T0, Duration.ofHours(72))).isEmpty();
  }
}
