package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluation service: one zone with its provider's forecasts, or several zones in turn. */
class ForecastEvaluationServiceTest {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** A daily wave with a weekend dip: persistence errs, seasonal naive 168 h does not. */
  private static double[] weekly(int days) {
    double[] v = new double[days * 24];
    for (int i = 0; i < v.length; i++) {
      boolean weekend = (i / 24) % 7 >= 5;
      v[i] = (weekend ? 200 : 300) + 100 * Math.sin(2 * Math.PI * (i % 24) / 24);
    }
    return v;
  }

  private static ForecastEvaluationRequest request(List<String> zones, String model) {
    return new ForecastEvaluationRequest(
        zones,
        START,
        START.plus(Duration.ofDays(21)),
        START.plus(Duration.ofDays(21)),
        START.plus(Duration.ofDays(28)),
        3,
        model,
        Optional.empty(),
        Optional.empty());
  }

  private static InMemoryArchive twoZones() {
    return new InMemoryArchive()
        .intensity("A", Signal.AVERAGE, EmissionBasis.LIFECYCLE, START, weekly(28))
        .intensity("B", Signal.MARGINAL, EmissionBasis.DIRECT, START, weekly(28));
  }

  @Test
  void scoresTheModelAgainstTheBaselinesAndTheProvidersForecasts() {
    long issued = START.plus(Duration.ofDays(22)).getEpochSecond();
    List<IssuedForecast> provider = new ArrayList<>();
    provider.add(new IssuedForecast("A", issued, issued + 3600, 999));
    InMemoryArchive archive = twoZones().issued(provider);

    ForecastEvaluationResult r =
        ForecastEvaluationService.evaluate(request(List.of("A"), "seasonal-naive-168"), archive);

    assertThat(r.zone()).isEqualTo("A");
    assertThat(r.horizonHours()).isEqualTo(3);
    assertThat(r.evaluation().model().mapePercentAt(3)).isCloseTo(0, within(1e-9));
    assertThat(r.beatsSeasonalNaive()).isTrue();
    IssuedForecastScore p = r.issuedForecasts().orElseThrow();
    assertThat(p.hours()).isEqualTo(1);
    assertThat(p.horizonHours()).isEqualTo(1);
    assertThat(p.providerMapePercent()).isGreaterThan(100);
    assertThat(p.modelMapePercent()).isCloseTo(0, within(1e-9));
  }

  @Test
  void takesTheSignalEachZoneHas() {
    ForecastEvaluationResult r =
        ForecastEvaluationService.evaluate(request(List.of("B"), "persistence"), twoZones());

    assertThat(r.signal()).isEqualTo(Signal.MARGINAL);
    assertThat(r.basis()).isEqualTo(EmissionBasis.DIRECT);
    assertThat(r.issuedForecasts()).isEmpty();
    assertThat(r.beatsSeasonalNaive()).isFalse();
  }

  @Test
  void evaluatesZonesInTurnAndStopsAtTheFirstWithoutData() {
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                ForecastEvaluationService.evaluateEach(
                    request(List.of("A", "B", "NONE", "A"), "persistence"),
                    twoZones(),
                    r -> seen.add(r.zone())))
        .isInstanceOf(MissingGridDataException.class)
        .hasMessage("no intensity for zone NONE in memory");
    assertThat(seen).containsExactly("A", "B");
  }

  @Test
  void aZoneWithoutDataIsMissingData() {
    assertThatThrownBy(
            () ->
                ForecastEvaluationService.evaluate(
                    request(List.of("NONE"), "persistence"), twoZones()))
        .isInstanceOf(MissingGridDataException.class)
        .hasMessageContaining("terawatt grid import FILE --zone NONE");
  }
}
