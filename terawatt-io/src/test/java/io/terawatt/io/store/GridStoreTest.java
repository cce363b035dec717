package io.terawatt.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.IssuedForecast;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB grid store: idempotent saves, conflicts kept, queries by range, exports. */
class GridStoreTest {
  static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  @TempDir Path dir;

  /** A cleaned hourly series from T0; NaN entries are missing hours. */
  static CleanSeries series(SeriesMetadata meta, double... values) {
    RawPoints raw = new RawPoints();
    for (int h = 0; h < values.length; h++) {
      if (!Double.isNaN(values[h])) {
        raw.add(T0.getEpochSecond() + 3600L * h, 3600, values[h], false, h + 2);
      }
    }
    return HourlyAggregator.aggregate(meta, raw, GapPolicy.NONE);
  }

  static SeriesMetadata meta(String zone, Signal s, EmissionBasis b, String source) {
    return new SeriesMetadata(zone, GridQuantity.CARBON_INTENSITY, s, b, source);
  }

  private GridStore open() throws SQLException {
    return GridStore.open(dir.resolve("sub/grid.duckdb"));
  }

  @Test
  void savingTheSameSeriesTwiceAddsItOnceAndThenChangesNothing() throws Exception {
    CleanSeries s = series(SeriesMetadata.averageLifecycle("GB", "a.csv"), 200, 210, 220);
    try (GridStore store = open()) {
      SaveCounts first = store.save(List.of(s));
      SaveCounts second = store.save(List.of(s));

      assertThat(first).isEqualTo(new SaveCounts(3, 0, 0));
      assertThat(second).isEqualTo(new SaveCounts(0, 0, 0));
      assertThat(second.changed()).isZero();
      assertThat(store.catalog()).hasSize(1);
    }
  }

  @Test
  void updatesHoursFromTheSameSourceAndKeepsOtherSourcesValuesAsConflicts() throws Exception {
    try (GridStore store = open()) {
      store.save(List.of(series(SeriesMetadata.averageLifecycle("GB", "a.csv"), 200, 210)));

      SaveCounts same =
          store.save(List.of(series(SeriesMetadata.averageLifecycle("GB", "a.csv"), 200, 215)));
      SaveCounts other =
          store.save(
              List.of(series(SeriesMetadata.averageLifecycle("GB", "b.csv"), 999, 215, 230)));

      assertThat(same).isEqualTo(new SaveCounts(0, 1, 0));
      assertThat(other).isEqualTo(new SaveCounts(1, 0, 1));
      double[] stored =
          store.intensity(
              "GB", Signal.AVERAGE, EmissionBasis.LIFECYCLE, T0, T0.plusSeconds(3 * 3600));
      assertThat(stored).containsExactly(200, 215, 230);
    }
  }

  @Test
  void keepsSignalsAndBasesApartAndQueriesOneOfThem() throws Exception {
    try (GridStore store = open()) {
      store.save(
          List.of(
              series(meta("Z", Signal.AVERAGE, EmissionBasis.LIFECYCLE, "f"), 300, 310),
              series(meta("Z", Signal.AVERAGE, EmissionBasis.DIRECT, "f"), 250, 260),
              series(meta("Z", Signal.MARGINAL, EmissionBasis.DIRECT, "g"), 600, 610)));

      assertThat(store.intensity("Z", Signal.AVERAGE, EmissionBasis.DIRECT, T0, hours(2)))
          .containsExactly(250, 260);
      assertThat(store.intensity("Z", Signal.MARGINAL, EmissionBasis.DIRECT, T0, hours(2)))
          .containsExactly(600, 610);
      assertThat(store.catalog())
          .extracting(StoredSeries::signal, StoredSeries::basis)
          .containsExactly(
              tuple("average", "direct"),
              tuple("average", "lifecycle"),
              tuple("marginal", "direct"));
    }
  }

  @Test
  void storesOnlyPresentHoursAndReturnsNaNForMissingOnes() throws Exception {
    try (GridStore store = open()) {
      SaveCounts counts =
          store.save(
              List.of(series(SeriesMetadata.averageLifecycle("GB", "a"), 100, Double.NaN, 120)));

      double[] v =
          store.intensity(
              "GB", Signal.AVERAGE, EmissionBasis.LIFECYCLE, T0.minusSeconds(3600), hours(4));

      assertThat(counts.added()).isEqualTo(2);
      assertThat(v).hasSize(5);
      assertThat(v[0]).isNaN();
      assertThat(v[1]).isEqualTo(100);
      assertThat(v[2]).isNaN();
      assertThat(v[3]).isEqualTo(120);
      assertThat(v[4]).isNaN();
      StoredSeries row = store.catalog().get(0);
      assertThat(row.hours()).isEqualTo(2);
      assertThat(row.firstHour()).isEqualTo(T0);
      assertThat(row.lastHour()).isEqualTo(hours(2));
      assertThat(row.mean()).isEqualTo(110);
    }
  }

  @Test
  void storesPricesSeparatelyAndListsThemAsPrice() throws Exception {
    try (GridStore store = open()) {
      store.save(
          List.of(
              series(SeriesMetadata.price("DE-LU", "p.csv"), -20, 50),
              series(SeriesMetadata.averageLifecycle("DE-LU", "c.csv"), 300, 310)));

      assertThat(store.prices("DE-LU", T0, hours(2))).containsExactly(-20, 50);
      assertThat(store.catalog())
          .extracting(StoredSeries::signal, StoredSeries::basis, StoredSeries::mean)
          .containsExactly(tuple("average", "lifecycle", 305.0), tuple("price", "n/a", 15.0));
    }
  }

  @Test
  void aFailedTransactionWritesNothing() throws Exception {
    try (GridStore store = open()) {
      CleanSeries s = series(SeriesMetadata.averageLifecycle("GB", "a"), 100, 110);

      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      () -> {
                        store.save(List.of(s));
                        throw new SQLException("disk full");
                      }))
          .hasMessage("disk full");

      assertThat(store.catalog()).isEmpty();
      store.inTransaction(() -> store.save(List.of(s)));
      assertThat(store.catalog()).hasSize(1);
    }
  }

  @Test
  void keepsDataAcrossReopeningAndRefusesANewerSchema() throws Exception {
    Path file = dir.resolve("grid.duckdb");
    try (GridStore store = GridStore.open(file)) {
      store.save(List.of(series(SeriesMetadata.averageLifecycle("GB", "a"), 100)));
    }
    try (GridStore store = GridStore.open(file)) {
      assertThat(store.catalog()).hasSize(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (" + (GridStore.SCHEMA_VERSION + 1) + ")");
    }

    assertThatThrownBy(() -> GridStore.open(file))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("schema version " + (GridStore.SCHEMA_VERSION + 1));
  }

  @Test
  void savesIssuedForecastsOnceAndReadsThemBackInOrder() throws Exception {
    long t = T0.getEpochSecond();
    List<IssuedForecast> forecasts =
        List.of(
            new IssuedForecast("CAISO_NORTH", t + 300, t + 600, 410),
            new IssuedForecast("CAISO_NORTH", t, t + 300, 400),
            new IssuedForecast("OTHER", t, t + 300, 1));
    try (GridStore store = open()) {
      long first = store.saveIssuedForecasts(forecasts);
      long again = store.saveIssuedForecasts(forecasts);

      assertThat(first).isEqualTo(3);
      assertThat(again).isZero();
      assertThat(store.issuedForecasts("CAISO_NORTH", T0, hours(1)))
          .containsExactly(
              new IssuedForecast("CAISO_NORTH", t, t + 300, 400),
              new IssuedForecast("CAISO_NORTH", t + 300, t + 600, 410));
    }
  }

  @Test
  void exportsOneZoneInARangeToCsvAndParquet() throws Exception {
    try (GridStore store = open()) {
      store.save(
          List.of(
              series(SeriesMetadata.averageLifecycle("GB", "a"), 100, 110, 120, 130),
              series(meta("GB", Signal.AVERAGE, EmissionBasis.DIRECT, "a"), 90, 95, 99, 101),
              series(SeriesMetadata.averageLifecycle("FR", "b"), 50, 55, 60, 65)));
      Path csv = dir.resolve("gb.csv");
      Path parquet = dir.resolve("gb.parquet");

      long csvRows = store.export("GB", hours(1), hours(3), csv);
      long parquetRows = store.export("GB", hours(1), hours(3), parquet);
      long allRows = store.export(null, T0, hours(4), dir.resolve("all.csv"));

      assertThat(csvRows).isEqualTo(4);
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines).hasSize(5);
      assertThat(lines.get(0)).contains("zone", "hour_utc", "intensity_gCO2e_per_kWh");
      assertThat(lines.subList(1, 5)).allMatch(l -> l.startsWith("GB,"));
      assertThat(parquetRows).isEqualTo(4);
      assertThat(countParquet(parquet)).isEqualTo(4);
      assertThat(allRows).isEqualTo(12);
      assertThat(Files.readAllLines(dir.resolve("all.csv"))).hasSize(13);
    }
  }

  static long countParquet(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM '"
                    + file.toAbsolutePath().toString().replace("'", "''")
                    + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Instant hours(int n) {
    return T0.plusSeconds(3600L * n);
  }
}
