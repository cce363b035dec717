package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A signal as the source has it: time-weighted means that never average over a gap. */
class SignalSeriesTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final SeriesMetadata DE = SeriesMetadata.averageLifecycle("DE", "test");

  static Instant at(double hours) {
    return T0.plusSeconds(Math.round(hours * 3600));
  }

  @Test
  void aWholeHourIntervalIsThePlainMeanOfItsHours() {
    SignalSeries s = SignalSeries.hourly(DE, T0, new double[] {100, 200, 400});
    assertThat(s.meanOver(at(0), at(2))).isEqualTo(150.0);
    assertThat(s.meanOver(at(1), at(2))).isEqualTo(200.0);
  }

  @Test
  void partialHoursCountByTheFractionCovered() {
    SignalSeries s = SignalSeries.hourly(DE, T0, new double[] {100, 200, 400});
    assertThat(s.meanOver(at(0.5), at(2))).isCloseTo((50 + 200) / 1.5, within(1e-12));
  }

  @Test
  void meansAgreeBitForBitWithHourlySeriesOnGapFreeData() {
    double[] v = {123.456, 98.7654321, 77.1, 301.9, 42.42};
    SignalSeries s = SignalSeries.hourly(DE, T0, v);
    HourlySeries h = new HourlySeries(T0, v, "gCO2e_per_kWh");
    for (int minutes : new int[] {60, 90, 100, 137, 240}) {
      Duration d = Duration.ofMinutes(minutes);
      assertThat(s.meanOver(at(1), at(1).plus(d))).isEqualTo(h.meanOver(at(1), d));
    }
  }

  @Test
  void anIntervalTouchingAGapOrLeavingTheDataHasNoMean() {
    SignalSeries s = SignalSeries.hourly(DE, T0, new double[] {10, Double.NaN, 30});
    assertThat(s.meanOver(at(0.5), at(1.5))).isNaN();
    assertThat(s.meanOver(at(2), at(3))).isEqualTo(30.0);
    assertThat(s.meanOver(at(2), at(4))).isNaN();
    assertThat(s.meanOver(at(-1), at(1))).isNaN();
    assertThat(s.meanOver(at(1), at(1))).isNaN();
  }

  @Test
  void theSliceOfARangeIsPaddedWithGapsOnTheSeriesGrid() {
    SignalSeries s = SignalSeries.hourly(DE, T0, new double[] {10, 20});
    SignalSeries slice = s.over(at(1.5), at(3.2));
    assertThat(slice.start()).isEqualTo(at(1));
    assertThat(slice.values()).containsExactly(20, Double.NaN, Double.NaN);
    assertThat(s.over(at(0.2), at(0.2)).values()).containsExactly(10);
  }

  @Test
  void indicesFollowTheResolution() {
    SignalSeries s = new SignalSeries(DE, T0, Duration.ofMinutes(5), new double[12]);
    assertThat(s.indexOf(at(0.5))).isEqualTo(6);
    assertThat(s.firstIndexFrom(T0.plusSeconds(301))).isEqualTo(2);
    assertThat(s.end()).isEqualTo(at(1));
    assertThat(s.valueAt(12)).isNaN();
  }
}
