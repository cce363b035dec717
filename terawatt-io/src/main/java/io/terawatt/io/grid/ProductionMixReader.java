package io.terawatt.io.grid;

import io.terawatt.grid.EmissionFactors;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Generation by source (MW) per time step, turned into a production-based average intensity with
 * the chosen emission factors (IPCC AR5 life-cycle medians by default): Σ MW·EF / Σ MW. Column
 * names are sources ({@code coal}, {@code gas}, {@code wind}, optionally with {@code _MW}); an
 * unknown source is an error naming the known ones.
 */
final class ProductionMixReader {
  private ProductionMixReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.PRODUCTION_MIX);
    EmissionFactors factors = options.factors();
    Optional<String> zone = options.zone().or(() -> ZoneNames.fromFileName(file));
    if (zone.isEmpty()) {
      out.error(1, "zone", "", "No zone: give --zone.");
      return out;
    }
    try (LineSource src = new LineSource(file)) {
      List<String> header = src.next();
      List<Integer> columns = new ArrayList<>();
      List<Double> ef = new ArrayList<>();
      for (int i = 1; i < header.size(); i++) {
        String source = header.get(i).trim().toLowerCase(Locale.ROOT).replaceAll("_mw$", "");
        Optional<Double> f = factors.factor(source);
        if (f.isEmpty()) {
          out.error(
              1,
              header.get(i),
              header.get(i),
              "Unknown production source. Known: " + String.join(", ", factors.sources()) + ".");
          continue;
        }
        columns.add(i);
        ef.add(f.get());
      }
      if (!out.problems().isEmpty()) {
        return out;
      }
      double[] factorArray = ef.stream().mapToDouble(Double::doubleValue).toArray();
      out.note("production-based intensity with " + factors.name());
      Optional<java.time.ZoneId> tz = options.timezone();
      if (header.get(0).toLowerCase(Locale.ROOT).contains("utc") && tz.isEmpty()) {
        tz = Optional.of(ZoneOffset.UTC);
      }
      var points =
          out.series(
              new SeriesMetadata(
                  zone.get(),
                  GridQuantity.CARBON_INTENSITY,
                  Signal.AVERAGE,
                  factors.basis(),
                  "production mix (" + file.getFileName() + "), " + factors.name()));
      List<String> cells;
      while ((cells = src.next()) != null) {
        int line = src.line();
        try {
          long t = TimeParsing.epochSeconds(cells.get(0), tz);
          double[] mw = new double[columns.size()];
          for (int k = 0; k < mw.length; k++) {
            String c = cells.get(columns.get(k)).trim();
            mw[k] = c.isEmpty() ? 0 : Double.parseDouble(c);
            if (mw[k] < 0) {
              throw new NumberFormatException(header.get(columns.get(k)) + " is negative: " + c);
            }
          }
          double intensity = EmissionFactors.intensity(mw, factorArray);
          if (Double.isNaN(intensity)) {
            out.error(line, "(row)", String.join(",", cells), "No production in this row.");
            continue;
          }
          points.add(t, 0, intensity, false, line);
        } catch (TimeParsing.NeedsTimezone e) {
          out.error(line, header.get(0), cells.get(0), e.getMessage());
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
          out.error(
              line, "(row)", String.join(",", cells), "Cannot read this row: " + e.getMessage());
        }
      }
    }
    return out;
  }
}
