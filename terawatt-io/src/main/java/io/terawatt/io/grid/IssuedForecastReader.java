package io.terawatt.io.grid;

import io.terawatt.grid.IssuedForecast;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Forecasts as a provider issued them: {@code request_time,forecast_time,<zone>} in gCO2e/kWh (as
 * WattTime's CAISO_NORTH forecasts are redistributed). Kept apart from measured series.
 */
final class IssuedForecastReader {
  private IssuedForecastReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.ISSUED_FORECASTS);
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      int issued = CsvLine.indexOf(header, "request_time");
      int target = CsvLine.indexOf(header, "forecast_time");
      int value = 3 - issued - target;
      String zone = options.zone().orElse(ZoneNames.fromHeader(header.get(value)));
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        if (cells.size() < 3) {
          out.error(line, "(row)", String.join(",", cells), "Too few columns.");
          continue;
        }
        String field = "request_time";
        try {
          long i = TimeParsing.epochSeconds(cells.get(issued), options.timezone());
          field = "forecast_time";
          long t = TimeParsing.epochSeconds(cells.get(target), options.timezone());
          field = header.get(value);
          out.forecast(new IssuedForecast(zone, i, t, Double.parseDouble(cells.get(value).trim())));
        } catch (TimeParsing.NeedsTimezone e) {
          out.error(
              line,
              field,
              cells.get(field.equals("request_time") ? issued : target),
              e.getMessage());
          return out; // every row lacks the offset in the same way: one message is enough
        } catch (DateTimeParseException | NumberFormatException e) {
          int column =
              field.equals("request_time")
                  ? issued
                  : field.equals("forecast_time") ? target : value;
          out.error(line, field, cells.get(column), "Cannot read this value: " + e.getMessage());
        }
      }
    }
    return out;
  }
}
