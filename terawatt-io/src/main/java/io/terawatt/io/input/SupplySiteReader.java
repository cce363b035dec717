package io.terawatt.io.input;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.supply.GridSpec;
import io.terawatt.supply.ResourceSpec;
import io.terawatt.supply.StorageSpec;
import io.terawatt.supply.SupplySiteSpec;
import io.terawatt.supply.technology.Dispatchability;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a supply site file (see {@code docs/supply.md}) into a {@link SupplySiteSpec}: what the
 * file says, checked against the technology catalog and the built-in zones, every problem reported
 * at once with file, line, field and value. Defaults, catalog figures and resource models are
 * applied by the supply service ({@code io.terawatt.supply.SupplySites}), not here.
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
  private static final Set<String> STORAGE =
      Set.of("technology", "existing_power_MW", "existing_energy_MWh", "max_power_MW");
  private static final Set<String> LIMITS = Set.of("land_km2", "water_m3");

  private SupplySiteReader() {}

  /** What was read: the site spec and the warnings. */
  public record Result(SupplySiteSpec site, List<Problem> warnings) {}

  /** Reads a site file; {@code load_MW} is required. */
  public static Result read(Path file) throws IOException, InvalidInputException {
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
    Optional<SupplySiteSpec> r = read(parsed.get(), base, true, Optional.empty(), problems);
    if (r.isEmpty() || problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    return new Result(r.get(), problems.warnings());
  }

  /**
   * Reads a site mapping, recording every problem in {@code problems}.
   *
   * @param root the site mapping (a whole site file, or a site written inline in a scenario)
   * @param base folder that relative paths resolve against
   * @param loadRequired whether {@code load_MW} must be given (a scenario sets the load itself)
   * @param zoneDefault the grid zone when the mapping's grid names neither a zone nor an intensity
   * @return the site spec, or empty when problems were found
   */
  static Optional<SupplySiteSpec> read(
      YamlNode root,
      Path base,
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
    OptionalDouble lat = f.number("latitude", -90, false, 90, "");
    OptionalDouble lon = f.number("longitude", -180, false, 180, "");
    OptionalInt year =
        f.integer(
            "year",
            TechnologyCatalog.FIRST_YEAR,
            TechnologyCatalog.LAST_YEAR,
            "Scenario years run from 2025 to 2050.");
    OptionalDouble discount = f.number("discount_rate", 0, false, 0.5, "");
    OptionalDouble load = f.number("load_MW", 0, false, 1e6, "");
    TechnologyCatalog catalog = TechnologyCatalog.builtIn();
    Optional<GridSpec> grid = readGrid(f.mapping("grid"), zoneDefault, problems);
    List<ResourceSpec> resources = new ArrayList<>();
    for (YamlNode item : list(root, "resources", problems)) {
      ResourceReader.read(item, catalog, base, problems).ifPresent(resources::add);
    }
    List<StorageSpec> storage = new ArrayList<>();
    for (YamlNode item : list(root, "storage", problems)) {
      readStorage(item, catalog, problems).ifPresent(storage::add);
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
    OptionalDouble penalty = f.number("unserved_penalty_USD_per_MWh", 0, false, 1e6, "");
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new SupplySiteSpec(
            name, lat, lon, year, load, grid, resources, storage, land, water, penalty, discount));
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

  /** The catalog technology an entry names, or empty with a problem. */
  static Optional<Technology> technology(
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

  private static Optional<StorageSpec> readStorage(
      YamlNode item, TechnologyCatalog catalog, Problems problems) {
    item.warnUnknownKeys(STORAGE, problems);
    Fields s = new Fields(item, problems);
    s.requireKey("technology", "e.g. battery_li_ion or long_duration_storage");
    Optional<Technology> t = technology(item, s, catalog, problems);
    OptionalDouble power = s.number("existing_power_MW", 0, false, 1e6, "");
    OptionalDouble energy = s.number("existing_energy_MWh", 0, false, 1e8, "");
    OptionalDouble max = s.number("max_power_MW", 0, false, 1e6, "");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.get().dispatchability() != Dispatchability.STORAGE) {
      problems.error(
          item,
          item.path() + ".technology",
          t.get().id(),
          "Not a storage technology; list it under resources.");
      return Optional.empty();
    }
    return Optional.of(new StorageSpec(t.get().id(), power, energy, max));
  }

  private static Optional<GridSpec> readGrid(
      Optional<YamlNode> node, Optional<String> zoneDefault, Problems problems) {
    if (node.isEmpty()) {
      return Optional.empty();
    }
    YamlNode g = node.get();
    g.warnUnknownKeys(GRID, problems);
    Fields f = new Fields(g, problems);
    Optional<String> zone = f.string("zone");
    OptionalDouble constant = f.number("intensity_gCO2e_per_kWh", 0, false, 3000, "");
    OptionalInt seed = f.integer("seed", 0, Integer.MAX_VALUE, "");
    if (constant.isEmpty() && zone.isPresent()) {
      if (BuiltInTypicalYears.get().find(zone.get()).isEmpty()) {
        YamlNode at = g.get("zone").orElse(g);
        problems.error(
            at,
            at.path(),
            zone.get(),
            "No built-in typical year for this zone; give intensity_gCO2e_per_kWh. See 'terawatt grid synthesize --list'.");
      }
    } else if (constant.isEmpty() && zoneDefault.isEmpty() && !g.get("zone").isPresent()) {
      problems.error(
          g,
          g.path(),
          "",
          "Give the grid's zone (built-in typical year) or intensity_gCO2e_per_kWh.");
    }
    return Optional.of(
        new GridSpec(
            zone,
            constant,
            f.number("price_USD_per_MWh", -1000, false, 10_000, ""),
            f.number("carbon_free_share", 0, false, 1, ""),
            f.number("import_limit_MW", 0, false, 1e6, ""),
            f.number("export_limit_MW", 0, false, 1e6, ""),
            f.number("export_price_factor", 0, false, 1, ""),
            f.number("residual_mix_gCO2e_per_kWh", 0, false, 3000, ""),
            seed.isPresent() ? OptionalLong.of(seed.getAsInt()) : OptionalLong.empty()));
  }
}
