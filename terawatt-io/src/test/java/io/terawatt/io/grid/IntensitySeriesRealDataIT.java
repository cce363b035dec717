package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.io.SharedData;
import io.terawatt.timeseries.HourlySeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A real Electricity Maps hourly export reads as a full year; skipped without the shared data. */
class IntensitySeriesRealDataIT {
  private static final String ERCOT_2023 =
      "grid/electricitymaps-hourly/US-TEX-ERCO/US-TEX-ERCO_2023_hourly.csv";

  @Test
  void readsTexas2023AsFullYearOfPlausibleValues() throws Exception {
    Optional<Path> file = SharedData.find(ERCOT_2023);
    assumeTrue(
        file.isPresent(),
        "shared data absent: shared/data/" + ERCOT_2023 + " not found above the working directory");

    HourlySeries series = IntensitySeriesReader.read(file.get());

    assertThat(series.hours()).isEqualTo(8760);
    assertThat(series.start()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(series.mean()).isBetween(100.0, 800.0);
  }
}
