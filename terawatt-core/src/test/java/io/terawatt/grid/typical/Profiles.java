package io.terawatt.grid.typical;

import io.terawatt.timeseries.HourlySeries;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.IntToDoubleFunction;

/** Known profiles and series built from them, independent of the code under test. */
final class Profiles {
  static final String UNIT = "gCO2e_per_kWh";

  private Profiles() {}

  /** A profile that differs by month, day type and hour: 100 + 10 month + 50 weekend + 2 hour. */
  static double known(ZonedDateTime utc) {
    DayOfWeek d = utc.getDayOfWeek();
    boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    return 100 + 10 * utc.getMonthValue() + (weekend ? 50 : 0) + 2 * utc.getHour();
  }

  /** {@link #known} at every hour of the UTC year, times {@code factor(hourIndex)}. */
  static HourlySeries year(int year, IntToDoubleFunction factor) {
    Instant start = Instant.parse(year + "-01-01T00:00:00Z");
    int hours = java.time.Year.of(year).length() * 24;
    double[] v = new double[hours];
    for (int i = 0; i < hours; i++) {
      ZonedDateTime t = start.plus(Duration.ofHours(i)).atZone(ZoneOffset.UTC);
      v[i] = known(t) * factor.applyAsDouble(i);
    }
    return new HourlySeries(start, v, UNIT);
  }

  /** A typical year with a flat profile. */
  static TypicalYear flat(double mean, double sigma, double lag1) {
    double[] means = new double[TypicalYear.CELLS];
    java.util.Arrays.fill(means, mean);
    return new TypicalYear("XX", "test", means, sigma, lag1, mean, 8760);
  }

  /** A typical year whose cell {@code i} has mean {@code 10 + i / 4}. */
  static TypicalYear ramp(String zone) {
    double[] means = new double[TypicalYear.CELLS];
    for (int i = 0; i < means.length; i++) {
      means[i] = 10 + i / 4.0;
    }
    return new TypicalYear(zone, "ramp test, " + zone, means, 0.3127, 0.9712, 81.88, 17520);
  }
}
