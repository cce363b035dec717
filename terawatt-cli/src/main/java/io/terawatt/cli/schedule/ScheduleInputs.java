package io.terawatt.cli.schedule;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsing shared by the schedule subcommands: times, lists, formats, and reading input files so
 * that an unusable input is reported (exit code 3) rather than thrown.
 */
final class ScheduleInputs {
  private ScheduleInputs() {}

  /** An input that cannot be used: the lines to print before exiting with code 3. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    Rejected(List<String> lines) {
      super(String.join("\n", lines));
      this.lines = List.copyOf(lines);
    }

    /** Prints the lines. */
    void print(PrintWriter err) {
      lines.forEach(err::println);
      err.flush();
    }
  }

  /** A read of an input file. */
  interface Read<T> {
    T get() throws IOException, InvalidInputException;
  }

  /** Runs {@code read}; a file's problems become {@link Rejected}. */
  static <T> T read(Read<T> read) throws IOException, Rejected {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      throw new Rejected(e.problems().stream().map(Problem::format).toList());
    }
  }

  /** As {@link #read}, and a missing file is rejected too. */
  static <T> T readFile(Read<T> read) throws IOException, Rejected {
    try {
      return read(read);
    } catch (NoSuchFileException e) {
      throw new Rejected(List.of("terawatt: error: " + e.getFile() + ": no such file."));
    }
  }

  /** A UTC date (YYYY-MM-DD, midnight) or ISO instant; a usage error otherwise. */
  static Instant time(String text, String option) {
    return time(text, option, "UTC time (2023-06-01T00:00:00Z)");
  }

  /** As {@link #time(String, String)}, naming the time format as {@code what} in the error. */
  static Instant time(String text, String option, String what) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " '" + text + "' is not a date (YYYY-MM-DD) or " + what + ".");
    }
  }

  /** A UTC date (YYYY-MM-DD, midnight); a usage error otherwise. */
  static Instant date(String text, String option) {
    try {
      return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a date (YYYY-MM-DD).");
    }
  }

  /** Checks {@code --format}. */
  static void format(String format) {
    if (!format.equals("json") && !format.equals("table")) {
      throw new IllegalArgumentException("--format '" + format + "' must be json or table.");
    }
  }

  /** Policy names: {@code all} for every policy, or a comma-separated list. */
  static List<String> policies(String text) {
    return text.equals("all") ? SchedulingPolicies.names() : List.of(text.split(","));
  }

  /**
   * Loads intensity series (one zone, or all when {@code zone} is empty); prints the problems and
   * returns empty when the input is invalid.
   */
  static Optional<Map<String, HourlySeries>> load(Path path, Optional<String> zone, PrintWriter err)
      throws IOException {
    try {
      return Optional.of(
          IntensityHistoryLoader.load(path, zone, Optional.empty(), Optional.empty()).series());
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return Optional.empty();
    }
  }

  /** The series of every zone of {@code path}, or only of {@code zone} when given. */
  static Map<String, HourlySeries> series(Path path, Optional<String> zone)
      throws IOException, Rejected {
    return read(() -> IntensityHistoryLoader.load(path, zone, Optional.empty(), Optional.empty()))
        .series();
  }

  /** Hourly prices by zone from {@code path}, or none when no path is given. */
  static Map<String, HourlySeries> prices(Path path) throws IOException, Rejected {
    return path == null ? Map.of() : read(() -> IntensityHistoryLoader.loadPrices(path));
  }

  /** The zones of {@code wanted} that {@code series} lacks, reported on {@code err}. */
  static List<String> missing(
      List<String> wanted, Map<String, HourlySeries> series, Path path, PrintWriter err) {
    List<String> out = new ArrayList<>();
    for (String z : wanted) {
      if (!series.containsKey(z)) {
        out.add(z);
        err.println(message(path, z, "carbon-intensity series", series));
      }
    }
    return out;
  }

  /**
   * Rejects the zones of {@code wanted} that {@code series} lacks, naming {@code what} is lacking.
   */
  static void requireZones(
      List<String> wanted, Map<String, HourlySeries> series, Path path, String what)
      throws Rejected {
    List<String> lines = new ArrayList<>();
    for (String z : wanted) {
      if (!series.containsKey(z)) {
        lines.add(message(path, z, what, series));
      }
    }
    if (!lines.isEmpty()) {
      throw new Rejected(lines);
    }
  }

  private static String message(
      Path path, String zone, String what, Map<String, HourlySeries> series) {
    return "terawatt: error: "
        + path
        + ": no "
        + what
        + " of zone "
        + zone
        + "; the zones are "
        + String.join(", ", series.keySet());
  }
}
