package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.Signal;
import io.terawatt.io.SharedData;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each reader on a real file of the shared data folder (skipped, with a message, when the folder is
 * absent): prices, the Electricity Maps hourly and wide layouts, and WattTime's CAISO_NORTH
 * marginal signal with the forecasts WattTime issued.
 */
class RealFileReadersIT {

  private static Path shared(String relative) {
    Optional<Path> p = SharedData.find(relative);
    assumeTrue(p.isPresent(), "shared data absent: shared/data/" + relative);
    return p.get();
  }

  @Test
  void pricesOfAYearKeepNegativeHoursAndCoverEveryHour() throws Exception {
    Path file = shared("prices/DE-LU/DE-LU_electricity_prices_2023.csv");

    ParsedFile parsed = GridFileReader.read(file, ImportOptions.defaults()).orElseThrow();

    assertThat(parsed.format()).isEqualTo(GridFormat.PRICES);
    assertThat(parsed.problems()).isEmpty();
    var entry = parsed.allSeries().entrySet().iterator().next();
    assertThat(entry.getKey().zone()).isEqualTo("DE-LU");
    assertThat(entry.getKey().quantity()).isEqualTo(GridQuantity.ELECTRICITY_PRICE);
    CleanSeries clean =
        HourlyAggregator.aggregate(entry.getKey(), entry.getValue(), GapPolicy.NONE);
    assertThat(clean.hours()).isEqualTo(8760);
    assertThat(clean.report().remainingGapHours()).isZero();
    assertThat(java.util.Arrays.stream(clean.values()).min().orElseThrow()).isNegative();
  }

  @Test
  void electricityMapsHourlyGivesDirectAndLifecycleAverageSeries() throws Exception {
    Path file = shared("grid/electricitymaps-hourly/GB/GB_2023_hourly.csv");

    ParsedFile parsed = GridFileReader.read(file, ImportOptions.defaults()).orElseThrow();

    assertThat(parsed.format()).isEqualTo(GridFormat.ELECTRICITYMAPS);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.allSeries().keySet())
        .extracting(m -> m.zone() + " " + m.signal() + " " + m.basis())
        .containsExactlyInAnyOrder(
            "GB " + Signal.AVERAGE + " " + EmissionBasis.DIRECT,
            "GB " + Signal.AVERAGE + " " + EmissionBasis.LIFECYCLE);
    assertThat(parsed.allSeries().values()).allMatch(p -> p.size() == 8760);
  }

  @Test
  void theWideFileHoldsOneSeriesPerZone() throws Exception {
    Path file = shared("grid/electricitymaps-hourly-123zones-2022.csv");

    ParsedFile parsed = GridFileReader.read(file, ImportOptions.defaults()).orElseThrow();

    assertThat(parsed.format()).isEqualTo(GridFormat.ELECTRICITYMAPS_WIDE);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.allSeries()).hasSize(123);
  }

  @Test
  void wattTimeFiveMinuteMarginalDataAveragesIntoHoursAndItsForecastsAreRead() throws Exception {
    Path actual = shared("grid/watttime-caiso-north-2023/actual.csv");
    Path forecast = shared("grid/watttime-caiso-north-2023/forecast.csv");
    ImportOptions utc = ImportOptions.defaults().withTimezone(ZoneOffset.UTC);

    ParsedFile a = GridFileReader.read(actual, utc).orElseThrow();
    ParsedFile f = GridFileReader.read(forecast, utc).orElseThrow();

    assertThat(a.problems()).isEmpty();
    var entry = a.allSeries().entrySet().iterator().next();
    assertThat(entry.getKey().signal()).isEqualTo(Signal.MARGINAL);
    CleanSeries clean =
        HourlyAggregator.aggregate(entry.getKey(), entry.getValue(), GapPolicy.NONE);
    assertThat(clean.report().subHourlyPoints()).isEqualTo(entry.getValue().size());
    assertThat(clean.hours()).isEqualTo(31 * 24);
    assertThat(f.format()).isEqualTo(GridFormat.ISSUED_FORECASTS);
    assertThat(f.problems()).isEmpty();
    assertThat(f.forecasts()).hasSizeGreaterThan(100_000);
  }
}
