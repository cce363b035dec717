package io.terawatt.io.grid;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.timeseries.HourlySeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an hourly, location-based average carbon-intensity series in gCO2e/kWh.
 *
 * <p>Two layouts: a generic CSV whose first column is a UTC time and whose second is {@code
 * gCO2e_per_kWh}; and Electricity Maps' hourly export ({@code Datetime (UTC)} with {@code Carbon
 * Intensity gCO₂eq/kWh (LCA)}, the life-cycle column). Rows must be consecutive hours; a gap or a
 * duplicate is an error naming the line, never filled silently.
 */
public final class IntensitySeriesReader {
  private IntensitySeriesReader() {}

  /** Reads the file; all problems (up to 20) are reported together. */
  public static HourlySeries read(Path file) throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Instant start = null;
    Instant expected = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new InvalidInputException(List.of(problem(file, 1, "", "The series file is empty.")));
      }
      String[] names = header.replace("\uFEFF", "").split(",");
      int timeColumn = 0;
      int valueColumn = 1;
      for (int i = 0; i < names.length; i++) {
        String n = names[i].trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("datetime (utc)")) {
          timeColumn = i;
        }
        if (n.startsWith("carbon intensity")
            && (n.endsWith("(lca)") || n.endsWith("(life cycle)"))) {
          valueColumn = i;
        }
      }
      if (names.length < 2) {
        throw new InvalidInputException(
            List.of(
                problem(
                    file,
                    1,
                    header,
                    "Expected at least two columns: a UTC time and gCO2e_per_kWh.")));
      }
      String line;
      int lineNumber = 1;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length <= Math.max(timeColumn, valueColumn)) {
          cap(problems, problem(file, lineNumber, line, "Too few columns."));
          continue;
        }
        Instant t;
        try {
          t = parseTime(cells[timeColumn].trim());
        } catch (DateTimeParseException e) {
          cap(
              problems,
              problem(
                  file,
                  lineNumber,
                  cells[timeColumn],
                  "Cannot read this row: not a UTC time (" + e.getMessage() + ")"));
          if (expected != null) {
            expected = expected.plus(Duration.ofHours(1));
          }
          continue;
        }
        if (start == null) {
          if (!t.truncatedTo(ChronoUnit.HOURS).equals(t)) {
            cap(
                problems,
                problem(
                    file,
                    lineNumber,
                    cells[timeColumn],
                    "The series must start on a whole UTC hour; 5- and 30-minute data must be"
                        + " averaged to hours first."));
          }
          start = t.truncatedTo(ChronoUnit.HOURS);
          expected = t;
        }
        if (!t.equals(expected)) {
          cap(
              problems,
              problem(
                  file,
                  lineNumber,
                  cells[timeColumn],
                  "Expected the hour " + expected + ": series must be consecutive UTC hours."));
        }
        expected = t.plus(Duration.ofHours(1));
        try {
          double v = Double.parseDouble(cells[valueColumn].trim());
          if (!(v >= 0) || v > 3000) {
            cap(
                problems,
                problem(
                    file,
                    lineNumber,
                    cells[valueColumn],
                    "An intensity must be between 0 and 3000 gCO2e/kWh."));
            continue;
          }
          values.add(v);
        } catch (NumberFormatException e) {
          cap(
              problems,
              problem(
                  file,
                  lineNumber,
                  cells[valueColumn],
                  "Cannot read this row: not a number (" + e.getMessage() + ")"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (values.isEmpty()) {
      throw new InvalidInputException(List.of(problem(file, 0, "", "The series has no rows.")));
    }
    double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
    return new HourlySeries(start, array, "gCO2e_per_kWh");
  }

  static Instant parseTime(String text) {
    String t = text.replace(' ', 'T');
    if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return OffsetDateTime.parse(t).toInstant();
    }
    return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
  }

  private static void cap(List<Problem> problems, Problem p) {
    if (problems.size() < 20) {
      problems.add(p);
    }
  }

  private static Problem problem(Path file, int line, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file.toString(), line, 0, "(row)", value, message);
  }
}
