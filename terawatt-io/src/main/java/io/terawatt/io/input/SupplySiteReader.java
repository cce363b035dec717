package io.terawatt.io.input;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.io.resource.PvgisHourlyReader;
import io.terawatt.io.resource.RenewablesNinjaReader;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.resource.Mounting;
import io.terawatt.supply.resource.PowerCurve;
import io.terawatt.supply.resource.SolarParameters;
import io.terawatt.supply.resource.SolarProfile;
import io.terawatt.supply.resource.WindParameters;
import io.terawatt.supply.resource.WindProfile;
import io.terawatt.supply.technology.Dispatchability;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.supply.technology.TechnologyOptions;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a supply site file (see {@code docs/supply.md}) into a {@link SupplySite} for one scenario
 * year: costs and availability come from the technology catalog for that year, resource profiles
 * from the solar and wind models (or measured files), grid intensity from the zone's built-in
 * typical year (or a constant). Every problem is reported at once.
 */
public final class SupplySiteReader {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "latitude",
          "longitude",
          "year",
          "load_MW",
          "grid",
          "resources",
          "storage",
          "limits",
          "unserved_penalty_USD_per_MWh",
          "discount_rate");
  private static final Set<String> GRID =
      Set.of(
          "zone",
          "intensity_gCO2e_per_kWh",
          "price_USD_per_MWh",
          "carbon_free_share",
          "import_limit_MW",
          "export_limit_MW",
          "export_price_factor",
          "residual_mix_gCO2e_per_kWh",
          "seed");
  private static final Set<String> RESOURCE =
      Set.of("technology", "existing_MW", "max_MW", "profile");
  private static final Set<String> PROFILE =
      Set.of(
          "model",
          "seed",
          "preset",
          "mounting",
          "mean_speed_m_per_s",
          "turbine",
          "file",
          "format",
          "capacity_kW",
          "constant");
  private static final Set<String> STORAGE =
      Set.of("technology", "existing_power_MW", "existing_energy_MWh", "max_power_MW");
  private static final Set<String> LIMITS = Set.of("land_km2", "water_m3");

  private SupplySiteReader() {}

  /** What was read: the site, its scenario year and the warnings. */
  public record Result(SupplySite site, int year, List<Problem> warnings) {}

  /**
   * Reads a site file.
   *
   * @param yearOverride the scenario year to use instead of the file's {@code year}
   */
  public static Result read(Path file, OptionalDouble yearOverride)
      throws IOException, InvalidInputException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Path base = file.toAbsolutePath().getParent();
    Problems problems = new Problems(file.toString());
    Optional<YamlNode> parsed = YamlNode.parse(text, problems);
    if (parsed.isEmpty() || !parsed.get().isMapping()) {
      if (parsed.isPresent()) {
        problems.error(
            parsed.get(),
            "(root)",
            "",
            "A site file is a mapping: name, load_MW, grid, resources ...");
      }
      throw new InvalidInputException(problems.all());
    }
    Optional<Result> r = read(parsed.get(), base, yearOverride, true, Optional.empty(), problems);
    if (r.isEmpty() || problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    return r.get();
  }

  /**
   * Reads a site mapping, recording every problem in {@code problems}.
   *
   * @param root the site mapping (a whole site file, or a site written inline in a scenario)
   * @param base folder that relative paths resolve against
   * @param yearOverride the scenario year to use instead of the mapping's {@code year}
   * @param loadRequired whether {@code load_MW} must be given (a scenario sets the load itself)
   * @param zoneDefault the grid zone when the mapping's grid names neither a zone nor an intensity
   * @return the site, or empty when problems were found
   */
  static Optional<Result> read(
      YamlNode root,
      Path base,
      OptionalDouble yearOverride,
      boolean loadRequired,
      Optional<String> zoneDefault,
      Problems problems) {
    root.warnUnknownKeys(TOP, problems);
    Fields f = new Fields(root, problems);
    f.requireKey("name", "");
    if (loadRequired) {
      f.requireKey("load_MW", "Constant data-centre load, e.g. 1000.");
    }
    String name = f.string("name").orElse("site");
    double lat = f.number("latitude", -90, false, 90, "").orElse(0);
    double lon = f.number("longitude", -180, false, 180, "").orElse(0);
    int year =
        (int)
            (yearOverride.isPresent()
                ? yearOverride.getAsDouble()
                : f.integer(
                        "year",
                        TechnologyCatalog.FIRST_YEAR,
                        TechnologyCatalog.LAST_YEAR,
                        "Scenario years run from 2025 to 2050.")
                    .orElse(2030));
    if (year < TechnologyCatalog.FIRST_YEAR || year > TechnologyCatalog.LAST_YEAR) {
      problems.error(root, "year", String.valueOf(year), "Scenario years run from 2025 to 2050.");
      return Optional.empty();
    }
    double discount =
        f.number("discount_rate", 0, false, 0.5, "")
            .orElse(TechnologyCatalog.DEFAULT_DISCOUNT_RATE);
    int hours = LocalDate.of(year, 1, 1).lengthOfYear() * 24;
    double loadMW = f.number("load_MW", 0, false, 1e6, "").orElse(0);
    double[] load = new double[hours];
    Arrays.fill(load, loadMW);
    TechnologyCatalog catalog = TechnologyCatalog.builtIn();

    GridConnection grid = readGrid(f.mapping("grid"), zoneDefault, hours, year, problems);
    List<GeneratorOption> generators = new ArrayList<>();
    for (YamlNode item : list(root, "resources", problems)) {
      readResource(item, catalog, year, hours, lat, lon, discount, base, problems)
          .ifPresent(generators::add);
    }
    List<StorageOption> storage = new ArrayList<>();
    for (YamlNode item : list(root, "storage", problems)) {
      item.warnUnknownKeys(STORAGE, problems);
      Fields s = new Fields(item, problems);
      s.requireKey("technology", "e.g. battery_li_ion or long_duration_storage");
      Optional<Technology> t = technology(item, s, catalog, problems);
      if (t.isEmpty()) {
        continue;
      }
      if (t.get().dispatchability() != Dispatchability.STORAGE) {
        problems.error(
            item,
            item.path() + ".technology",
            t.get().id(),
            "Not a storage technology; list it under resources.");
        continue;
      }
      try {
        storage.add(
            TechnologyOptions.toStorage(
                t.get(),
                year,
                s.number("existing_power_MW", 0, false, 1e6, "").orElse(0),
                s.number("existing_energy_MWh", 0, false, 1e8, "").orElse(0),
                s.number("max_power_MW", 0, false, 1e6, ""),
                discount));
      } catch (IllegalArgumentException e) {
        problems.error(item, item.path(), "", e.getMessage());
      }
    }
    OptionalDouble land = OptionalDouble.empty();
    OptionalDouble water = OptionalDouble.empty();
    Optional<YamlNode> limits = f.mapping("limits");
    if (limits.isPresent()) {
      limits.get().warnUnknownKeys(LIMITS, problems);
      Fields l = new Fields(limits.get(), problems);
      land = l.number("land_km2", 0, false, 1e6, "");
      water = l.number("water_m3", 0, false, 1e12, "");
    }
    double penalty = f.number("unserved_penalty_USD_per_MWh", 0, false, 1e6, "").orElse(10_000);
    if (problems.hasErrors() || grid == null) {
      return Optional.empty();
    }
    SupplySite site =
        new SupplySite(
            name,
            LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            load,
            grid,
            generators,
            storage,
            land,
            water,
            penalty);
    return Optional.of(new Result(site, year, problems.warnings()));
  }

  private static List<YamlNode> list(YamlNode root, String key, Problems problems) {
    Optional<YamlNode> n = root.get(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!n.get().isSequence()) {
      problems.error(n.get(), n.get().path(), n.get().text(), "Must be a list.");
      return List.of();
    }
    return n.get().items();
  }

  private static Optional<Technology> technology(
      YamlNode item, Fields f, TechnologyCatalog catalog, Problems problems) {
    Optional<String> id = f.string("technology");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Technology> t = catalog.find(id.get());
    if (t.isEmpty()) {
      YamlNode at = item.get("technology").orElseThrow();
      problems.error(
          at,
          at.path(),
          id.get(),
          "Unknown technology. Known: " + String.join(", ", catalog.ids()) + ".");
    }
    return t;
  }

  private static GridConnection readGrid(
      Optional<YamlNode> node,
      Optional<String> zoneDefault,
      int hours,
      int year,
      Problems problems) {
    if (node.isEmpty()) {
      double[] zero = new double[hours];
      return new GridConnection(zero, zero, zero, 0, 0, 0, 0);
    }
    YamlNode g = node.get();
    g.warnUnknownKeys(GRID, problems);
    Fields f = new Fields(g, problems);
    double[] intensity = new double[hours];
    Optional<String> zone = f.string("zone").or(() -> zoneDefault);
    OptionalDouble constant = f.number("intensity_gCO2e_per_kWh", 0, false, 3000, "");
    int seed = f.integer("seed", 0, Integer.MAX_VALUE, "").orElse(1);
    if (constant.isPresent()) {
      Arrays.fill(intensity, constant.getAsDouble());
    } else if (zone.isPresent()) {
      Optional<TypicalYear> ty = BuiltInTypicalYears.get().find(zone.get());
      if (ty.isEmpty()) {
        YamlNode at = g.get("zone").orElse(g);
        problems.error(
            at,
            at.path(),
            zone.get(),
            "No built-in typical year for this zone; give intensity_gCO2e_per_kWh. See 'terawatt grid synthesize --list'.");
        return null;
      }
      HourlySeries s = SyntheticYearGenerator.generate(ty.get(), year, seed);
      intensity = s.values();
    } else {
      problems.error(
          g,
          g.path(),
          "",
          "Give the grid's zone (built-in typical year) or intensity_gCO2e_per_kWh.");
      return null;
    }
    double[] price = new double[hours];
    Arrays.fill(price, f.number("price_USD_per_MWh", -1000, false, 10_000, "").orElse(60));
    double[] cfe = new double[hours];
    Arrays.fill(cfe, f.number("carbon_free_share", 0, false, 1, "").orElse(0));
    double mean = Arrays.stream(intensity).average().orElse(0);
    return new GridConnection(
        intensity,
        price,
        cfe,
        f.number("import_limit_MW", 0, false, 1e6, "").orElse(0),
        f.number("export_limit_MW", 0, false, 1e6, "").orElse(0),
        f.number("export_price_factor", 0, false, 1, "").orElse(0),
        f.number("residual_mix_gCO2e_per_kWh", 0, false, 3000, "").orElse(mean));
  }

  private static Optional<GeneratorOption> readResource(
      YamlNode item,
      TechnologyCatalog catalog,
      int year,
      int hours,
      double lat,
      double lon,
      double discount,
      Path base,
      Problems problems) {
    item.warnUnknownKeys(RESOURCE, problems);
    Fields f = new Fields(item, problems);
    f.requireKey("technology", "e.g. solar_utility, wind_onshore, gas_cc, nuclear_large, fusion");
    Optional<Technology> t = technology(item, f, catalog, problems);
    double existing = f.number("existing_MW", 0, false, 1e6, "").orElse(0);
    OptionalDouble max = f.number("max_MW", 0, false, 1e6, "");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Technology tech = t.get();
    if (!tech.dispatchability().generates()) {
      problems.error(
          item,
          item.path() + ".technology",
          tech.id(),
          tech.dispatchability() == Dispatchability.STORAGE
              ? "A storage technology: list it under storage."
              : "Grid import is set under grid.");
      return Optional.empty();
    }
    try {
      if (tech.dispatchability() == Dispatchability.DISPATCHABLE && item.get("profile").isEmpty()) {
        return Optional.of(TechnologyOptions.toDispatchable(tech, year, hours, existing, max));
      }
      Optional<double[]> profile = profile(item, tech, year, hours, lat, lon, base, problems);
      return profile.map(
          p -> TechnologyOptions.toGenerator(tech, year, p, existing, max, discount));
    } catch (IllegalArgumentException e) {
      problems.error(item, item.path(), "", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<double[]> profile(
      YamlNode item,
      Technology tech,
      int year,
      int hours,
      double lat,
      double lon,
      Path base,
      Problems problems) {
    Optional<YamlNode> node = item.get("profile");
    if (node.isEmpty() || !node.get().isMapping()) {
      problems.error(
          item,
          item.path() + ".profile",
          "",
          "A variable resource needs a profile: {model: solar}, {model: wind, mean_speed_m_per_s: 8},"
              + " {constant: 0.9} or {file: ninja.csv, format: renewables-ninja|pvgis}.");
      return Optional.empty();
    }
    YamlNode p = node.get();
    p.warnUnknownKeys(PROFILE, problems);
    Fields f = new Fields(p, problems);
    long seed = f.integer("seed", 0, Integer.MAX_VALUE, "").orElse(1);
    OptionalDouble constant = f.number("constant", 0, false, 1, "");
    if (constant.isPresent()) {
      return Optional.of(TechnologyOptions.constantAvailability(hours, constant.getAsDouble()));
    }
    Optional<String> file = f.string("file");
    if (file.isPresent()) {
      String format = f.string("format").orElse("renewables-ninja");
      try {
        HourlySeries s =
            format.equals("pvgis")
                ? PvgisHourlyReader.read(base.resolve(file.get()))
                : RenewablesNinjaReader.read(base.resolve(file.get()));
        return Optional.of(tile(s.values(), hours));
      } catch (IOException e) {
        YamlNode at = p.get("file").orElseThrow();
        problems.error(at, at.path(), file.get(), "Cannot read: " + e.getMessage());
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      return Optional.empty();
    }
    String model = f.string("model").orElse(tech.id().startsWith("wind") ? "wind" : "solar");
    if (model.equals("wind")) {
      double speed =
          f.number("mean_speed_m_per_s", 2, false, 20, "")
              .orElse(tech.id().equals("wind_offshore") ? 9.5 : 7.5);
      String turbine =
          f.string("turbine").orElse(tech.id().equals("wind_offshore") ? "nrel-5mw" : "iea-3.4mw");
      PowerCurve curve =
          switch (turbine) {
            case "generic" -> PowerCurve.generic();
            case "nrel-5mw" -> PowerCurve.nrel5Mw();
            default -> PowerCurve.iea34MwOnshore();
          };
      return Optional.of(
          WindProfile.generate(year, seed, WindParameters.forMeanSpeed(speed).withPowerCurve(curve))
              .values());
    }
    if (model.equals("solar")) {
      String preset =
          f.string("preset").orElse(Math.abs(lat) < 40 ? "us-desert-southwest" : "central-europe");
      SolarParameters params =
          preset.equals("us-desert-southwest")
              ? SolarParameters.usDesertSouthwest()
              : SolarParameters.centralEurope();
      if (f.string("mounting").orElse("fixed").equals("single-axis")) {
        params = params.withMounting(Mounting.SINGLE_AXIS);
      }
      return Optional.of(SolarProfile.generate(lat, lon, year, seed, params).values());
    }
    YamlNode at = p.get("model").orElse(p);
    problems.error(at, at.path(), model, "Unknown profile model; use solar or wind.");
    return Optional.empty();
  }

  /** A measured series repeated or cut to the site's hours. */
  private static double[] tile(double[] values, int hours) {
    double[] out = new double[hours];
    for (int i = 0; i < hours; i++) {
      out[i] = Math.max(0, Math.min(1, values[i % values.length]));
    }
    return out;
  }
}
