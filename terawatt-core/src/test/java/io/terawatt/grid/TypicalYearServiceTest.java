package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.grid.typical.SyntheticComparison;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.timeseries.HourlySeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typical-year service: synthetic years, fitting with precedence, comparisons over seeds. */
class TypicalYearServiceTest {

  /** A year of one built-in zone's synthetic intensity, as test data. */
  private static HourlySeries year(int year, long seed) {
    return TypicalYearService.synthesize("DE-LU", year, seed);
  }

  @Test
  void theSameSeedGivesTheSameYearAndTheZonesAreListed() {
    assertThat(year(2025, 3).values()).containsExactly(year(2025, 3).values());
    assertThat(year(2025, 3).values()).isNotEqualTo(year(2025, 4).values());
    assertThat(year(2024, 1).hours()).isEqualTo(8784);
    assertThat(TypicalYearService.zones()).contains("DE-LU").hasSizeGreaterThan(100);
  }

  @Test
  void aZoneWithoutATypicalYearIsRefused() {
    assertThatThrownBy(() -> TypicalYearService.synthesize("XX", 2025, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX");
  }

  @Test
  void preferredSeriesTakePrecedenceOverTheFallback() {
    ZoneSeries hourly = new ZoneSeries("A", "hourly files", List.of(year(2022, 1)));
    ZoneSeries hourlyAgain = new ZoneSeries("A", "hourly files", List.of(year(2023, 2)));
    ZoneSeries wideA = new ZoneSeries("A", "wide file", List.of(year(2022, 9)));
    ZoneSeries wideB = new ZoneSeries("B", "wide file", List.of(year(2022, 3)));

    TypicalYearFit fit =
        TypicalYearService.fit(
            new TypicalYearFitRequest(List.of(hourly, hourlyAgain), List.of(wideA, wideB)));

    assertThat(fit.size()).isEqualTo(2);
    TypicalYear a = fit.years().get(0);
    assertThat(a.zone()).isEqualTo("A");
    assertThat(a.source()).isEqualTo("hourly files");
    assertThat(a.hours()).isEqualTo(8760 * 2);
    assertThat(fit.years().get(1).source()).isEqualTo("wide file");
  }

  @Test
  void oneSeedSummarisesToThatSeedsComparison() {
    List<HourlySeries> fitYears = List.of(year(2021, 1), year(2022, 2));
    HourlySeries real = year(2023, 3);
    SyntheticComparisonRequest r =
        new SyntheticComparisonRequest("A", List.of(2021, 2022), fitYears, 2023, real, 1);

    SyntheticComparisonSummary s = TypicalYearService.compare(r);

    TypicalYear ty =
        TypicalYearService.fit(
                new TypicalYearFitRequest(
                    List.of(new ZoneSeries("A", "fit [2021, 2022]", fitYears)), List.of()))
            .years()
            .get(0);
    SyntheticComparison c =
        SyntheticComparison.compare(real, SyntheticYearGenerator.generate(ty, 2023, 1));
    assertThat(s.meanOfMeans_gCO2e_per_kWh()).isEqualTo(c.synthetic().mean_gCO2e_per_kWh());
    assertThat(s.minMean_gCO2e_per_kWh()).isEqualTo(s.maxMean_gCO2e_per_kWh());
    assertThat(s.meanLag24()).isEqualTo(c.synthetic().lag24());
    assertThat(s.meanDifferencePercent()).isEqualTo(c.meanRelativeDifference() * 100);
  }

  @Test
  void moreSeedsSpreadTheSyntheticMeans() {
    SyntheticComparisonRequest r =
        new SyntheticComparisonRequest(
            "A", List.of(2022), List.of(year(2022, 1)), 2023, year(2023, 2), 5);

    SyntheticComparisonSummary s = TypicalYearService.compare(List.of(r)).get(0);

    assertThat(s.seeds()).isEqualTo(5);
    assertThat(s.minMean_gCO2e_per_kWh()).isLessThan(s.maxMean_gCO2e_per_kWh());
    assertThat(s.meanOfMeans_gCO2e_per_kWh())
        .isBetween(s.minMean_gCO2e_per_kWh(), s.maxMean_gCO2e_per_kWh());
  }
}
