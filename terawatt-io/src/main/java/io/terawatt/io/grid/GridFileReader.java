package io.terawatt.io.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one grid file in the declared or detected layout. */
public final class GridFileReader {
  private GridFileReader() {}

  /**
   * Reads a file.
   *
   * @return the parsed file, or empty when the layout is neither declared nor recognisable
   */
  public static Optional<ParsedFile> read(Path file, ImportOptions options) throws IOException {
    Optional<GridFormat> format = options.format();
    if (format.isEmpty()) {
      String first;
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        first = r.readLine();
      }
      if (first == null) {
        ParsedFile empty = new ParsedFile(file.toString(), GridFormat.GENERIC);
        empty.error(1, "(file)", "", "The file is empty.");
        return Optional.of(empty);
      }
      format = GridFormat.detect(file.getFileName().toString(), first);
    }
    if (format.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (format.get()) {
          case ELECTRICITYMAPS -> ElectricityMapsReader.read(file, options);
          case ELECTRICITYMAPS_WIDE -> ElectricityMapsWideReader.read(file, options);
          case WATTTIME -> WattTimeReader.read(file, options);
          case CARBON_AWARE_SDK -> CarbonAwareSdkReader.read(file, options);
          case GENERIC -> GenericCsvReader.read(file, options);
          case PRODUCTION_MIX -> ProductionMixReader.read(file, options);
          case PRICES -> PriceReader.read(file, options);
          case ISSUED_FORECASTS -> IssuedForecastReader.read(file, options);
        });
  }
}
