package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Synthetic years are seeded, calendar-complete, non-negative and keep the profile's mean. */
class SyntheticYearGeneratorTest {

  @Test
  void sameSeedGivesTheSameYearAndOtherSeedsDiffer() {
    TypicalYear ty = Profiles.ramp("DE");

    HourlySeries a = SyntheticYearGenerator.generate(ty, 2023, 42);
    HourlySeries b = SyntheticYearGenerator.generate(ty, 2023, 42);
    HourlySeries c = SyntheticYearGenerator.generate(ty, 2023, 43);

    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    int differing = 0;
    for (int i = 0; i < a.hours(); i++) {
      differing += a.valueAt(i) != c.valueAt(i) ? 1 : 0;
    }
    assertThat(differing).isGreaterThan(8700);
  }

  @Test
  void coversEveryHourOfTheUtcYear() {
    TypicalYear ty = Profiles.ramp("DE");

    HourlySeries common = SyntheticYearGenerator.generate(ty, 2023, 1);
    HourlySeries leap = SyntheticYearGenerator.generate(ty, 2024, 1);

    assertThat(common.hours()).isEqualTo(8760);
    assertThat(common.start()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(common.end()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(common.unit()).isEqualTo("gCO2e_per_kWh");
    assertThat(leap.hours()).isEqualTo(8784);
    assertThat(leap.end()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void valuesAreNeverNegative() {
    TypicalYear ty = Profiles.flat(5, 1.5, 0.5);

    for (double v : SyntheticYearGenerator.generate(ty, 2024, 7).values()) {
      assertThat(v).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void withoutSpreadTheYearIsTheProfile() {
    TypicalYear ty = Profiles.ramp("DE").scaledBy(1);
    TypicalYear still =
        new TypicalYear("DE", "s", ty.meanByMonthDayTypeHour_gCO2e_per_kWh(), 0, 0.9, 50, 8760);

    HourlySeries year = SyntheticYearGenerator.generate(still, 2023, 3);

    for (int i = 0; i < year.hours(); i++) {
      Instant hour = year.start().plus(Duration.ofHours(i));
      assertThat(year.valueAt(i)).isEqualTo(still.mean(hour));
    }
  }

  @Test
  void longRunsKeepTheProfileMean() {
    // sigma 0.4, phi 0.98: one year has about 8760 * 0.02 / 1.98 = 88 independent hours, so the
    // mean of the ratio to the profile over 30 years has a standard error of about
    // sqrt(exp(0.16) - 1) / sqrt(30 * 88) = 0.8 %.
    TypicalYear ty = Profiles.ramp("DE");
    TypicalYear spread =
        new TypicalYear(
            "DE", "s", ty.meanByMonthDayTypeHour_gCO2e_per_kWh(), 0.4, 0.98, 81.88, 8760);
    double ratioSum = 0;
    double profileSum = 0;
    double valueSum = 0;
    int n = 0;
    for (int seed = 0; seed < 30; seed++) {
      HourlySeries year = SyntheticYearGenerator.generate(spread, 2023, seed);
      for (int i = 0; i < year.hours(); i++) {
        double profile = spread.mean(year.start().plus(Duration.ofHours(i)));
        ratioSum += year.valueAt(i) / profile;
        profileSum += profile;
        valueSum += year.valueAt(i);
        n++;
      }
    }

    assertThat(ratioSum / n).isCloseTo(1, within(0.03));
    assertThat(valueSum / profileSum).isCloseTo(1, within(0.03));
  }

  @Test
  void logResidualHasTheConfiguredSpreadAndPersistence() {
    double sigma = 0.3;
    double phi = 0.9;
    TypicalYear ty = Profiles.flat(200, sigma, phi);
    int years = 10;
    double[] r = new double[years * 8760];
    for (int y = 0; y < years; y++) {
      HourlySeries year = SyntheticYearGenerator.generate(ty, 2023, 100 + y);
      for (int i = 0; i < 8760; i++) {
        r[y * 8760 + i] = Math.log(year.valueAt(i) / 200);
      }
    }
    double mean = 0;
    for (double v : r) {
      mean += v / r.length;
    }
    double squares = 0;
    double lagged = 0;
    for (int i = 0; i < r.length; i++) {
      squares += (r[i] - mean) * (r[i] - mean);
      if (i % 8760 > 0) {
        lagged += (r[i] - mean) * (r[i - 1] - mean);
      }
    }

    assertThat(mean).isCloseTo(-sigma * sigma / 2, within(0.02));
    assertThat(Math.sqrt(squares / r.length)).isCloseTo(sigma, within(0.015));
    assertThat(lagged / squares).isCloseTo(phi, within(0.01));
  }

  @Test
  void aStartInsideAnHourIsRejected() {
    assertThatThrownBy(
            () ->
                SyntheticYearGenerator.generate(
                    Profiles.ramp("DE"), Instant.parse("2023-01-01T00:30:00Z"), 24, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-01T00:30:00Z");
  }
}
