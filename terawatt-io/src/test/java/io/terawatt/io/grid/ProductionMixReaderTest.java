package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.EmissionFactors;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation by source, turned into a production-based intensity with the IPCC medians. */
class ProductionMixReaderTest {
  @TempDir Path dir;

  @Test
  void computesTheProductionBasedIntensityWithIpccFactors() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "mix.csv",
            "time_utc,coal_MW,wind_MW,gas_MW",
            "2023-01-01 00:00,500,500,0",
            "2023-01-01 01:00,100,,300",
            "2023-01-01 02:00,0,1000,0");

    Map<SeriesMetadata, CleanSeries> series =
        GridFiles.readClean(file, ImportOptions.defaults().withZone("PL"));

    SeriesMetadata meta = series.keySet().iterator().next();
    assertThat(meta.zone()).isEqualTo("PL");
    assertThat(meta.signal()).isEqualTo(Signal.AVERAGE);
    assertThat(meta.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
    assertThat(meta.source()).contains("IPCC AR5");
    // 50 % coal (820) + 50 % wind (11) = 415.5; 25 % coal + 75 % gas (490) = 572.5; all wind = 11.
    assertThat(series.get(meta).values())
        .containsExactly(new double[] {415.5, 572.5, 11}, within(1e-9));
  }

  @Test
  void anUnknownSourceColumnIsAnErrorListingTheKnownSources() throws Exception {
    Path file =
        GridFiles.write(dir, "mix.csv", "time_utc,coal,unobtainium,wind", "2023-01-01 00:00,1,2,3");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("PL"));

    assertThat(parsed.format()).isEqualTo(GridFormat.PRODUCTION_MIX);
    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.value()).isEqualTo("unobtainium");
              assertThat(p.message())
                  .contains(String.join(", ", EmissionFactors.ipccAr5LifecycleMedians().sources()));
            });
    assertThat(parsed.allSeries()).isEmpty();
  }

  @Test
  void reportsEveryBrokenRowTogether() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "mix.csv",
            "time_utc,coal,wind",
            "2023-01-01 00:00,500,500",
            "2023-01-01 01:00,-5,500",
            "2023-01-01 02:00,0,0",
            "2023-01-01 03:00,x,1");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("PL"));

    assertThat(GridFiles.formatted(parsed))
        .hasSize(3)
        .anyMatch(p -> p.startsWith(file + ":3: error: (row)") && p.contains("negative"))
        .anyMatch(p -> p.startsWith(file + ":4: error: (row)") && p.contains("No production"))
        .anyMatch(p -> p.startsWith(file + ":5: error: (row) = '2023-01-01 03:00,x,1'"));
  }

  @Test
  void needsAZone() throws Exception {
    Path file = GridFiles.write(dir, "mix.csv", "time_utc,coal,wind", "2023-01-01 00:00,1,1");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("--zone"));
  }
}
