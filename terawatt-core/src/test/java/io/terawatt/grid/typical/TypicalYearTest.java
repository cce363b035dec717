package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** The typical year validates its fields, indexes its cells by UTC month, day type and hour. */
class TypicalYearTest {

  @Test
  void cellsAreMonthMajorThenDayTypeThenHour() {
    assertThat(TypicalYear.cellIndex(Month.JANUARY, false, 0)).isZero();
    assertThat(TypicalYear.cellIndex(Month.JANUARY, true, 0)).isEqualTo(24);
    assertThat(TypicalYear.cellIndex(Month.FEBRUARY, false, 3)).isEqualTo(51);
    assertThat(TypicalYear.cellIndex(Month.DECEMBER, true, 23)).isEqualTo(575);
    assertThat(TypicalYear.describeCell(101)).isEqualTo("March weekday 05:00 UTC (cell 101)");
    assertThat(TypicalYear.describeCell(125)).isEqualTo("March weekend 05:00 UTC (cell 125)");
  }

  @Test
  void instantsFallInTheirUtcCell() {
    // 2023-03-04 is a Saturday; 23:00 UTC is still Saturday in UTC.
    assertThat(TypicalYear.cellIndex(Instant.parse("2023-03-04T23:00:00Z")))
        .isEqualTo(TypicalYear.cellIndex(Month.MARCH, true, 23));
    // 2023-03-06 is a Monday.
    assertThat(TypicalYear.cellIndex(Instant.parse("2023-03-06T00:00:00Z")))
        .isEqualTo(TypicalYear.cellIndex(Month.MARCH, false, 0));
  }

  @Test
  void meanReadsTheCell() {
    TypicalYear ty = Profiles.ramp("DE");

    assertThat(ty.mean(Month.FEBRUARY, false, 3)).isEqualTo(10 + 51 / 4.0);
    assertThat(ty.mean(Instant.parse("2023-12-31T23:00:00Z"))).isEqualTo(10 + 575 / 4.0);
  }

  @Test
  void meansAreCopiedInAndOut() {
    double[] means = new double[TypicalYear.CELLS];
    TypicalYear ty = new TypicalYear("DE", "s", means, 0.1, 0.5, 0, 1);
    means[0] = 99;
    ty.meanByMonthDayTypeHour_gCO2e_per_kWh()[1] = 99;

    assertThat(ty.mean(Month.JANUARY, false, 0)).isZero();
    assertThat(ty.mean(Month.JANUARY, false, 1)).isZero();
  }

  @Test
  void scaledByMultipliesEveryMean() {
    TypicalYear ty = Profiles.ramp("DE").scaledBy(0.5);

    assertThat(ty.mean(Month.DECEMBER, true, 23)).isEqualTo((10 + 575 / 4.0) / 2);
    assertThat(ty.annualMean_gCO2e_per_kWh()).isEqualTo(81.88 / 2);
    assertThat(ty.logResidualSigma()).isEqualTo(0.3127);
  }

  @Test
  void equalityComparesTheMeans() {
    assertThat(Profiles.ramp("DE")).isEqualTo(Profiles.ramp("DE"));
    assertThat(Profiles.ramp("DE").hashCode()).isEqualTo(Profiles.ramp("DE").hashCode());
    assertThat(Profiles.ramp("DE")).isNotEqualTo(Profiles.ramp("DE").scaledBy(2));
  }

  @Test
  void wrongNumberOfCellsIsRejected() {
    assertThatThrownBy(() -> new TypicalYear("DE", "s", new double[575], 0.1, 0.5, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DE")
        .hasMessageContaining("576")
        .hasMessageContaining("575");
  }

  @Test
  void negativeMeanIsRejectedNamingItsCell() {
    double[] means = new double[TypicalYear.CELLS];
    means[101] = -1;

    assertThatThrownBy(() -> new TypicalYear("DE", "s", means, 0.1, 0.5, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("March weekday 05:00 UTC");
  }

  @Test
  void nonStationaryLagOrNegativeSigmaIsRejected() {
    double[] means = new double[TypicalYear.CELLS];

    assertThatThrownBy(() -> new TypicalYear("DE", "s", means, 0.1, 1.0, 1, 1))
        .hasMessageContaining("logResidualLag1");
    assertThatThrownBy(() -> new TypicalYear("DE", "s", means, -0.1, 0.5, 1, 1))
        .hasMessageContaining("logResidualSigma");
    assertThatThrownBy(() -> new TypicalYear("DE", "s", means, 0.1, 0.5, 1, 0))
        .hasMessageContaining("hours");
    assertThatThrownBy(() -> new TypicalYear(" ", "s", means, 0.1, 0.5, 1, 1))
        .hasMessageContaining("zone");
  }
}
