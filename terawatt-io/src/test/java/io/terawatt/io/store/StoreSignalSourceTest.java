package io.terawatt.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid store's imported data as a signal source. */
class StoreSignalSourceTest {
  @TempDir Path dir;

  @Test
  void servesTheAverageSignalLifecyclePreferredWithGapsKept() throws Exception {
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      store.save(
          List.of(
              GridStoreTest.series(
                  GridStoreTest.meta("GB", Signal.AVERAGE, EmissionBasis.DIRECT, "d.csv"), 1, 2),
              GridStoreTest.series(
                  SeriesMetadata.averageLifecycle("GB", "l.csv"), 200, Double.NaN, 220),
              GridStoreTest.series(
                  GridStoreTest.meta("FR", Signal.MARGINAL, EmissionBasis.DIRECT, "m.csv"), 9)));

      SignalSource source = StoreSignalSource.load(store);

      assertThat(source.locations()).extracting(l -> l.name()).containsExactly("GB");
      SignalSeries gb = source.history("gb", GridStoreTest.T0, GridStoreTest.T0).orElseThrow();
      assertThat(gb.metadata().basis()).isEqualTo(EmissionBasis.LIFECYCLE);
      assertThat(gb.metadata().source()).isEqualTo("imported");
      assertThat(gb.start()).isEqualTo(GridStoreTest.T0);
      assertThat(gb.values()).containsExactly(200, Double.NaN, 220);
    }
  }
}
