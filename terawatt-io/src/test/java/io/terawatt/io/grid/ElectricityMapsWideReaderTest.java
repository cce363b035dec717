package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wide layout: one life-cycle average series per zone column. */
class ElectricityMapsWideReaderTest {
  @TempDir Path dir;

  private Path wide() throws Exception {
    return GridFiles.write(
        dir,
        "wide.csv",
        "datetime_utc,AT,DE,FR",
        "2022-01-01 00:00:00,100,300,50",
        "2022-01-01 01:00:00,110,310,",
        "2022-01-01 02:00:00,120,320,70");
  }

  @Test
  void readsOneLifecycleAverageSeriesPerColumn() throws Exception {
    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(wide(), ImportOptions.defaults());

    assertThat(series.keySet()).extracting(SeriesMetadata::zone).containsExactly("AT", "DE", "FR");
    assertThat(series.keySet()).allMatch(m -> m.signal() == Signal.AVERAGE);
    assertThat(series.keySet()).allMatch(m -> m.basis() == EmissionBasis.LIFECYCLE);
    CleanSeries de =
        series.values().stream().filter(s -> s.metadata().zone().equals("DE")).findFirst().get();
    assertThat(de.values()).containsExactly(300, 310, 320);
    CleanSeries fr =
        series.values().stream().filter(s -> s.metadata().zone().equals("FR")).findFirst().get();
    // An empty cell is a missing hour, not a zero.
    assertThat(fr.values()[0]).isEqualTo(50);
    assertThat(fr.values()[1]).isNaN();
    assertThat(fr.report().gapHours()).isEqualTo(1);
  }

  @Test
  void aZoneOptionSelectsOneColumn() throws Exception {
    Map<SeriesMetadata, CleanSeries> series =
        GridFiles.readClean(wide(), ImportOptions.defaults().withZone("DE"));

    assertThat(series.keySet()).extracting(SeriesMetadata::zone).containsExactly("DE");
    assertThat(series.values().iterator().next().values()).containsExactly(300, 310, 320);
  }

  @Test
  void anUnknownZoneIsAnErrorListingTheColumns() throws Exception {
    ParsedFile parsed = GridFiles.read(wide(), ImportOptions.defaults().withZone("XX"));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.value()).isEqualTo("XX");
              assertThat(p.message()).contains("AT, DE, FR");
            });
    assertThat(parsed.allSeries()).isEmpty();
  }

  @Test
  void reportsEveryBrokenCellWithLineAndColumnName() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "wide.csv",
            "datetime_utc,AT,DE,FR",
            "2022-01-01 00:00:00,100,300,50",
            "2022-01-01 01:00:00,110,abc,60",
            "yesterday,120,320,70",
            "2022-01-01 03:00:00,130,330,-");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(GridFiles.formatted(parsed))
        .hasSize(3)
        .anyMatch(p -> p.startsWith(file + ":3: error: DE = 'abc'"))
        .anyMatch(p -> p.startsWith(file + ":4: error: datetime_utc = 'yesterday'"))
        .anyMatch(p -> p.startsWith(file + ":5: error: FR = '-'"));
  }
}
