package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The comparison's statistics, checked on cases small enough to work out by hand. */
class SyntheticComparisonTest {
  private static final Instant MIDNIGHT = Instant.parse("2023-01-01T00:00:00Z");

  private static HourlySeries series(Instant start, double... values) {
    return new HourlySeries(start, values, "gCO2e_per_kWh");
  }

  @Test
  void fourHoursByHand() {
    // 1, 2, 3, 4: mean 2.5; squares 2.25 + 0.25 + 0.25 + 2.25 = 5, std sqrt(5 / 4);
    // p5 at (n - 1) 0.05 = 0.15 -> 1.15, p95 at 2.85 -> 3.85;
    // lag 1: (-1.5)(-0.5) + (-0.5)(0.5) + (0.5)(1.5) = 1.25, / 5 = 0.25.
    SeriesStatistics s = SeriesStatistics.of(series(MIDNIGHT, 1, 2, 3, 4));

    assertThat(s.hours()).isEqualTo(4);
    assertThat(s.mean_gCO2e_per_kWh()).isEqualTo(2.5);
    assertThat(s.std_gCO2e_per_kWh()).isCloseTo(Math.sqrt(1.25), within(1e-12));
    assertThat(s.p5_gCO2e_per_kWh()).isCloseTo(1.15, within(1e-12));
    assertThat(s.p95_gCO2e_per_kWh()).isCloseTo(3.85, within(1e-12));
    assertThat(s.lag1()).isCloseTo(0.25, within(1e-12));
    assertThat(s.lag24()).isNaN();
    assertThat(s.dailyMeanStd_gCO2e_per_kWh()).isNaN();
  }

  @Test
  void lag24AndDailySpreadOverTwoDays() {
    // Hour of day h has value h on day 1 and h + 10 on day 2, mean 16.5. The lag-24 products
    // sum (h - 6.5)(h - 16.5) over h = 0..23, which is 550; the squares sum to 3500.
    double[] v = new double[48];
    for (int i = 0; i < 48; i++) {
      v[i] = i % 24 + (i < 24 ? 0 : 10);
    }

    SeriesStatistics s = SeriesStatistics.of(series(MIDNIGHT, v));

    assertThat(s.mean_gCO2e_per_kWh()).isEqualTo(16.5);
    assertThat(s.lag24()).isCloseTo(550.0 / 3500.0, within(1e-12));
    // Daily means 11.5 and 21.5: standard deviation 5.
    assertThat(s.dailyMeanStd_gCO2e_per_kWh()).isCloseTo(5, within(1e-12));
  }

  @Test
  void dailySpreadUsesWholeUtcDaysOnly() {
    // Starts at 22:00: the first two hours and the last partial day are left out.
    double[] v = new double[2 + 48 + 5];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < 2 ? 1000 : (i < 26 ? 10 : (i < 50 ? 20 : 1000));
    }

    SeriesStatistics s = SeriesStatistics.of(series(Instant.parse("2022-12-31T22:00:00Z"), v));

    assertThat(s.dailyMeanStd_gCO2e_per_kWh()).isCloseTo(5, within(1e-12));
  }

  @Test
  void diurnalProfileCorrelationOverCommonHours() {
    HourlySeries real = series(MIDNIGHT, 1, 2, 3, 4);

    SyntheticComparison same = SyntheticComparison.compare(real, series(MIDNIGHT, 2, 4, 6, 8));
    SyntheticComparison reversed = SyntheticComparison.compare(real, series(MIDNIGHT, 4, 3, 2, 1));

    assertThat(same.diurnalProfileCorrelation()).isCloseTo(1, within(1e-12));
    assertThat(reversed.diurnalProfileCorrelation()).isCloseTo(-1, within(1e-12));
    assertThat(same.monthlyMeanCorrelation()).as("one month only").isNaN();
    assertThat(same.meanRelativeDifference()).isCloseTo(1, within(1e-12));
    assertThat(same.real().mean_gCO2e_per_kWh()).isEqualTo(2.5);
    assertThat(same.synthetic().mean_gCO2e_per_kWh()).isEqualTo(5);
  }

  @Test
  void monthlyMeanCorrelationOverThreeMonths() {
    // Hours 30 Jan 23:00 ... : put one hour in each of January, February (1 Feb) and March by
    // using a series that spans them, then compare month means (1, 3, 2) with (1, 2, 3):
    // means 2 and 2, covariance 1 * 0 + ... = (-1)(-1) + (1)(0) + (0)(1) = 1, variances 2 and 2.
    Instant start = Instant.parse("2023-01-31T23:00:00Z");
    int hours = 28 * 24 + 2; // 31 Jan 23:00 to 1 Mar 00:00 inclusive
    double[] real = new double[hours];
    double[] synth = new double[hours];
    for (int i = 0; i < hours; i++) {
      boolean january = i == 0;
      boolean march = i == hours - 1;
      real[i] = january ? 1 : (march ? 2 : 3);
      synth[i] = january ? 1 : (march ? 3 : 2);
    }

    SyntheticComparison c = SyntheticComparison.compare(series(start, real), series(start, synth));

    assertThat(c.monthlyMeanCorrelation()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void pearsonByHandAndUndefinedCases() {
    assertThat(SyntheticComparison.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2}))
        .isCloseTo(0.5, within(1e-12));
    assertThat(SyntheticComparison.pearson(new double[] {1, 1, 1}, new double[] {1, 3, 2})).isNaN();
    assertThat(
            SyntheticComparison.pearson(
                new double[] {1, Double.NaN, 3, 5}, new double[] {2, 9, 6, 10}))
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void otherUnitsAreRejected() {
    HourlySeries price = new HourlySeries(MIDNIGHT, new double[] {1, 2}, "USD_per_MWh");

    assertThatThrownBy(() -> SyntheticComparison.compare(price, series(MIDNIGHT, 1, 2)))
        .hasMessageContaining("The real series is in USD_per_MWh");
  }
}
