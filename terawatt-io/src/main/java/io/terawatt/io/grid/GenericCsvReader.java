package io.terawatt.io.grid;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
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
 * A two-column {@code time,value} CSV with the unit, signal and basis declared by the user. The
 * unit may also be the value column's header ({@code gCO2e_per_kWh}); otherwise that header is
 * taken as the zone name when no {@code --zone} is given. A time column whose header mentions UTC
 * is UTC; otherwise timestamps need an offset or {@code --timezone}. A file under a path that names
 * WattTime is marginal and direct unless declared otherwise (WattTime publishes only MOER).
 */
final class GenericCsvReader {
  private GenericCsvReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.GENERIC);
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      if (header.size() < 2) {
        out.error(1, "(header)", String.join(",", header), "Expected two columns: time,value.");
        return out;
      }
      String valueHeader = header.get(1).trim();
      Optional<String> unit = options.unit().or(() -> knownUnit(valueHeader));
      String u = unit.orElse("gCO2e_per_kWh");
      if (unit.isEmpty()) {
        out.note("unit assumed gCO2e_per_kWh; give --unit to declare it");
      }
      double scale;
      GridQuantity quantity = GridQuantity.CARBON_INTENSITY;
      switch (u) {
        case "gCO2e_per_kWh" -> scale = 1;
        case "kgCO2e_per_kWh" -> scale = 1000;
        case "lbs_per_MWh" -> scale = 0.45359237;
        case "USD_per_MWh" -> {
          scale = 1;
          quantity = GridQuantity.ELECTRICITY_PRICE;
        }
        default -> {
          out.error(
              1,
              "--unit",
              u,
              "Unknown unit. Use gCO2e_per_kWh, kgCO2e_per_kWh, lbs_per_MWh or USD_per_MWh.");
          return out;
        }
      }
      String zone =
          options
              .zone()
              .orElseGet(
                  () ->
                      knownUnit(valueHeader).isPresent() ? "" : ZoneNames.fromHeader(valueHeader));
      if (zone.isEmpty()) {
        out.error(1, "zone", "", "No zone: give --zone.");
        return out;
      }
      SeriesMetadata meta;
      if (quantity == GridQuantity.ELECTRICITY_PRICE) {
        meta = SeriesMetadata.price(zone, "generic CSV (" + ZoneNames.sourceName(file) + ")");
      } else {
        boolean wattTimePath = file.toString().toLowerCase(Locale.ROOT).contains("watttime");
        Signal signal = options.signal().orElse(wattTimePath ? Signal.MARGINAL : Signal.AVERAGE);
        EmissionBasis basis =
            options.basis().orElse(wattTimePath ? EmissionBasis.DIRECT : EmissionBasis.LIFECYCLE);
        if (options.signal().isEmpty()) {
          out.note(
              "signal assumed "
                  + signal.id()
                  + "/"
                  + basis.id()
                  + (wattTimePath ? " (path names WattTime, which publishes marginal rates)" : "")
                  + "; give --signal and --basis to declare it");
        }
        meta =
            new SeriesMetadata(
                zone, quantity, signal, basis, "generic CSV (" + ZoneNames.sourceName(file) + ")");
      }
      Optional<java.time.ZoneId> tz = options.timezone();
      if (header.get(0).toLowerCase(Locale.ROOT).contains("utc") && tz.isEmpty()) {
        tz = Optional.of(ZoneOffset.UTC);
      }
      var points = out.series(meta);
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        if (cells.size() < 2) {
          out.error(line, "(row)", String.join(",", cells), "Too few columns.");
          continue;
        }
        try {
          long t = TimeParsing.epochSeconds(cells.get(0), tz);
          points.add(t, 0, Double.parseDouble(cells.get(1).trim()) * scale, false, line);
        } catch (TimeParsing.NeedsTimezone e) {
          out.error(line, header.get(0), cells.get(0), e.getMessage());
          if (out.problems().size() >= 3) {
            return out;
          }
        } catch (DateTimeParseException | NumberFormatException e) {
          out.error(
              line, "(row)", String.join(",", cells), "Cannot read this row: " + e.getMessage());
        }
      }
    }
    return out;
  }

  private static Optional<String> knownUnit(String header) {
    String h = header.trim();
    for (String u :
        new String[] {"gCO2e_per_kWh", "kgCO2e_per_kWh", "lbs_per_MWh", "USD_per_MWh"}) {
      if (h.equalsIgnoreCase(u)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
