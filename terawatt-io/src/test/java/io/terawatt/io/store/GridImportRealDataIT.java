package io.terawatt.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridHistory;
import io.terawatt.grid.Signal;
import io.terawatt.grid.forecast.IssuedForecastComparison;
import io.terawatt.io.SharedData;
import io.terawatt.io.grid.ImportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the whole shared grid folder once into a temporary database and checks what landed.
 * Skipped when the shared data folder is absent.
 */
class GridImportRealDataIT {
  private static final List<String> HOURLY_ZONES =
      List.of(
          "AU-NSW",
          "BR-SP",
          "CA-ON",
          "DE-LU",
          "GB",
          "IN-WE",
          "JP-TK",
          "SG",
          "US-CAL-CISO",
          "US-MIDA-PJM",
          "US-TEX-ERCO",
          "ZA");
  private static final Instant JUNE_8 = Instant.parse("2023-06-08T00:00:00Z");
  private static final Instant JULY_9 = Instant.parse("2023-07-09T00:00:00Z");

  @TempDir static Path tmp;

  private static Path grid;
  private static GridStore store;
  private static List<FileImport> firstImport;

  @BeforeAll
  static void importSharedGridFolder() throws Exception {
    Optional<Path> readme = SharedData.find("README.md");
    assumeTrue(
        readme.isPresent() && Files.isDirectory(readme.get().getParent().resolve("grid")),
        "shared data absent: shared/data/grid not found above the working directory");
    grid = readme.get().getParent().resolve("grid");
    store = GridStore.open(tmp.resolve("grid.duckdb"));
    firstImport =
        GridImportService.importPath(
            grid, ImportOptions.defaults().withTimezone(ZoneOffset.UTC), store, l -> {});
  }

  @AfterAll
  static void closeStore() throws Exception {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void importsFiftyOneFilesAndSkipsTheSevenYearlyTablesWithANote() {
    List<FileImport> imported = firstImport.stream().filter(FileImport::imported).toList();
    List<FileImport> skipped =
        firstImport.stream().filter(r -> r.format().equals("skipped")).toList();

    assertThat(firstImport).hasSize(58);
    assertThat(imported).hasSize(51);
    assertThat(skipped).hasSize(7);
    assertThat(skipped)
        .allMatch(
            r ->
                r.file().contains("electricitymaps-yearly-mean")
                    || r.file().contains("gcp-region-cfe"));
    assertThat(skipped)
        .allMatch(r -> r.notes().stream().anyMatch(n -> n.contains("not recognised")));
    assertThat(firstImport.stream().flatMap(r -> r.problems().stream()).toList()).isEmpty();
    assertThat(firstImport.stream().mapToLong(FileImport::changedHours).sum()).isPositive();
  }

  @Test
  void importingTheFolderAgainChangesNoHours() throws Exception {
    List<FileImport> again =
        GridImportService.importPath(
            grid, ImportOptions.defaults().withTimezone(ZoneOffset.UTC), store, l -> {});

    assertThat(again.stream().filter(FileImport::imported).count()).isEqualTo(51);
    assertThat(again.stream().mapToLong(FileImport::changedHours).sum()).isZero();
  }

  @Test
  void catalogHasTheTwelveHourlyZonesWithBothBasesForThreeYears() throws Exception {
    Map<String, StoredSeries> catalog =
        store.catalog().stream()
            .collect(
                Collectors.toMap(
                    s -> s.zone() + "/" + s.signal() + "/" + s.basis(), Function.identity()));

    for (String zone : HOURLY_ZONES) {
      for (String basis : List.of("lifecycle", "direct")) {
        StoredSeries s = catalog.get(zone + "/average/" + basis);
        assertThat(s).as("%s average %s", zone, basis).isNotNull();
        assertThat(s.firstHour()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(s.lastHour()).isEqualTo(Instant.parse("2023-12-31T23:00:00Z"));
        assertThat(s.hours()).as("%s %s hours", zone, basis).isEqualTo(3 * 8760);
        assertThat(s.mean()).isBetween(1.0, 1200.0);
      }
    }
  }

  @Test
  void catalogListsCaisoNorthAsMarginalDirectWithFiveMinuteDataAveragedTo744Hours()
      throws Exception {
    List<StoredSeries> caiso =
        store.catalog().stream().filter(s -> s.zone().equals("CAISO_NORTH")).toList();

    assertThat(caiso)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.signal()).isEqualTo("marginal");
              assertThat(s.basis()).isEqualTo("direct");
              assertThat(s.hours()).isEqualTo(744);
              assertThat(s.firstHour()).isEqualTo(JUNE_8);
              assertThat(s.lastHour()).isEqualTo(Instant.parse("2023-07-08T23:00:00Z"));
            });
  }

  @Test
  void exportsOneZoneToCsvAndParquetWithTheExpectedRowCounts() throws Exception {
    Path csv = tmp.resolve("de-lu.csv");
    Path parquet = tmp.resolve("de-lu.parquet");
    Instant from = Instant.parse("2022-01-01T00:00:00Z");
    Instant to = Instant.parse("2023-01-01T00:00:00Z");

    long csvRows = store.export("DE-LU", from, to, csv);
    long parquetRows = store.export("DE-LU", from, to, parquet);

    // One year, lifecycle and direct.
    assertThat(csvRows).isEqualTo(2 * 8760);
    try (var lines = Files.lines(csv)) {
      assertThat(lines.count()).isEqualTo(2 * 8760 + 1);
    }
    assertThat(parquetRows).isEqualTo(2 * 8760);
    assertThat(Files.size(parquet)).isPositive();
    assertThat(GridStoreTest.countParquet(parquet)).isEqualTo(2 * 8760);
  }

  @Test
  void historyOfAnElectricityMapsZonePicksAverageLifecycle() throws Exception {
    GridHistory h =
        GridHistory.load(
                store.archive(),
                "DE-LU",
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2022-01-01T00:00:00Z"),
                Instant.parse("2022-01-08T00:00:00Z"),
                GapPolicy.NONE)
            .orElseThrow();

    assertThat(h.signal()).isEqualTo(Signal.AVERAGE);
    assertThat(h.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
    assertThat(h.series().hours()).isEqualTo(168);
    // First row of DE-LU_2022_hourly.csv: direct 163.46, LCA 213.79.
    assertThat(h.series().valueAt(0)).isCloseTo(213.79, within(1e-9));
    assertThat(h.filledHours()).isZero();
  }

  @Test
  void providerForecastsOfCaisoNorthHaveAFiniteMape() throws Exception {
    GridHistory h =
        GridHistory.load(
                store.archive(),
                "CAISO_NORTH",
                Optional.empty(),
                Optional.empty(),
                JUNE_8,
                JULY_9,
                GapPolicy.LINEAR)
            .orElseThrow();

    IssuedForecastComparison c =
        IssuedForecastComparison.of(
                "CAISO_NORTH", store.issuedForecasts("CAISO_NORTH", JUNE_8, JULY_9), h.series())
            .orElseThrow();

    assertThat(h.signal()).isEqualTo(Signal.MARGINAL);
    assertThat(h.series().hours()).isEqualTo(744);
    assertThat(c.hours()).isGreaterThan(700);
    assertThat(c.providerMapePercent()).isFinite().isBetween(0.0, 50.0);
  }
}
