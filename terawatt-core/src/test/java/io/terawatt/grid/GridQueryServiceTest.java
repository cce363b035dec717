package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The query service: default signal, prices, missing hours and ranges. */
class GridQueryServiceTest {
  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  private static final InMemoryArchive ARCHIVE =
      new InMemoryArchive()
          .intensity("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, T0, 100, Double.NaN, 300)
          .intensity("Z", Signal.MARGINAL, EmissionBasis.DIRECT, T0, 700, 710, 720)
          .prices("Z", T0, 50, 60);

  private static GridQueryRequest request(boolean prices, Optional<Signal> signal) {
    return new GridQueryRequest(
        "Z", T0, T0.plus(Duration.ofHours(3)), prices, signal, Optional.empty());
  }

  @Test
  void anIntensityQueryDefaultsToAverageLifecycle() {
    GridQueryResult r = GridQueryService.query(request(false, Optional.empty()), ARCHIVE);

    assertThat(r.signal()).isEqualTo(Signal.AVERAGE);
    assertThat(r.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
    assertThat(r.prices()).isFalse();
    assertThat(r.present(1)).isFalse();
    assertThat(r.value(2)).isEqualTo(300);
    assertThat(r.time(2)).isEqualTo(T0.plus(Duration.ofHours(2)));
  }

  @Test
  void aPriceQueryReadsPricesInTheirUnit() {
    GridQueryResult r = GridQueryService.query(request(true, Optional.empty()), ARCHIVE);

    assertThat(r.prices()).isTrue();
    assertThat(r.quantity().unit()).isEqualTo("USD_per_MWh");
    assertThat(r.value(1)).isEqualTo(60);
    assertThat(r.present(2)).isFalse();
  }

  @Test
  void aQueryWithoutAnyValueIsMissingData() {
    GridQueryRequest none =
        new GridQueryRequest(
            "Z",
            T0,
            T0.plusSeconds(3600),
            false,
            Optional.of(Signal.MARGINAL),
            Optional.of(EmissionBasis.LIFECYCLE));

    assertThatThrownBy(() -> GridQueryService.query(none, ARCHIVE))
        .isInstanceOf(MissingGridDataException.class)
        .hasMessageStartingWith("no marginal lifecycle intensity for Z in [");
  }

  @Test
  void rangesAreForwardAndAtMostTenYears() {
    assertThat(GridQueryService.acceptsRange(T0, T0.plusSeconds(3600))).isTrue();
    assertThat(GridQueryService.acceptsRange(T0, T0)).isFalse();
    assertThat(GridQueryService.acceptsRange(T0, T0.plus(Duration.ofDays(3661)))).isFalse();
  }
}
