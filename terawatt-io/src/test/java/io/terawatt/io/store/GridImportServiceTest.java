package io.terawatt.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.io.grid.ImportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder imports: one transaction per file, broken files write nothing, skipped files listed. */
class GridImportServiceTest {
  private static final String EM_HEADER =
      "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
          + "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
          + "Data Source,Data Estimated,Data Estimation Method";

  @TempDir Path dir;

  private static Path write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String em(String hour, String direct, String lca) {
    return "2022-01-01 " + hour + ":00:00,X,X,X," + direct + "," + lca + ",1,1,src,false,";
  }

  private Path folder() throws IOException {
    Path data = dir.resolve("data");
    write(
        data.resolve("good/GB_2022_hourly.csv"),
        EM_HEADER,
        em("00", "150", "200"),
        em("01", "160", "210"),
        em("02", "170", "220"));
    write(
        data.resolve("bad/FR_2022_hourly.csv"),
        EM_HEADER,
        em("00", "50", "60"),
        em("01", "fifty", "61"),
        em("02", "52", "62"));
    write(data.resolve("means.csv"), "zonecode,2020,2021,2022", "AT,1,2,3");
    write(data.resolve("notes.txt"), "not a grid file");
    return data;
  }

  @Test
  void aBrokenFileWritesNothingWhileTheOthersImport() throws Exception {
    Path data = folder();
    List<String> progress = new ArrayList<>();
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      List<FileImport> results =
          GridImportService.importPath(data, ImportOptions.defaults(), store, progress::add);

      assertThat(results).hasSize(3);
      FileImport bad = byName(results, "FR_2022_hourly.csv");
      assertThat(bad.imported()).isFalse();
      assertThat(bad.changedHours()).isZero();
      assertThat(bad.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.value()).isEqualTo("fifty");
              });
      FileImport good = byName(results, "GB_2022_hourly.csv");
      assertThat(good.imported()).isTrue();
      assertThat(good.changedHours()).isEqualTo(6);
      assertThat(good.reports()).hasSize(2);
      assertThat(store.catalog()).extracting(StoredSeries::zone).containsOnly("GB");
      assertThat(
              store.intensity(
                  "FR",
                  Signal.AVERAGE,
                  EmissionBasis.LIFECYCLE,
                  Instant.parse("2022-01-01T00:00:00Z"),
                  Instant.parse("2022-01-01T03:00:00Z")))
          .containsOnly(Double.NaN);
      assertThat(progress)
          .hasSize(3)
          .anyMatch(l -> l.contains("FR_2022_hourly.csv") && l.contains("1 error(s)"));
    }
  }

  @Test
  void listsAnUnrecognisedLayoutAsSkippedWithAReason() throws Exception {
    Path data = folder();
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      List<FileImport> results =
          GridImportService.importPath(data, ImportOptions.defaults(), store, l -> {});

      FileImport skipped = byName(results, "means.csv");
      assertThat(skipped.format()).isEqualTo("skipped");
      assertThat(skipped.imported()).isFalse();
      assertThat(skipped.problems()).isEmpty();
      assertThat(skipped.notes()).singleElement().asString().contains("not recognised", "--format");
      assertThat(results).noneMatch(r -> r.file().endsWith("notes.txt"));
    }
  }

  @Test
  void importingAgainChangesNoHours() throws Exception {
    Path data = folder();
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      long first =
          GridImportService.importPath(data, ImportOptions.defaults(), store, l -> {}).stream()
              .mapToLong(FileImport::changedHours)
              .sum();
      long second =
          GridImportService.importPath(data, ImportOptions.defaults(), store, l -> {}).stream()
              .mapToLong(FileImport::changedHours)
              .sum();

      assertThat(first).isEqualTo(6);
      assertThat(second).isZero();
    }
  }

  @Test
  void aSeriesWhoseEveryValueIsImpossibleIsAnErrorAndWritesNothing() throws Exception {
    Path file =
        write(
            dir.resolve("ES_2022_hourly.csv"),
            EM_HEADER,
            em("00", "-1", "120"),
            em("01", "-2", "130"));
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      FileImport result =
          GridImportService.importPath(file, ImportOptions.defaults(), store, l -> {}).get(0);

      assertThat(result.imported()).isFalse();
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.path()).isEqualTo("ES average direct gCO2e_per_kWh");
                assertThat(p.message()).contains("line 2: -1.0");
              });
      assertThat(store.catalog()).isEmpty();
    }
  }

  @Test
  void notesHoursAlreadyStoredFromAnotherSourceWithOtherValues() throws Exception {
    Path a = write(dir.resolve("a/GB_2022_hourly.csv"), EM_HEADER, em("00", "150", "200"));
    Path b = write(dir.resolve("b/GB_2022_hourly.csv"), EM_HEADER, em("00", "150", "201"));
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      GridImportService.importPath(a, ImportOptions.defaults(), store, l -> {});
      FileImport second =
          GridImportService.importPath(b, ImportOptions.defaults(), store, l -> {}).get(0);

      assertThat(second.changedHours()).isZero();
      assertThat(second.notes()).anyMatch(n -> n.startsWith("1 hours were already stored"));
      assertThat(
              store.intensity(
                  "GB",
                  Signal.AVERAGE,
                  EmissionBasis.LIFECYCLE,
                  Instant.parse("2022-01-01T00:00:00Z"),
                  Instant.parse("2022-01-01T01:00:00Z")))
          .containsExactly(200);
    }
  }

  @Test
  void aFileWhoseReaderFailsIsReportedWhileTheOthersImport() throws Exception {
    Path data = folder();
    write(
        data.resolve("watttime/moer.csv"),
        "point_time,value,ba",
        "2023-06-08T00:00:00Z,900,CAISO_NORTH",
        "2023-06-08T00:05:00Z,-10,CAISO_NORTH");
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      List<FileImport> results =
          GridImportService.importPath(data, ImportOptions.defaults(), store, l -> {});

      assertThat(results).hasSize(4);
      assertThat(byName(results, "GB_2022_hourly.csv").imported()).isTrue();
      assertThat(byName(results, "moer.csv").changedHours()).isZero();
    }
  }

  @Test
  void aMissingPathIsAnError() throws Exception {
    try (GridStore store = GridStore.open(dir.resolve("grid.duckdb"))) {
      assertThatThrownBy(
              () ->
                  GridImportService.importPath(
                      dir.resolve("nowhere"), ImportOptions.defaults(), store, l -> {}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("nowhere");
    }
  }

  private static FileImport byName(List<FileImport> results, String name) {
    return results.stream().filter(r -> r.file().endsWith(name)).findFirst().orElseThrow();
  }
}
