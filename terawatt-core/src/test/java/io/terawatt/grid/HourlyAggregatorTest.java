package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Clean-up of raw readings into hourly means, checked against hand-computed values. */
class HourlyAggregatorTest {
  private static final long T0 = Instant.parse("2023-06-08T00:00:00Z").getEpochSecond();
  private static final SeriesMetadata CI =
      SeriesMetadata.averageLifecycle("TEST", "hand-made readings");

  @Test
  void averagesFiveMinuteReadingsIntoHourlyMeans() {
    RawPoints raw = new RawPoints();
    // Hour 0: 1..12 (mean 6.5); hour 1: 100, 110, ..., 210 (mean 155).
    for (int i = 0; i < 12; i++) {
      raw.add(T0 + i * 300L, 0, i + 1, false, i + 2);
    }
    for (int i = 0; i < 12; i++) {
      raw.add(T0 + 3600 + i * 300L, 0, 100 + 10 * i, false, i + 14);
    }

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    assertThat(clean.firstHour()).isEqualTo(Instant.ofEpochSecond(T0));
    assertThat(clean.values()).containsExactly(new double[] {6.5, 155.0}, within(1e-9));
    CleanupReport report = clean.report();
    assertThat(report.rawPoints()).isEqualTo(24);
    assertThat(report.subHourlyPoints()).isEqualTo(24);
    assertThat(report.hours()).isEqualTo(2);
    assertThat(report.partialHours()).isZero();
    assertThat(report.gapHours()).isZero();
    assertThat(report.lastHour()).isEqualTo(Instant.ofEpochSecond(T0 + 3600));
  }

  @Test
  void timeWeightsHourLongIntervalsThatStartTenMinutesBeforeTheHour() {
    // Carbon Aware SDK style: readings at :50 lasting one hour.
    RawPoints raw = new RawPoints();
    raw.add(T0 + 50 * 60, 3600, 100, false, 1);
    raw.add(T0 + 3600 + 50 * 60, 3600, 200, false, 2);
    raw.add(T0 + 7200 + 50 * 60, 3600, 300, false, 3);

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    // 00:00 has 10 min of data (a gap); 01:00 = (50 min x 100 + 10 min x 200) / 60 min;
    // 02:00 = (50 x 200 + 10 x 300) / 60; 03:00 has 50 min of 300 (partial).
    assertThat(clean.hours()).isEqualTo(4);
    double[] v = clean.values();
    assertThat(v[0]).isNaN();
    assertThat(v[1]).isCloseTo(700.0 / 6, within(1e-9));
    assertThat(v[2]).isCloseTo(1300.0 / 6, within(1e-9));
    assertThat(v[3]).isCloseTo(300.0, within(1e-9));
    assertThat(clean.report().gapHours()).isEqualTo(1);
    assertThat(clean.report().partialHours()).isEqualTo(1);
    assertThat(clean.report().subHourlyPoints()).isZero();
  }

  @Test
  void mergesDuplicatesAndCountsOnlyThoseWithDifferentValuesAsConflicts() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, 100, false, 2);
    raw.add(T0, 3600, 100, false, 3); // same value: duplicate, no conflict
    raw.add(T0 + 3600, 3600, 100, false, 4);
    raw.add(T0 + 3600, 3600, 200, false, 5); // different value: conflict, mean used
    raw.add(T0 + 7200, 3600, 50, false, 6);

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    assertThat(clean.values()).containsExactly(new double[] {100, 150, 50}, within(1e-9));
    assertThat(clean.report().duplicatePoints()).isEqualTo(2);
    assertThat(clean.report().conflictingDuplicates()).isEqualTo(1);
  }

  @Test
  void rejectsNegativeAndAboveThreeThousandIntensitiesNamingTheirLines() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, 200, false, 2);
    raw.add(T0 + 3600, 3600, -5, false, 3);
    raw.add(T0 + 7200, 3600, 3500, false, 4);
    raw.add(T0 + 10800, 3600, 3000, false, 5); // the bound itself is possible
    raw.add(T0 + 14400, 3600, 0, false, 6);

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    CleanupReport report = clean.report();
    assertThat(report.impossibleValues()).isEqualTo(2);
    assertThat(report.impossibleExamples()).containsExactly("line 3: -5.0", "line 4: 3500.0");
    assertThat(clean.values()[0]).isEqualTo(200);
    assertThat(clean.values()[1]).isNaN();
    assertThat(clean.values()[2]).isNaN();
    assertThat(clean.values()[3]).isEqualTo(3000);
    assertThat(clean.values()[4]).isZero();
    assertThat(report.gapHours()).isEqualTo(2);
  }

  @Test
  void keepsAtMostTenImpossibleExamplesButCountsAll() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, 100, false, 1);
    for (int i = 1; i <= 15; i++) {
      raw.add(T0 + i * 3600L, 3600, -i, false, i + 1);
    }

    CleanupReport report = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE).report();

    assertThat(report.impossibleValues()).isEqualTo(15);
    assertThat(report.impossibleExamples()).hasSize(10).first().isEqualTo("line 2: -1.0");
  }

  @Test
  void keepsNegativePricesThatWouldBeImpossibleIntensities() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, -42.5, false, 2);
    raw.add(T0 + 3600, 3600, 80, false, 3);

    CleanSeries clean =
        HourlyAggregator.aggregate(SeriesMetadata.price("DE-LU", "test"), raw, GapPolicy.NONE);

    assertThat(clean.values()).containsExactly(-42.5, 80.0);
    assertThat(clean.report().impossibleValues()).isZero();
  }

  @Test
  void failsWhenEveryReadingIsImpossible() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, -1, false, 7);
    raw.add(T0 + 3600, 3600, 4000, false, 8);

    assertThatThrownBy(() -> HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEST average lifecycle")
        .hasMessageContaining("line 7: -1.0");
  }

  @Test
  void failsOnASeriesWithoutReadings() {
    assertThatThrownBy(() -> HourlyAggregator.aggregate(CI, new RawPoints(), GapPolicy.LINEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no readings");
  }

  @Test
  void leavesGapsAsNaNWithoutAPolicyAndCountsThem() {
    CleanSeries clean =
        HourlyAggregator.aggregate(CI, hourly(10, 20, NAN, NAN, 50), GapPolicy.NONE);

    assertThat(clean.values()[2]).isNaN();
    assertThat(clean.values()[3]).isNaN();
    assertThat(clean.report().gapHours()).isEqualTo(2);
    assertThat(clean.report().filledHours()).isZero();
    assertThat(clean.report().remainingGapHours()).isEqualTo(2);
    assertThat(clean.report().policy()).isEqualTo(GapPolicy.NONE);
    assertThat(clean.estimated()).containsExactly(false, false, false, false, false);
    assertThat(clean.toGridSeries()).isEmpty();
  }

  @Test
  void fillsGapsLinearlyAndFlagsThemEstimated() {
    CleanSeries clean =
        HourlyAggregator.aggregate(CI, hourly(10, 20, NAN, NAN, 50), GapPolicy.LINEAR);

    assertThat(clean.values()).containsExactly(new double[] {10, 20, 30, 40, 50}, within(1e-9));
    assertThat(clean.estimated()).containsExactly(false, false, true, true, false);
    assertThat(clean.report().filledHours()).isEqualTo(2);
    assertThat(clean.report().remainingGapHours()).isZero();
    GridSeries series = clean.toGridSeries().orElseThrow();
    assertThat(series.estimatedHours()).isEqualTo(2);
    assertThat(series.hours()).isEqualTo(5);
  }

  @Test
  void fillsGapsWithThePreviousHour() {
    CleanSeries clean =
        HourlyAggregator.aggregate(CI, hourly(10, 20, NAN, NAN, 50), GapPolicy.PREVIOUS);

    assertThat(clean.values()).containsExactly(10, 20, 20, 20, 50);
    assertThat(clean.report().filledHours()).isEqualTo(2);
  }

  @Test
  void fillsGapsWithTheSameHourOfThePreviousDay() {
    double[] values = new double[27];
    for (int h = 0; h < 24; h++) {
      values[h] = 100 + h;
    }
    values[24] = 500;
    values[25] = NAN;
    values[26] = 700;

    CleanSeries clean = HourlyAggregator.aggregate(CI, hourly(values), GapPolicy.SEASONAL_24H);

    // Hour 25 takes hour 1 (101), not the linear 600.
    assertThat(clean.values()[25]).isEqualTo(101);
    assertThat(clean.estimated()[25]).isTrue();
    assertThat(clean.report().filledHours()).isEqualTo(1);
  }

  @Test
  void seasonalFillFallsBackToLinearWithinTheFirstDay() {
    CleanSeries clean = HourlyAggregator.aggregate(CI, hourly(10, NAN, 30), GapPolicy.SEASONAL_24H);

    assertThat(clean.values()).containsExactly(new double[] {10, 20, 30}, within(1e-9));
  }

  @Test
  void countsAnHourCoveredLessThanHalfAsAGap() {
    RawPoints raw = new RawPoints();
    for (int i = 0; i < 12; i++) {
      raw.add(T0 + i * 300L, 300, 100, false, i + 2);
    }
    // Hour 1 has 5 x 5 min = 25 min (< half): a gap; hour 2 has 6 x 5 min = 30 min: kept.
    for (int i = 0; i < 5; i++) {
      raw.add(T0 + 3600 + i * 300L, 300, 200, false, 20 + i);
    }
    for (int i = 0; i < 6; i++) {
      raw.add(T0 + 7200 + i * 300L, 300, 300, false, 30 + i);
    }

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    assertThat(clean.values()[0]).isEqualTo(100);
    assertThat(clean.values()[1]).isNaN();
    assertThat(clean.values()[2]).isEqualTo(300);
    assertThat(clean.report().gapHours()).isEqualTo(1);
    assertThat(clean.report().partialHours()).isEqualTo(1);
  }

  @Test
  void carriesProviderEstimatedFlagsIntoTheirHours() {
    RawPoints raw = new RawPoints();
    raw.add(T0, 3600, 100, false, 2);
    raw.add(T0 + 3600, 3600, 110, true, 3);

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    assertThat(clean.estimated()).containsExactly(false, true);
  }

  @Test
  void sortsReadingsThatArriveOutOfOrder() {
    RawPoints raw = new RawPoints();
    raw.add(T0 + 7200, 3600, 30, false, 2);
    raw.add(T0, 3600, 10, false, 3);
    raw.add(T0 + 3600, 3600, 20, false, 4);

    CleanSeries clean = HourlyAggregator.aggregate(CI, raw, GapPolicy.NONE);

    assertThat(clean.firstHour()).isEqualTo(Instant.ofEpochSecond(T0));
    assertThat(clean.values()).containsExactly(10, 20, 30);
  }

  @Test
  void infersAMissingDurationAsTheMedianStepCappedAtOneHour() {
    RawPoints fiveMinutes = new RawPoints();
    fiveMinutes.add(T0, 0, 1, false, 1);
    fiveMinutes.add(T0 + 300, 0, 1, false, 2);
    fiveMinutes.add(T0 + 600, 0, 1, false, 3);
    RawPoints daily = new RawPoints();
    daily.add(T0, 0, 1, false, 1);
    daily.add(T0 + 86_400, 0, 1, false, 2);
    RawPoints single = new RawPoints();
    single.add(T0, 0, 1, false, 1);

    fiveMinutes.inferMissingDurations();
    daily.inferMissingDurations();
    single.inferMissingDurations();

    assertThat(fiveMinutes.duration(0)).isEqualTo(300);
    assertThat(daily.duration(1)).isEqualTo(3600);
    assertThat(single.duration(0)).isEqualTo(3600);
  }

  private static final double NAN = Double.NaN;

  /** Hourly readings from T0, one per hour; NaN entries are left out (missing hours). */
  private static RawPoints hourly(double... values) {
    RawPoints raw = new RawPoints();
    for (int h = 0; h < values.length; h++) {
      if (!Double.isNaN(values[h])) {
        raw.add(T0 + h * 3600L, 3600, values[h], false, h + 2);
      }
    }
    return raw;
  }
}
