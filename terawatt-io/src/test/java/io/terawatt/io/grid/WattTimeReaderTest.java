package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WattTime MOER: lbs/MWh converted to g/kWh, marginal and direct, 5-minute points averaged. */
class WattTimeReaderTest {
  private static final double LBS_PER_MWH_TO_G_PER_KWH = 0.45359237;

  @TempDir Path dir;

  @Test
  void convertsPoundsPerMegawattHourAndAveragesFiveMinutePoints() throws Exception {
    List<String> lines = new ArrayList<>(List.of("point_time,value"));
    // Hour 0: twelve points of 1000 lbs/MWh; hour 1: six of 800 and six of 1000 (mean 900).
    for (int i = 0; i < 12; i++) {
      lines.add(String.format("2023-06-08T00:%02d:00+00:00,1000", i * 5));
    }
    for (int i = 0; i < 12; i++) {
      lines.add(String.format("2023-06-08T01:%02d:00Z,%d", i * 5, i < 6 ? 800 : 1000));
    }
    Path file = GridFiles.write(dir, "moer.csv", lines.toArray(String[]::new));

    Map<SeriesMetadata, CleanSeries> series =
        GridFiles.readClean(file, ImportOptions.defaults().withZone("CAISO_NORTH"));

    assertThat(series).hasSize(1);
    SeriesMetadata meta = series.keySet().iterator().next();
    assertThat(meta.zone()).isEqualTo("CAISO_NORTH");
    assertThat(meta.signal()).isEqualTo(Signal.MARGINAL);
    assertThat(meta.basis()).isEqualTo(EmissionBasis.DIRECT);
    CleanSeries clean = series.get(meta);
    assertThat(clean.firstHour()).isEqualTo(Instant.parse("2023-06-08T00:00:00Z"));
    assertThat(clean.values())
        .containsExactly(
            new double[] {1000 * LBS_PER_MWH_TO_G_PER_KWH, 900 * LBS_PER_MWH_TO_G_PER_KWH},
            within(1e-9));
    assertThat(clean.report().subHourlyPoints()).isEqualTo(24);
  }

  @Test
  void takesTheZoneFromABaColumn() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "moer.csv",
            "point_time,value,ba",
            "2023-06-08T00:00:00Z,500,CAISO_NORTH",
            "2023-06-08T01:00:00Z,500,CAISO_NORTH");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.format()).isEqualTo(GridFormat.WATTTIME);
    assertThat(parsed.allSeries().keySet())
        .extracting(SeriesMetadata::zone)
        .containsExactly("CAISO_NORTH");
  }

  @Test
  void withoutAZoneAsksForOne() throws Exception {
    Path file = GridFiles.write(dir, "moer.csv", "point_time,value", "2023-06-08T00:00:00Z,500");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("--zone"));
  }

  @Test
  void reportsEveryBrokenRowTogether() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "moer.csv",
            "point_time,value",
            "2023-06-08T00:00:00Z,500",
            "2023-06-08T00:05:00Z,lots",
            "2023-06-08T00:10:00Z,510",
            "2023-06-08 00:15:00,520");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("CAISO_NORTH"));

    assertThat(GridFiles.formatted(parsed))
        .hasSize(2)
        .anyMatch(p -> p.startsWith(file + ":3: error: (row) = '2023-06-08T00:05:00Z,lots'"))
        .anyMatch(
            p ->
                p.startsWith(file + ":5: error: point_time = '2023-06-08 00:15:00'")
                    && p.contains("--timezone"));
  }

  @Test
  void aNegativeValueIsReportedWithItsLineInsteadOfAbortingTheRead() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "moer.csv",
            "point_time,value",
            "2023-06-08T00:00:00Z,500",
            "2023-06-08T00:05:00Z,-20",
            "2023-06-08T00:10:00Z,510");

    assertThatCode(() -> GridFiles.read(file, ImportOptions.defaults().withZone("CAISO_NORTH")))
        .doesNotThrowAnyException();
    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("CAISO_NORTH"));
    boolean reportedAsProblem =
        GridFiles.formatted(parsed).stream().anyMatch(p -> p.contains(":3:"));
    boolean countedAsImpossible =
        parsed.problems().isEmpty()
            && GridFiles.readClean(file, ImportOptions.defaults().withZone("CAISO_NORTH"))
                .values()
                .iterator()
                .next()
                .report()
                .impossibleExamples()
                .stream()
                .anyMatch(e -> e.startsWith("line 3:"));
    assertThat(reportedAsProblem || countedAsImpossible).isTrue();
  }
}
