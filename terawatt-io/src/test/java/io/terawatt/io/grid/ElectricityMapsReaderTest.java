package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Electricity Maps' 11-column hourly export: two average series, estimated flags, zone names. */
class ElectricityMapsReaderTest {
  static final String HEADER =
      "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
          + "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
          + "Data Source,Data Estimated,Data Estimation Method";

  @TempDir Path dir;

  static String row(String time, String direct, String lca, boolean estimated) {
    return time
        + ",Germany,Germany,DE,"
        + direct
        + ","
        + lca
        + ",81.25,73.73,entsoe.eu,"
        + estimated
        + ","
        + (estimated ? "TIME_SLICER_AVERAGE" : "");
  }

  private Path germany(String name) throws Exception {
    return GridFiles.write(
        dir,
        name,
        HEADER,
        row("2022-01-01 00:00:00", "163.46", "213.79", false),
        row("2022-01-01 01:00:00", "166.66", "218.0", true),
        row("2022-01-01 02:00:00", "170.0", "220.5", false));
  }

  @Test
  void readsDirectAndLifecycleAsTwoAverageSeriesNamedByTheFile() throws Exception {
    Path file = germany("DE-LU_2022_hourly.csv");

    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(file, ImportOptions.defaults());

    assertThat(series.keySet())
        .extracting(SeriesMetadata::zone, SeriesMetadata::signal, SeriesMetadata::basis)
        .containsExactlyInAnyOrder(
            tuple("DE-LU", Signal.AVERAGE, EmissionBasis.DIRECT),
            tuple("DE-LU", Signal.AVERAGE, EmissionBasis.LIFECYCLE));
    CleanSeries direct = byBasis(series, EmissionBasis.DIRECT);
    CleanSeries lifecycle = byBasis(series, EmissionBasis.LIFECYCLE);
    assertThat(direct.firstHour()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
    assertThat(direct.values()).containsExactly(new double[] {163.46, 166.66, 170.0}, within(1e-9));
    assertThat(lifecycle.values())
        .containsExactly(new double[] {213.79, 218.0, 220.5}, within(1e-9));
    assertThat(direct.metadata().quantity()).isEqualTo(GridQuantity.CARBON_INTENSITY);
    assertThat(direct.metadata().source()).contains("DE-LU_2022_hourly.csv");
  }

  @Test
  void flagsProviderEstimatedHours() throws Exception {
    Path file = germany("DE-LU_2022_hourly.csv");

    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(file, ImportOptions.defaults());

    assertThat(byBasis(series, EmissionBasis.LIFECYCLE).estimated())
        .containsExactly(false, true, false);
    assertThat(byBasis(series, EmissionBasis.DIRECT).estimated())
        .containsExactly(false, true, false);
  }

  @Test
  void takesTheZoneFromTheZoneIdColumnWhenTheFileNameHasNoneAndSaysSo() throws Exception {
    Path file = germany("export.csv");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.allSeries().keySet()).extracting(SeriesMetadata::zone).containsOnly("DE");
    assertThat(parsed.notes()).anyMatch(n -> n.contains("Zone Id") && n.contains("DE"));
  }

  @Test
  void aDeclaredZoneWinsOverTheFileName() throws Exception {
    Path file = germany("DE-LU_2022_hourly.csv");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("DE"));

    assertThat(parsed.allSeries().keySet()).extracting(SeriesMetadata::zone).containsOnly("DE");
  }

  @Test
  void reportsEveryBrokenRowWithFileLineFieldAndValue() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "DE-LU_2022_hourly.csv",
            HEADER,
            row("2022-01-01 00:00:00", "163.46", "213.79", false),
            row("2022-01-01 25:00:00", "166.66", "218.0", false),
            row("2022-01-01 02:00:00", "170.0", "n/a", false),
            "2022-01-01 03:00:00,Germany",
            row("2022-01-01 04:00:00", "abc", "220.0", false));

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems()).hasSize(4);
    assertThat(GridFiles.formatted(parsed))
        .anyMatch(p -> p.startsWith(file + ":3: error: Datetime (UTC) = '2022-01-01 25:00:00'"))
        .anyMatch(p -> p.startsWith(file + ":4: error: Carbon Intensity (LCA) = 'n/a'"))
        .anyMatch(p -> p.startsWith(file + ":5: error: (row)") && p.contains("Too few columns"))
        .anyMatch(p -> p.startsWith(file + ":6: error: Carbon Intensity (direct) = 'abc'"));
  }

  @Test
  void rejectsAHeaderWithoutIntensityColumns() throws Exception {
    Path file =
        GridFiles.write(
            dir, "DE-LU_2022_hourly.csv", "Datetime (UTC),Zone Id,Power", "2022-01-01,DE,3");

    ParsedFile parsed =
        GridFiles.read(file, ImportOptions.defaults().withFormat(GridFormat.ELECTRICITYMAPS));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("Carbon Intensity");
            });
  }

  private static CleanSeries byBasis(Map<SeriesMetadata, CleanSeries> series, EmissionBasis b) {
    List<CleanSeries> found =
        series.values().stream().filter(s -> s.metadata().basis() == b).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
