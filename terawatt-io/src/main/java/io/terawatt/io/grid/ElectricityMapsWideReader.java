package io.terawatt.io.grid;

import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The older wide layout: {@code datetime_utc} then one column per zone of life-cycle average
 * intensity (as in Electricity Maps' 2022 dataset for 123 zones). With {@code --zone} only that
 * column is read.
 */
final class ElectricityMapsWideReader {
  private ElectricityMapsWideReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.ELECTRICITYMAPS_WIDE);
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      List<Integer> columns = new ArrayList<>();
      List<RawPoints> points = new ArrayList<>();
      for (int i = 1; i < header.size(); i++) {
        String zone = header.get(i).trim();
        if (zone.isEmpty() || options.zone().isPresent() && !options.zone().get().equals(zone)) {
          continue;
        }
        columns.add(i);
        points.add(
            out.series(
                SeriesMetadata.averageLifecycle(
                    zone, "Electricity Maps wide (" + ZoneNames.sourceName(file) + ")")));
      }
      if (columns.isEmpty()) {
        out.error(
            1,
            "(header)",
            options.zone().orElse(""),
            "No column for the zone. Columns: "
                + String.join(", ", header.subList(1, header.size())));
        return out;
      }
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        long t;
        try {
          t = TimeParsing.epochSeconds(cells.get(0), Optional.of(ZoneOffset.UTC));
        } catch (DateTimeParseException | TimeParsing.NeedsTimezone e) {
          out.error(line, "datetime_utc", cells.get(0), "Not a time: " + e.getMessage());
          continue;
        }
        for (int k = 0; k < columns.size(); k++) {
          int c = columns.get(k);
          if (c >= cells.size() || cells.get(c).isBlank()) {
            continue;
          }
          try {
            points.get(k).add(t, 3600, Double.parseDouble(cells.get(c).trim()), false, line);
          } catch (NumberFormatException e) {
            out.error(line, header.get(c), cells.get(c), "Not a number.");
          }
        }
      }
    }
    return out;
  }
}
