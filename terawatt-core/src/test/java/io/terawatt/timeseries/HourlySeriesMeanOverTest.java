package io.terawatt.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mean over an interval weights each hour by the fraction of it the interval covers. */
class HourlySeriesMeanOverTest {
  private static final Instant MIDNIGHT = Instant.parse("2024-03-01T00:00:00Z");
  private final HourlySeries series =
      new HourlySeries(MIDNIGHT, new double[] {10, 20, 30, 40}, "gCO2e_per_kWh");

  @Test
  void meanOverWholeSeriesIsThePlainMean() {
    assertThat(series.meanOver(MIDNIGHT, Duration.ofHours(4))).isEqualTo(25.0);
    assertThat(series.mean()).isEqualTo(25.0);
  }

  @Test
  void meanInsideOneHourIsThatHoursValue() {
    assertThat(series.meanOver(MIDNIGHT.plus(Duration.ofMinutes(75)), Duration.ofMinutes(30)))
        .isEqualTo(20.0);
  }

  @Test
  void halfHoursAtBothEndsCountHalf() {
    // 00:30-02:30: (0.5 h x 10 + 1 h x 20 + 0.5 h x 30) / 2 h = 40 / 2
    double mean = series.meanOver(MIDNIGHT.plus(Duration.ofMinutes(30)), Duration.ofHours(2));

    assertThat(mean).isCloseTo(20.0, withinPercentage(1e-10));
  }

  @Test
  void unevenPartialHoursAreWeightedByCoverage() {
    // 00:40-02:30: (1/3 h x 10 + 1 h x 20 + 1/2 h x 30) / (11/6 h) = (115/3) / (11/6) = 230/11
    double mean = series.meanOver(MIDNIGHT.plus(Duration.ofMinutes(40)), Duration.ofMinutes(110));

    assertThat(mean).isCloseTo(230.0 / 11.0, withinPercentage(1e-10));
  }

  @Test
  void intervalEndingExactlyAtTheEndIsCovered() {
    // 03:15-04:00 lies in the last hour.
    assertThat(series.meanOver(MIDNIGHT.plus(Duration.ofMinutes(195)), Duration.ofMinutes(45)))
        .isCloseTo(40.0, withinPercentage(1e-10));
  }

  @Test
  void intervalRunningPastTheEndIsRejectedNamingBothRanges() {
    Instant from = Instant.parse("2024-03-01T03:00:00Z");

    assertThatThrownBy(() -> series.meanOver(from, Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2024-03-01T03:00:00Z, 2024-03-01T05:00:00Z)")
        .hasMessageContaining("[2024-03-01T00:00:00Z, 2024-03-01T04:00:00Z)")
        .hasMessageContaining("gCO2e_per_kWh");
  }

  @Test
  void intervalStartingBeforeTheSeriesIsRejectedNamingBothRanges() {
    Instant from = Instant.parse("2024-02-29T23:30:00Z");

    assertThatThrownBy(() -> series.meanOver(from, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2024-02-29T23:30:00Z, 2024-03-01T00:30:00Z)")
        .hasMessageContaining("[2024-03-01T00:00:00Z, 2024-03-01T04:00:00Z)");
  }

  @Test
  void emptyOrNegativeIntervalsAreRejected() {
    assertThatThrownBy(() -> series.meanOver(MIDNIGHT, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () -> series.meanOver(MIDNIGHT.plus(Duration.ofHours(2)), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
