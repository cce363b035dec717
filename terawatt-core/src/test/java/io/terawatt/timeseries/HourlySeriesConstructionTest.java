package io.terawatt.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An hourly series starts on a whole UTC hour and owns a private copy of its values. */
class HourlySeriesConstructionTest {
  private static final Instant MIDNIGHT = Instant.parse("2024-03-01T00:00:00Z");

  @Test
  void rejectsAStartThatIsNotAWholeHour() {
    Instant halfPast = Instant.parse("2024-03-01T00:30:00Z");

    assertThatThrownBy(() -> new HourlySeries(halfPast, new double[] {1}, "gCO2e_per_kWh"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(halfPast.toString())
        .hasMessageContaining("whole UTC hour");
  }

  @Test
  void rejectsAStartOneNanosecondPastTheHour() {
    assertThatThrownBy(
            () -> new HourlySeries(MIDNIGHT.plusNanos(1), new double[] {1}, "gCO2e_per_kWh"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mutatingTheCallersArrayAfterConstructionDoesNotChangeTheSeries() {
    double[] values = {100, 200, 300};
    HourlySeries series = new HourlySeries(MIDNIGHT, values, "gCO2e_per_kWh");

    values[0] = 999;

    assertThat(series.valueAt(0)).isEqualTo(100.0);
    assertThat(series.values()).containsExactly(100, 200, 300);
  }

  @Test
  void mutatingTheReturnedValuesDoesNotChangeTheSeries() {
    HourlySeries series = new HourlySeries(MIDNIGHT, new double[] {100, 200}, "MW");

    series.values()[1] = -5;

    assertThat(series.valueAt(1)).isEqualTo(200.0);
  }

  @Test
  void rejectsNonFiniteValuesNamingTheHour() {
    assertThatThrownBy(
            () -> new HourlySeries(MIDNIGHT, new double[] {1, 2, Double.NaN}, "gCO2e_per_kWh"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hour 2")
        .hasMessageContaining("2024-03-01T02:00:00Z");
  }

  @Test
  void rejectsAnEmptySeriesAndAMissingUnit() {
    assertThatThrownBy(() -> new HourlySeries(MIDNIGHT, new double[0], "MW"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HourlySeries(MIDNIGHT, new double[] {1}, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit");
  }

  @Test
  void endIsJustAfterTheLastHour() {
    HourlySeries series = new HourlySeries(MIDNIGHT, new double[] {1, 2, 3}, "MW");

    assertThat(series.hours()).isEqualTo(3);
    assertThat(series.end()).isEqualTo(Instant.parse("2024-03-01T03:00:00Z"));
  }

  @Test
  void seriesWithEqualValuesAreEqual() {
    HourlySeries a = new HourlySeries(MIDNIGHT, new double[] {1, 2}, "MW");
    HourlySeries b = new HourlySeries(MIDNIGHT, new double[] {1, 2}, "MW");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new HourlySeries(MIDNIGHT, new double[] {1, 3}, "MW"));
  }
}
