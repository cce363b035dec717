package io.terawatt.grid.forecast;

import java.time.LocalDate;

/** Calendar facts of an hour given as whole hours since 1970-01-01T00:00Z, all in UTC. */
final class HourCalendar {
  private HourCalendar() {}

  /** The hour of the day, 0 to 23. */
  static int hourOfDay(long epochHour) {
    return (int) Math.floorMod(epochHour, 24L);
  }

  /** Whether the hour falls on a Saturday or Sunday. */
  static boolean isWeekend(long epochHour) {
    // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays, 5 on Saturdays.
    long dayOfWeek = Math.floorMod(Math.floorDiv(epochHour, 24L) + 3, 7L);
    return dayOfWeek >= 5;
  }

  /** The position in the year as an angle in radians: mid-day 1 January near 0, a turn a year. */
  static double yearAngle(long epochHour) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochHour, 24L));
    return 2 * Math.PI * (day.getDayOfYear() - 0.5) / day.lengthOfYear();
  }
}
