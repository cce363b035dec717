package io.terawatt.io.store;

import static io.terawatt.io.store.GridStoreTest.T0;
import static io.terawatt.io.store.GridStoreTest.meta;
import static io.terawatt.io.store.GridStoreTest.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridHistory;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a gap-free history from the database through its archive port: which signal is chosen,
 * trimming and filling.
 */
class GridHistoryTest {
  private static final double NAN = Double.NaN;

  @TempDir Path dir;

  private GridStore storeWithAllFourSignals() throws Exception {
    GridStore store = GridStore.open(dir.resolve("grid.duckdb"));
    store.save(
        List.of(
            series(meta("Z", Signal.MARGINAL, EmissionBasis.LIFECYCLE, "m"), 4, 4),
            series(meta("Z", Signal.MARGINAL, EmissionBasis.DIRECT, "m"), 3, 3),
            series(meta("Z", Signal.AVERAGE, EmissionBasis.DIRECT, "a"), 2, 2),
            series(meta("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, "a"), 1, 1)));
    return store;
  }

  @Test
  void picksAverageLifecycleFirst() throws Exception {
    try (GridStore store = storeWithAllFourSignals()) {
      GridHistory h = load(store, Optional.empty(), Optional.empty(), GapPolicy.NONE).orElseThrow();

      assertThat(h.signal()).isEqualTo(Signal.AVERAGE);
      assertThat(h.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
      assertThat(h.series().values()).containsExactly(1, 1);
    }
  }

  @Test
  void honoursARequestedSignalOrBasis() throws Exception {
    try (GridStore store = storeWithAllFourSignals()) {
      GridHistory marginal =
          load(store, Optional.of(Signal.MARGINAL), Optional.empty(), GapPolicy.NONE).orElseThrow();
      GridHistory direct =
          load(store, Optional.empty(), Optional.of(EmissionBasis.DIRECT), GapPolicy.NONE)
              .orElseThrow();

      assertThat(marginal.basis()).isEqualTo(EmissionBasis.DIRECT);
      assertThat(marginal.series().values()).containsExactly(3, 3);
      assertThat(direct.signal()).isEqualTo(Signal.AVERAGE);
      assertThat(direct.series().values()).containsExactly(2, 2);
    }
  }

  @Test
  void fallsBackToTheSignalTheZoneHas() throws Exception {
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      store.save(List.of(series(meta("Z", Signal.MARGINAL, EmissionBasis.DIRECT, "w"), 400, 410)));

      GridHistory h = load(store, Optional.empty(), Optional.empty(), GapPolicy.NONE).orElseThrow();

      assertThat(h.signal()).isEqualTo(Signal.MARGINAL);
      assertThat(h.basis()).isEqualTo(EmissionBasis.DIRECT);
    }
  }

  @Test
  void trimsMissingEdgesAndFillsInteriorGapsCountingThem() throws Exception {
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      store.save(
          List.of(series(meta("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, "a"), 10, NAN, 30)));

      GridHistory h =
          GridHistory.load(
                  store.archive(),
                  "Z",
                  Optional.empty(),
                  Optional.empty(),
                  T0.minusSeconds(5 * 3600),
                  T0.plusSeconds(10 * 3600),
                  GapPolicy.LINEAR)
              .orElseThrow();

      assertThat(h.series().start()).isEqualTo(T0);
      assertThat(h.series().values()).containsExactly(new double[] {10, 20, 30}, within(1e-9));
      assertThat(h.filledHours()).isEqualTo(1);
    }
  }

  @Test
  void refusesToLeaveInteriorGapsWhenThePolicyIsNone() throws Exception {
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      store.save(
          List.of(series(meta("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, "a"), 10, NAN, 30)));

      assertThatThrownBy(() -> load(store, Optional.empty(), Optional.empty(), GapPolicy.NONE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("gaps")
          .hasMessageContaining("--fill linear");
    }
  }

  @Test
  void isEmptyForAZoneWithoutDataInTheRange() throws Exception {
    try (GridStore store = storeWithAllFourSignals()) {
      assertThat(
              GridHistory.load(
                  store.archive(),
                  "Z",
                  Optional.empty(),
                  Optional.empty(),
                  Instant.parse("2030-01-01T00:00:00Z"),
                  Instant.parse("2030-01-02T00:00:00Z"),
                  GapPolicy.LINEAR))
          .isEmpty();
      assertThat(
              GridHistory.load(
                  store.archive(),
                  "NOPE",
                  Optional.empty(),
                  Optional.empty(),
                  T0,
                  T0.plusSeconds(7200),
                  GapPolicy.LINEAR))
          .isEmpty();
    }
  }

  private static Optional<GridHistory> load(
      GridStore store, Optional<Signal> s, Optional<EmissionBasis> b, GapPolicy p)
      throws Exception {
    return GridHistory.load(store.archive(), "Z", s, b, T0, T0.plusSeconds(3 * 3600), p);
  }
}
