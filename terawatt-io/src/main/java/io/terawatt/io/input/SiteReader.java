package io.terawatt.io.input;

import io.terawatt.footprint.Site;
import io.terawatt.io.grid.IntensitySeriesReader;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.quantity.CarbonIntensity;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads a {@code site:} mapping over a parent site (the file's top-level site or the default). */
final class SiteReader {
  static final Set<String> KEYS =
      Set.of(
          "pue",
          "grid_intensity_gCO2e_per_kWh",
          "grid_intensity_series",
          "wue_L_per_kWh",
          "offsite_water_L_per_kWh",
          "electricity_price_USD_per_MWh");

  private SiteReader() {}

  static Site read(YamlNode node, Site parent, Path baseDir, Problems problems) {
    node.warnUnknownKeys(KEYS, problems);
    Fields f = new Fields(node, problems);
    OptionalDouble pue =
        f.number("pue", 1.0, false, 5.0, "PUE is facility energy over IT energy, e.g. 1.1.");
    OptionalDouble intensity =
        f.number(
            "grid_intensity_gCO2e_per_kWh", 0, false, 3000, "Typical grids: 20-900 gCO2e/kWh.");
    OptionalDouble wue = f.number("wue_L_per_kWh", 0, false, 20, "");
    OptionalDouble offsite = f.number("offsite_water_L_per_kWh", 0, false, 100, "");
    OptionalDouble price = f.number("electricity_price_USD_per_MWh", -1000, false, 10000, "");
    Optional<HourlySeries> series = parent.intensitySeries();
    Optional<String> seriesPath = f.string("grid_intensity_series");
    if (seriesPath.isPresent()) {
      Path file = baseDir.resolve(seriesPath.get());
      YamlNode at = node.get("grid_intensity_series").orElseThrow();
      try {
        series = Optional.of(IntensitySeriesReader.read(file));
      } catch (IOException e) {
        problems.error(
            at, at.path(), seriesPath.get(), "Cannot read the series file: " + e.getMessage());
      } catch (InvalidInputException e) {
        problems.error(
            at,
            at.path(),
            seriesPath.get(),
            "The series file has problems:\n  "
                + String.join("\n  ", e.problems().stream().map(Problem::format).toList()));
      }
    }
    return new Site(
        pue.orElse(parent.pue()),
        intensity.isPresent()
            ? CarbonIntensity.ofGramsPerKilowattHour(intensity.getAsDouble())
            : parent.gridIntensity(),
        series,
        wue.orElse(parent.wueOnSiteLitresPerKwh()),
        offsite.orElse(parent.offSiteWaterLitresPerKwh()),
        price.orElse(parent.electricityPriceUsdPerMwh()));
  }
}
