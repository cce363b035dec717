package io.terawatt.io.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The Carbon Aware SDK's JSON data source: an array (or {@code {"Emissions": [...]}}) of records
 * {@code {Location, Time, Rating, Duration}} with Rating in gCO2/kWh and Duration as {@code
 * hh:mm[:ss]}. The SDK's default provider is WattTime, so the signal defaults to marginal and
 * direct unless {@code --signal}/{@code --basis} say otherwise.
 */
final class CarbonAwareSdkReader {
  private CarbonAwareSdkReader() {}

  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    ParsedFile out = new ParsedFile(file.toString(), GridFormat.CARBON_AWARE_SDK);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.error(line, "(json)", "", "Not valid JSON: " + e.getOriginalMessage());
      return out;
    }
    JsonNode records = root.isArray() ? root : root.path("Emissions");
    if (!records.isArray()) {
      out.error(
          1, "(json)", "", "Expected an array of {Location, Time, Rating, Duration} records.");
      return out;
    }
    Signal signal = options.signal().orElse(Signal.MARGINAL);
    EmissionBasis basis = options.basis().orElse(EmissionBasis.DIRECT);
    if (options.signal().isEmpty()) {
      out.note(
          "signal assumed marginal/direct (the Carbon Aware SDK's WattTime semantics);"
              + " give --signal and --basis to override");
    }
    int index = 0;
    for (JsonNode r : records) {
      String path = "[" + index++ + "]";
      String location = r.path("Location").asText("");
      if (location.isEmpty()) {
        out.error(0, path + ".Location", "", "Missing Location.");
        continue;
      }
      if (options.zone().isPresent() && !options.zone().get().equals(location)) {
        continue;
      }
      try {
        long t = TimeParsing.epochSeconds(r.path("Time").asText(), options.timezone());
        JsonNode rating = r.path("Rating");
        if (!rating.isNumber()) {
          out.error(0, path + ".Rating", rating.asText(), "Rating must be a number (gCO2/kWh).");
          continue;
        }
        int seconds = (int) parseDuration(r.path("Duration").asText("01:00")).getSeconds();
        out.series(
                new SeriesMetadata(
                    location,
                    GridQuantity.CARBON_INTENSITY,
                    signal,
                    basis,
                    "Carbon Aware SDK JSON (" + ZoneNames.sourceName(file) + ")"))
            .add(t, seconds, rating.asDouble(), false, index);
      } catch (TimeParsing.NeedsTimezone e) {
        out.error(0, path + ".Time", r.path("Time").asText(), e.getMessage());
      } catch (DateTimeParseException | IllegalArgumentException e) {
        out.error(0, path, r.toString(), "Cannot read this record: " + e.getMessage());
      }
    }
    return out;
  }

  static Duration parseDuration(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("Duration '" + text + "' is not hh:mm[:ss]");
    }
    long s =
        Long.parseLong(parts[0]) * 3600
            + Long.parseLong(parts[1]) * 60
            + (parts.length == 3 ? Long.parseLong(parts[2]) : 0);
    if (s <= 0) {
      throw new IllegalArgumentException("Duration '" + text + "' must be positive");
    }
    return Duration.ofSeconds(s);
  }
}
