package io.terawatt.io.report;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.util.Locale;

/** Writes a synthetic hourly intensity year as CSV. */
public final class SyntheticYearWriter {
  private SyntheticYearWriter() {}

  /** CSV: {@code time,gCO2e_per_kWh}, two decimals. */
  public static String csv(HourlySeries s) {
    StringBuilder b = new StringBuilder(s.hours() * 32).append("time,gCO2e_per_kWh\n");
    for (int i = 0; i < s.hours(); i++) {
      b.append(s.start().plus(Duration.ofHours(i)))
          .append(',')
          .append(String.format(Locale.ROOT, "%.2f", s.valueAt(i)))
          .append('\n');
    }
    return b.toString();
  }
}
