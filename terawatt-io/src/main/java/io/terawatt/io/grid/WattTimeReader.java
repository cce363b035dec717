package io.terawatt.io.grid;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * WattTime's marginal operating emissions rate: {@code point_time,value} in lbs CO2 per MWh,
 * converted to gCO2e/kWh (× 0.45359237). MOER is a direct (combustion) marginal signal. The zone
 * comes from {@code --zone} or a {@code ba}/{@code region} column.
 */
final class WattTimeReader {
  /** 1 lb/MWh = 453.59237 g / 1000 kWh. Impossible values are left to the clean-up. */
  static final double LBS_PER_MWH_TO_G_PER_KWH = 0.45359237;

  private WattTimeReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.WATTTIME);
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      int time = CsvLine.indexOf(header, "point_time");
      int value = CsvLine.indexOf(header, "value");
      int region = CsvLine.indexOf(header, "ba", "region");
      List<String> row;
      while ((row = src.next()) != null) {
        final List<String> cells = row;
        int line = src.line();
        Optional<String> zone =
            options
                .zone()
                .or(
                    () ->
                        region >= 0 && region < cells.size()
                            ? Optional.of(cells.get(region).trim())
                            : Optional.empty());
        if (zone.isEmpty()) {
          out.error(line, "zone", "", "No zone: give --zone (WattTime region, e.g. CAISO_NORTH).");
          return out;
        }
        try {
          long t = TimeParsing.epochSeconds(cells.get(time), options.timezone());
          double lbs = Double.parseDouble(cells.get(value).trim());
          double g = lbs * LBS_PER_MWH_TO_G_PER_KWH;
          out.series(
                  new SeriesMetadata(
                      zone.get(),
                      GridQuantity.CARBON_INTENSITY,
                      Signal.MARGINAL,
                      EmissionBasis.DIRECT,
                      "WattTime MOER (" + ZoneNames.sourceName(file) + ")"))
              .add(t, 0, g, false, line);
        } catch (TimeParsing.NeedsTimezone e) {
          out.error(line, "point_time", cells.get(time), e.getMessage());
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
          out.error(
              line, "(row)", String.join(",", cells), "Cannot read this row: " + e.getMessage());
        }
      }
    }
    return out;
  }
}
