package io.terawatt.io.schedule;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.BatchJob;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a batch-job CSV: {@code job_id, arrival_time, length_hours, slack_hours, power_kW,
 * interruptible}, with optional columns {@code allowed_regions} (separated by {@code ;}), {@code
 * home_region}, {@code restore_overhead_hours} and {@code data_GB} (data moved when the job runs
 * away from home).
 *
 * <p>{@code arrival_time} is either a UTC time (ISO-8601, for example {@code 2023-03-01T14:00Z} or
 * {@code 2023-03-01 14:00}) or a number of hours after the start of the simulated period. Arrivals
 * are floored to the hour. Every problem in the file is reported together, with line, column and
 * value.
 */
public final class JobsCsvReader {
  private static final List<String> REQUIRED =
      List.of("job_id", "arrival_time", "length_hours", "slack_hours", "power_kW", "interruptible");

  private JobsCsvReader() {}

  /**
   * Reads the jobs of {@code file}; arrivals before {@code periodStart} are an error.
   *
   * @throws InvalidInputException listing every problem
   */
  public static List<BatchJob> read(Path file, Instant periodStart)
      throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<BatchJob> jobs = new ArrayList<>();
    String name = file.toString();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = r.readLine();
      if (headerLine == null) {
        throw new InvalidInputException(
            List.of(
                error(
                    name,
                    1,
                    0,
                    "",
                    "",
                    "The jobs file is empty; it needs the header "
                        + String.join(",", REQUIRED)
                        + ".")));
      }
      List<String> header = new ArrayList<>();
      for (String h : CsvLine.split(headerLine.replace("\uFEFF", ""))) {
        header.add(h.trim());
      }
      int[] col = new int[REQUIRED.size()];
      for (int i = 0; i < REQUIRED.size(); i++) {
        col[i] = indexOfIgnoringCase(header, REQUIRED.get(i));
        if (col[i] < 0) {
          problems.add(
              error(
                  name,
                  1,
                  0,
                  REQUIRED.get(i),
                  "",
                  "Missing column "
                      + REQUIRED.get(i)
                      + "; the header must include "
                      + String.join(",", REQUIRED)
                      + "."));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      int allowedCol = indexOfIgnoringCase(header, "allowed_regions");
      int homeCol = indexOfIgnoringCase(header, "home_region");
      int overheadCol = indexOfIgnoringCase(header, "restore_overhead_hours");
      int dataCol = indexOfIgnoringCase(header, "data_GB");
      Set<String> ids = new HashSet<>();
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = CsvLine.split(line);
        int before = problems.size();
        String id = cell(cells, col[0]);
        if (id.isEmpty()) {
          problems.add(error(name, lineNo, col[0] + 1, "job_id", id, "A job needs an id."));
        } else if (!ids.add(id)) {
          problems.add(error(name, lineNo, col[0] + 1, "job_id", id, "Duplicate job id."));
        }
        double arrival = arrivalHours(cells, col[1], periodStart, name, lineNo, problems);
        double length = number(cells, col[2], "length_hours", name, lineNo, problems, true);
        double slack = number(cells, col[3], "slack_hours", name, lineNo, problems, false);
        double power = number(cells, col[4], "power_kW", name, lineNo, problems, false);
        Boolean interruptible = bool(cells, col[5], name, lineNo, problems);
        double overhead =
            overheadCol < 0 || cell(cells, overheadCol).isEmpty()
                ? 0
                : number(
                    cells, overheadCol, "restore_overhead_hours", name, lineNo, problems, false);
        double data =
            dataCol < 0 || cell(cells, dataCol).isEmpty()
                ? 0
                : number(cells, dataCol, "data_GB", name, lineNo, problems, false);
        Set<String> allowed = new LinkedHashSet<>();
        if (allowedCol >= 0) {
          for (String a : cell(cells, allowedCol).split(";")) {
            if (!a.isBlank()) {
              allowed.add(a.trim());
            }
          }
        }
        String home = homeCol < 0 ? "" : cell(cells, homeCol);
        if (problems.size() == before) {
          jobs.add(
              new BatchJob(
                  id,
                  (int) Math.floor(arrival),
                  length,
                  slack,
                  power,
                  interruptible,
                  overhead,
                  allowed,
                  home,
                  data));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (jobs.isEmpty()) {
      throw new InvalidInputException(
          List.of(error(name, 0, 0, "", "", "The jobs file has a header but no jobs.")));
    }
    return jobs;
  }

  private static int indexOfIgnoringCase(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i).trim() : "";
  }

  private static double arrivalHours(
      List<String> cells, int c, Instant start, String file, int line, List<Problem> problems) {
    String v = cell(cells, c);
    try {
      double h = Double.parseDouble(v);
      if (h >= 0 && Double.isFinite(h)) {
        return h;
      }
      problems.add(
          error(
              file,
              line,
              c + 1,
              "arrival_time",
              v,
              "Arrival must be >= 0 hours after the period start."));
      return 0;
    } catch (NumberFormatException notNumber) {
      // a time
    }
    Instant t = parseTime(v);
    if (t == null) {
      problems.add(
          error(
              file,
              line,
              c + 1,
              "arrival_time",
              v,
              "Not a time or a number of hours; write 2023-03-01T14:00Z or hours after the start."));
      return 0;
    }
    if (t.isBefore(start)) {
      problems.add(
          error(
              file,
              line,
              c + 1,
              "arrival_time",
              v,
              "Arrives before the simulated period, which starts " + start + "."));
      return 0;
    }
    return Duration.between(start, t).getSeconds() / 3600.0;
  }

  private static Instant parseTime(String v) {
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try without offset
    }
    try {
      return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static double number(
      List<String> cells,
      int c,
      String field,
      String file,
      int line,
      List<Problem> problems,
      boolean positive) {
    String v = cell(cells, c);
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d) || d < 0 || (positive && d == 0)) {
        problems.add(
            error(
                file,
                line,
                c + 1,
                field,
                v,
                field + " must be " + (positive ? "> 0" : ">= 0") + "."));
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(error(file, line, c + 1, field, v, field + " is not a number."));
      return 0;
    }
  }

  private static Boolean bool(
      List<String> cells, int c, String file, int line, List<Problem> problems) {
    String v = cell(cells, c).toLowerCase(Locale.ROOT);
    switch (v) {
      case "true", "yes", "1" -> {
        return true;
      }
      case "false", "no", "0" -> {
        return false;
      }
      default -> {
        problems.add(
            error(file, line, c + 1, "interruptible", v, "interruptible must be true or false."));
        return false;
      }
    }
  }

  private static Problem error(
      String file, int line, int column, String path, String value, String msg) {
    return new Problem(Problem.Severity.ERROR, file, line, column, path, value, msg);
  }
}
