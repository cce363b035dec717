package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hourly day-ahead prices: negative prices are real and kept. */
class PriceReaderTest {
  private static final String HEADER = "Datetime (UTC),Datetime (Local),Price (USD/MWh)";

  @TempDir Path dir;

  @Test
  void keepsNegativePricesAndTakesTheZoneFromTheFileName() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "DE-LU_electricity_prices_2023.csv",
            HEADER,
            "2023-07-02 11:00:00+00:00,2023-07-02 13:00:00+02:00,-12.5",
            "2023-07-02 12:00:00+00:00,2023-07-02 14:00:00+02:00,-500.0",
            "2023-07-02 13:00:00+00:00,2023-07-02 15:00:00+02:00,35.1");

    Map<SeriesMetadata, CleanSeries> series = GridFiles.readClean(file, ImportOptions.defaults());

    SeriesMetadata meta = series.keySet().iterator().next();
    assertThat(meta.zone()).isEqualTo("DE-LU");
    assertThat(meta.quantity()).isEqualTo(GridQuantity.ELECTRICITY_PRICE);
    CleanSeries clean = series.get(meta);
    assertThat(clean.firstHour()).isEqualTo(Instant.parse("2023-07-02T11:00:00Z"));
    assertThat(clean.values()).containsExactly(-12.5, -500.0, 35.1);
    assertThat(clean.report().impossibleValues()).isZero();
  }

  @Test
  void reportsEveryBrokenRowTogether() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "FR_electricity_prices_2023.csv",
            HEADER,
            "2023-07-02 11:00:00+00:00,2023-07-02 13:00:00+02:00,20",
            "2023-07-02 12:00:00+00:00,2023-07-02 14:00:00+02:00,free",
            "2023-07-02 1300,2023-07-02 15:00:00+02:00,35.1",
            "2023-07-02 14:00:00+00:00");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.format()).isEqualTo(GridFormat.PRICES);
    assertThat(GridFiles.formatted(parsed))
        .hasSize(3)
        .anyMatch(p -> p.startsWith(file + ":3: error: (row)") && p.contains("free"))
        .anyMatch(p -> p.startsWith(file + ":4: error: (row)") && p.contains("2023-07-02 1300"))
        .anyMatch(p -> p.startsWith(file + ":5: error: (row)"));
  }

  @Test
  void withoutAZoneInTheNameAsksForOne() throws Exception {
    Path file = GridFiles.write(dir, "prices.csv", HEADER, "2023-07-02 11:00:00+00:00,x,1");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("--zone"));
  }
}
