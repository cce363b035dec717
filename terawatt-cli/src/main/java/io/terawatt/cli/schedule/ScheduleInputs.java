package io.terawatt.cli.schedule;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsing shared by the schedule subcommands: times, zone lists and intensity loading. */
final class ScheduleInputs {
  private ScheduleInputs() {}

  /** A UTC date (YYYY-MM-DD, midnight) or ISO instant; a usage error otherwise. */
  static Instant time(String text, String option) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not a date (YYYY-MM-DD) or UTC time (2023-06-01T00:00:00Z).");
    }
  }

  /** Checks {@code --format}. */
  static void format(String format) {
    if (!format.equals("json") && !format.equals("table")) {
      throw new IllegalArgumentException("--format '" + format + "' must be json or table.");
    }
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

  /** The zones of {@code wanted} that {@code series} lacks, reported on {@code err}. */
  static List<String> missing(
      List<String> wanted, Map<String, HourlySeries> series, Path path, PrintWriter err) {
    List<String> out = new ArrayList<>();
    for (String z : wanted) {
      if (!series.containsKey(z)) {
        out.add(z);
        err.println(
            "terawatt: error: "
                + path
                + ": no carbon-intensity series of zone "
                + z
                + "; the zones are "
                + String.join(", ", series.keySet()));
      }
    }
    return out;
  }
}
