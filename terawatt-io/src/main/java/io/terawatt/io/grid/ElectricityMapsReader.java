package io.terawatt.io.grid;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Electricity Maps' hourly export (11 columns; the life-cycle column is headed {@code (LCA)} in
 * older exports and {@code (Life cycle)} in current ones). Both intensities are average,
 * consumption-based: the direct and the life-cycle columns become two series. {@code Data
 * Estimated} sets the estimated flag. Times are UTC (the header says so).
 */
final class ElectricityMapsReader {
  private ElectricityMapsReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.ELECTRICITYMAPS);
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      int time = CsvLine.indexOf(header, "Datetime (UTC)");
      int zoneId = CsvLine.indexOf(header, "Zone Id");
      int direct = -1;
      int lifecycle = -1;
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).toLowerCase(Locale.ROOT);
        if (h.startsWith("carbon intensity") && h.contains("(direct)")) {
          direct = i;
        }
        if (h.startsWith("carbon intensity")
            && (h.contains("(lca)") || h.contains("(life cycle)") || h.contains("(lifecycle)"))) {
          lifecycle = i;
        }
      }
      int estimatedColumn = CsvLine.indexOf(header, "Data Estimated");
      if (time < 0 || (direct < 0 && lifecycle < 0)) {
        out.error(
            1,
            "(header)",
            String.join(",", header),
            "Expected 'Datetime (UTC)' and 'Carbon Intensity gCO2eq/kWh (direct)' or '(LCA)' columns.");
        return out;
      }
      Optional<String> zone = options.zone().or(() -> ZoneNames.fromFileName(file));
      RawPoints directPoints = null;
      RawPoints lifecyclePoints = null;
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        if (cells.size() <= Math.max(time, Math.max(direct, lifecycle))) {
          out.error(line, "(row)", String.join(",", cells), "Too few columns.");
          continue;
        }
        if (zone.isEmpty() && zoneId >= 0) {
          zone = Optional.of(cells.get(zoneId).trim());
          out.note("zone taken from the Zone Id column: " + zone.get());
        }
        if (zone.isEmpty()) {
          out.error(line, "zone", "", "No zone: give --zone.");
          return out;
        }
        if (directPoints == null) {
          directPoints =
              direct < 0 ? null : out.series(meta(zone.get(), EmissionBasis.DIRECT, file));
          lifecyclePoints =
              lifecycle < 0 ? null : out.series(meta(zone.get(), EmissionBasis.LIFECYCLE, file));
        }
        long t;
        try {
          t = TimeParsing.epochSeconds(cells.get(time), Optional.of(ZoneOffset.UTC));
        } catch (DateTimeParseException | TimeParsing.NeedsTimezone e) {
          out.error(line, "Datetime (UTC)", cells.get(time), "Not a time: " + e.getMessage());
          continue;
        }
        boolean estimated =
            estimatedColumn >= 0
                && estimatedColumn < cells.size()
                && cells.get(estimatedColumn).trim().equalsIgnoreCase("true");
        add(out, directPoints, cells, direct, t, estimated, line, "(direct)");
        add(out, lifecyclePoints, cells, lifecycle, t, estimated, line, "(LCA)");
      }
    }
    return out;
  }

  private static void add(
      ParsedFile out,
      RawPoints points,
      List<String> cells,
      int column,
      long t,
      boolean est,
      int line,
      String label) {
    if (points == null) {
      return;
    }
    String cell = cells.get(column).trim();
    if (cell.isEmpty()) {
      return;
    }
    try {
      points.add(t, 3600, Double.parseDouble(cell), est, line);
    } catch (NumberFormatException e) {
      out.error(line, "Carbon Intensity " + label, cell, "Not a number.");
    }
  }

  private static SeriesMetadata meta(String zone, EmissionBasis basis, Path file) {
    return new SeriesMetadata(
        zone,
        GridQuantity.CARBON_INTENSITY,
        Signal.AVERAGE,
        basis,
        "Electricity Maps hourly (" + ZoneNames.sourceName(file) + ")");
  }
}
