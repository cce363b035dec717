package io.terawatt.io.resource;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problems;
import io.terawatt.timeseries.HourlySeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a renewables.ninja point CSV (PV or wind, https://www.renewables.ninja) into an hourly
 * capacity-factor series.
 *
 * <p>The layout, as the site and its API write it: comment lines starting with {@code #} (the first
 * names the model and licence, the second holds JSON metadata with {@code "units"} and {@code
 * "params"}, among them {@code "capacity"} in kW), then a header {@code
 * time,local_time,electricity,...} or {@code time,electricity,...} and one row per hour. {@code
 * time} is UTC and names the start of the hour ({@code 2019-01-01 00:00}; {@code T}, seconds and a
 * trailing {@code Z} are accepted too); {@code local_time} and any other columns are ignored.
 * {@code electricity} is the mean output in kW of the modelled capacity, so the capacity factor is
 * {@code electricity / capacity}: the capacity given by the caller, else the {@code "capacity"} of
 * the metadata, else 1 kW.
 *
 * <p>Every problem (missing columns, unreadable or non-hourly times, gaps, repeats, values that are
 * not numbers or not in 0..1 once divided) is collected and reported together.
 */
public final class RenewablesNinjaReader {
  private static final Pattern CAPACITY = Pattern.compile("\"capacity\"\\s*:\\s*\"?([-+0-9.eE]+)");

  private RenewablesNinjaReader() {}

  /**
   * Reads a file whose capacity is in its metadata, or 1 kW when it has none.
   *
   * @throws InvalidInputException with every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static HourlySeries read(Path file) throws IOException, InvalidInputException {
    return read(file, Double.NaN);
  }

  /**
   * Reads a file modelled for {@code capacity_kW} of installed capacity.
   *
   * @param capacity_kW the installed capacity behind {@code electricity}, above 0; NaN to use the
   *     file's metadata (or 1 kW)
   * @throws InvalidInputException with every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static HourlySeries read(Path file, double capacity_kW)
      throws IOException, InvalidInputException {
    if (!Double.isNaN(capacity_kW) && !(capacity_kW > 0 && Double.isFinite(capacity_kW))) {
      throw new IllegalArgumentException(
          "The capacity (" + capacity_kW + " kW) must be a positive number.");
    }
    Problems problems = new Problems(file.toString());
    HourlyCapacityFactors hours = new HourlyCapacityFactors(problems, "electricity");
    double capacity = capacity_kW;
    int timeColumn = -1;
    int valueColumn = -1;
    boolean header = false;
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        String trimmed = line.replace("\uFEFF", "").trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.startsWith("#")) {
          Matcher m = CAPACITY.matcher(trimmed);
          if (!header && Double.isNaN(capacity_kW) && m.find()) {
            capacity = metadataCapacity(m.group(1), lineNumber, problems);
          }
          continue;
        }
        List<String> cells = CsvLine.split(trimmed).stream().map(String::trim).toList();
        if (!header) {
          header = true;
          timeColumn = CsvLine.indexOf(cells, "time");
          valueColumn = CsvLine.indexOf(cells, "electricity");
          if (timeColumn < 0 || valueColumn < 0) {
            problems.error(
                lineNumber,
                "header",
                trimmed,
                "Expected a renewables.ninja header 'time,local_time,electricity' or"
                    + " 'time,electricity' after the '#' comment lines.");
            break;
          }
          continue;
        }
        readRow(cells, timeColumn, valueColumn, capacity, lineNumber, hours, problems);
      }
    }
    if (!header) {
      problems.error(
          lineNumber, "header", "", "No header line: the file is empty or has only comments.");
    } else if (hours.isEmpty() && !problems.hasErrors()) {
      problems.error(lineNumber, "electricity", "", "The file has a header but no hourly rows.");
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(HourlyCapacityFactors.byLine(problems));
    }
    return hours.series();
  }

  private static double metadataCapacity(String text, int line, Problems problems) {
    try {
      double c = Double.parseDouble(text);
      if (c > 0 && Double.isFinite(c)) {
        return c;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.error(line, "params.capacity", text, "The capacity must be a positive number (kW).");
    return 1;
  }

  private static void readRow(
      List<String> cells,
      int timeColumn,
      int valueColumn,
      double capacity,
      int line,
      HourlyCapacityFactors hours,
      Problems problems) {
    if (cells.size() <= Math.max(timeColumn, valueColumn)) {
      problems.error(
          line,
          "(row)",
          String.join(",", cells),
          "The row has "
              + cells.size()
              + " cells; the header needs at least "
              + (Math.max(timeColumn, valueColumn) + 1)
              + ".");
      hours.unknownHour();
      return;
    }
    String timeText = cells.get(timeColumn);
    String valueText = cells.get(valueColumn);
    long epochHour;
    try {
      epochHour = epochHour(timeText);
    } catch (DateTimeParseException e) {
      problems.error(
          line, "time", timeText, "Cannot read this time; expected UTC like 2019-01-01 00:00.");
      hours.unknownHour();
      return;
    } catch (IllegalArgumentException e) {
      problems.error(line, "time", timeText, e.getMessage());
      hours.unknownHour();
      return;
    }
    double kW;
    try {
      kW = Double.parseDouble(valueText);
    } catch (NumberFormatException e) {
      problems.error(line, "electricity", valueText, "Not a number (kW).");
      hours.skip(epochHour, line);
      return;
    }
    hours.add(epochHour, kW / (Double.isNaN(capacity) ? 1 : capacity), line, valueText);
  }

  /** Hours since the epoch of a UTC time on a whole hour. */
  static long epochHour(String text) {
    String t = text.trim();
    if (t.endsWith("Z") || t.endsWith("z")) {
      t = t.substring(0, t.length() - 1);
    }
    t = t.replace('T', ' ');
    if (t.length() == 16) {
      t = t + ":00";
    }
    LocalDateTime time = LocalDateTime.parse(t.replace(' ', 'T'));
    if (time.getMinute() != 0 || time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException(
          "The time is not on a whole hour; renewables.ninja rows start on whole UTC hours.");
    }
    return Math.floorDiv(time.toEpochSecond(ZoneOffset.UTC), 3600L);
  }
}
