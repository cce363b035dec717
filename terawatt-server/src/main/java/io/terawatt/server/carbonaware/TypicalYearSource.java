package io.terawatt.server.carbonaware;

import io.terawatt.grid.typical.TypicalYear;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A built-in typical year served as an hourly series over a fixed span of calendar years: each hour
 * takes the mean of its (month, weekday or weekend, UTC hour) cell.
 */
public final class TypicalYearSource implements IntensitySource {
  /** First year served from built-in typical years. */
  public static final int FIRST_YEAR = 2020;

  /** Last year served from built-in typical years (the outlook horizon). */
  public static final int LAST_YEAR = 2050;

  private static final long START_HOUR = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * 24;
  private static final long END_HOUR = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() * 24;

  private final TypicalYear year;
  private final double[] cells;

  /** Serves {@code year}. */
  public TypicalYearSource(TypicalYear year) {
    this.year = year;
    this.cells = year.meanByMonthDayTypeHour_gCO2e_per_kWh();
  }

  @Override
  public String location() {
    return year.zone();
  }

  @Override
  public String origin() {
    return "built-in typical year";
  }

  @Override
  public Instant start() {
    return Instant.ofEpochSecond(START_HOUR * 3600);
  }

  @Override
  public Instant end() {
    return Instant.ofEpochSecond(END_HOUR * 3600);
  }

  @Override
  public double intensityAt_gCO2e_per_kWh(long epochHour) {
    if (epochHour < START_HOUR || epochHour >= END_HOUR) {
      return Double.NaN;
    }
    long day = Math.floorDiv(epochHour, 24);
    int hour = (int) Math.floorMod(epochHour, 24);
    LocalDate date = LocalDate.ofEpochDay(day);
    int dow = date.getDayOfWeek().getValue();
    int cell = ((date.getMonthValue() - 1) * 2 + (dow >= 6 ? 1 : 0)) * 24 + hour;
    return cells[cell];
  }
}
