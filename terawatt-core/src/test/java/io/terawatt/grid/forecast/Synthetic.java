package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Random;

/** Seeded synthetic hourly series for the forecast tests. */
final class Synthetic {
  static final String UNIT = "gCO2e_per_kWh";

  /** A Monday, so that hour {@code i} falls on weekday {@code (i / 24) % 7}, Monday = 0. */
  static final Instant MONDAY = Instant.parse("2024-01-01T00:00:00Z");

  private Synthetic() {}

  /**
   * A noiseless pattern that repeats every week: a daily wave plus a level per weekday. Saturday
   * and Sunday are lower.
   */
  static double weeklyPattern(int hour) {
    int hourOfDay = hour % 24;
    int weekday = (hour / 24) % 7;
    double weekdayLevel = weekday >= 5 ? -60 : 10 * weekday;
    return 300 + 100 * Math.sin(2 * Math.PI * hourOfDay / 24) + weekdayLevel;
  }

  /** {@link #weeklyPattern} for {@code hours} hours from {@link #MONDAY}. */
  static HourlySeries weekly(int hours) {
    double[] values = new double[hours];
    for (int i = 0; i < hours; i++) {
      values[i] = weeklyPattern(i);
    }
    return new HourlySeries(MONDAY, values, UNIT);
  }

  /**
   * A daily wave and a weekend dip on a level that shifts from day to day as an AR(1) process in
   * log space ({@code level' = 0.8 · level + N(0, 0.15²)}), with 2 % hourly noise.
   */
  static HourlySeries levelShifts(long seed, int days) {
    Random random = new Random(seed);
    double[] values = new double[days * 24];
    double level = 0;
    for (int day = 0; day < days; day++) {
      level = 0.8 * level + 0.15 * random.nextGaussian();
      boolean weekend = day % 7 >= 5;
      for (int hour = 0; hour < 24; hour++) {
        double wave = 1 + 0.3 * Math.sin(2 * Math.PI * (hour - 8) / 24);
        double noise = 1 + 0.02 * random.nextGaussian();
        values[day * 24 + hour] = 300 * Math.exp(level) * wave * (weekend ? 0.85 : 1) * noise;
      }
    }
    return new HourlySeries(MONDAY, values, UNIT);
  }

  /** A series of the given values from {@link #MONDAY}. */
  static HourlySeries of(double... values) {
    return new HourlySeries(MONDAY, values, UNIT);
  }

  /** The instant {@code hours} hours after {@link #MONDAY}. */
  static Instant hour(int hours) {
    return MONDAY.plusSeconds(3600L * hours);
  }
}
