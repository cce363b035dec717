package io.terawatt.io.resource;

import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects capacity factors hour by hour, in file order, and checks that the hours run on without
 * gaps, repeats or reversals and that every value lies in 0..1.
 */
final class HourlyCapacityFactors {
  /** The unit of the series, as {@code SolarProfile.UNIT} in core. */
  static final String UNIT = "capacity_factor";

  /** Rounding slack above 1 that is still accepted (and clipped to 1). */
  static final double TOLERANCE = 1e-6;

  private final Problems problems;
  private final String valueField;
  private double[] values = new double[8784];
  private int size;
  private long firstHour = Long.MIN_VALUE;
  private long lastHour;
  private int lastLine;
  private boolean afterUnknown;

  HourlyCapacityFactors(Problems problems, String valueField) {
    this.problems = problems;
    this.valueField = valueField;
  }

  /**
   * Adds one hour.
   *
   * @param epochHour hours since 1970-01-01T00:00Z of the hour's start
   * @param capacityFactor the value (already divided by the capacity)
   * @param line the file line, for problems
   * @param written the value as written, for problems
   */
  void add(long epochHour, double capacityFactor, int line, String written) {
    if (!(capacityFactor >= 0 && capacityFactor <= 1 + TOLERANCE)) {
      problems.error(
          line,
          valueField,
          written,
          "A capacity factor must be between 0 and 1; this is "
              + capacityFactor
              + ". Check the installed capacity given for the file.");
      capacityFactor = 0;
    }
    if (advance(epochHour, line)) {
      append(Math.min(1, capacityFactor));
    }
  }

  /** Takes the place of an hour whose value could not be read, so that no gap is reported. */
  void skip(long epochHour, int line) {
    if (advance(epochHour, line)) {
      append(0);
    }
  }

  private void append(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  /**
   * Marks a row whose hour could not be read: the next hour is not checked for a gap, since the row
   * may have been it.
   */
  void unknownHour() {
    afterUnknown = true;
  }

  /** Checks that an hour follows the last one; records a problem and returns false if not. */
  private boolean advance(long epochHour, int line) {
    boolean unchecked = afterUnknown;
    afterUnknown = false;
    if (firstHour == Long.MIN_VALUE) {
      firstHour = epochHour;
    } else if (epochHour != lastHour + 1 && !(unchecked && epochHour > lastHour)) {
      String what =
          epochHour <= lastHour
              ? "repeats or goes back before the hour on line " + lastLine
              : "leaves a gap of "
                  + (epochHour - lastHour - 1)
                  + " hour(s) after the hour on line "
                  + lastLine;
      problems.error(
          line, "time", Instant.ofEpochSecond(epochHour * 3600).toString(), "This hour " + what);
      // Later hours are checked against the latest hour seen, so one gap gives one problem.
      lastHour = Math.max(lastHour, epochHour);
      lastLine = line;
      return false;
    }
    lastHour = epochHour;
    lastLine = line;
    return true;
  }

  /** Whether no hour was added. */
  boolean isEmpty() {
    return size == 0 && firstHour == Long.MIN_VALUE;
  }

  /** Every problem recorded so far, ordered by line (file-level problems, line 0, first). */
  static List<Problem> byLine(Problems problems) {
    return problems.all().stream().sorted(Comparator.comparingInt(Problem::line)).toList();
  }

  /** The series; call only when there were no errors and at least one hour. */
  HourlySeries series() {
    return new HourlySeries(
        Instant.ofEpochSecond(firstHour * 3600), Arrays.copyOf(values, size), UNIT);
  }
}
