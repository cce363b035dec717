package io.terawatt.io.grid;

import io.terawatt.grid.SeriesMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Hourly prices: {@code Datetime (UTC),Datetime (Local),Price (USD/MWh)} with offsets in the
 * timestamps. Negative prices and spikes are real and kept. The zone comes from {@code --zone} or a
 * file name {@code <ZONE>_electricity_prices_<YEAR>.csv}.
 */
final class PriceReader {
  private PriceReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.PRICES);
    Optional<String> zone = options.zone().or(() -> ZoneNames.fromFileName(file));
    if (zone.isEmpty()) {
      out.error(
          1,
          "zone",
          "",
          "No zone: give --zone or name the file <ZONE>_electricity_prices_<YEAR>.csv.");
      return out;
    }
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      int time = CsvLine.indexOf(header, "Datetime (UTC)");
      int price = CsvLine.indexOf(header, "Price (USD/MWh)");
      if (time < 0 || price < 0) {
        out.error(
            1,
            "(header)",
            String.join(",", header),
            "Expected 'Datetime (UTC)' and 'Price (USD/MWh)'.");
        return out;
      }
      var points =
          out.series(
              SeriesMetadata.price(zone.get(), "prices (" + ZoneNames.sourceName(file) + ")"));
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        try {
          long t = TimeParsing.epochSeconds(cells.get(time), Optional.of(java.time.ZoneOffset.UTC));
          points.add(t, 3600, Double.parseDouble(cells.get(price).trim()), false, line);
        } catch (TimeParsing.NeedsTimezone
            | DateTimeParseException
            | NumberFormatException
            | IndexOutOfBoundsException e) {
          out.error(
              line, "(row)", String.join(",", cells), "Cannot read this row: " + e.getMessage());
        }
      }
    }
    return out;
  }
}
