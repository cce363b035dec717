package io.terawatt.io.input;

import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.io.resource.PvgisHourlyReader;
import io.terawatt.io.resource.RenewablesNinjaReader;
import io.terawatt.supply.ProfileSpec;
import io.terawatt.supply.ResourceProfiles;
import io.terawatt.supply.ResourceSpec;
import io.terawatt.supply.resource.Mounting;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.SolarPreset;
import io.terawatt.supply.resource.WindTurbine;
import io.terawatt.supply.technology.Dispatchability;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one {@code resources:} entry of a site file into a {@link ResourceSpec}: the technology,
 * its capacities and its profile as written (a measured profile file is read here), each problem
 * with its line. Which model draws the profile, and with what defaults, is the supply service's
 * choice.
 */
final class ResourceReader {
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
  private static final List<String> FORMATS = List.of("renewables-ninja", "pvgis");

  private ResourceReader() {}

  static Optional<ResourceSpec> read(
      YamlNode item, TechnologyCatalog catalog, Path base, Problems problems) {
    item.warnUnknownKeys(RESOURCE, problems);
    Fields f = new Fields(item, problems);
    f.requireKey("technology", "e.g. solar_utility, wind_onshore, gas_cc, nuclear_large, fusion");
    Optional<Technology> t = SupplySiteReader.technology(item, f, catalog, problems);
    OptionalDouble existing = f.number("existing_MW", 0, false, 1e6, "");
    OptionalDouble max = f.number("max_MW", 0, false, 1e6, "");
    if (max.isPresent() && max.getAsDouble() < existing.orElse(0)) {
      YamlNode at = item.get("max_MW").orElseThrow();
      problems.error(at, at.path(), at.text(), "max_MW is below existing_MW.");
    }
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
    Optional<YamlNode> node = item.get("profile");
    if (node.isEmpty() && tech.dispatchability() == Dispatchability.DISPATCHABLE) {
      return Optional.of(new ResourceSpec(tech.id(), existing, max, Optional.empty()));
    }
    if (node.isEmpty() || !node.get().isMapping()) {
      problems.error(
          item,
          item.path() + ".profile",
          "",
          "A variable resource needs a profile: {model: solar}, {model: wind, mean_speed_m_per_s: 8},"
              + " {constant: 0.9} or {file: ninja.csv, format: renewables-ninja|pvgis}.");
      return Optional.empty();
    }
    return profile(node.get(), tech, base, problems)
        .map(p -> new ResourceSpec(tech.id(), existing, max, Optional.of(p)));
  }

  private static Optional<ProfileSpec> profile(
      YamlNode p, Technology tech, Path base, Problems problems) {
    p.warnUnknownKeys(PROFILE, problems);
    int before = problems.all().size();
    Fields f = new Fields(p, problems);
    OptionalInt seed = f.integer("seed", 0, Integer.MAX_VALUE, "");
    ProfileSpec spec =
        new ProfileSpec(
            name(p, f, "model", ResourceModel::byName, ResourceModel.labels(), problems),
            seed.isPresent() ? OptionalLong.of(seed.getAsInt()) : OptionalLong.empty(),
            name(p, f, "preset", SolarPreset::byName, SolarPreset.labels(), problems),
            name(p, f, "mounting", Mounting::byName, Mounting.labels(), problems),
            f.number("mean_speed_m_per_s", 2, false, 20, ""),
            name(p, f, "turbine", WindTurbine::byName, WindTurbine.labels(), problems),
            f.number("constant", 0, false, 1, ""),
            measured(p, f, base, problems));
    for (String missing : ResourceProfiles.missing(spec, tech)) {
      problems.error(
          p,
          p.path() + "." + missing,
          "",
          "The catalog has no default " + missing + " for " + tech.id() + "; give one here.");
    }
    boolean ok =
        problems.all().stream().skip(before).noneMatch(x -> x.severity() == Problem.Severity.ERROR);
    return ok ? Optional.of(spec) : Optional.empty();
  }

  /** The series of a measured profile file, read with its format's reader. */
  private static Optional<HourlySeries> measured(
      YamlNode p, Fields f, Path base, Problems problems) {
    Optional<String> file = f.string("file");
    Optional<String> format =
        name(
            p,
            f,
            "format",
            s -> FORMATS.contains(s) ? Optional.of(s) : Optional.empty(),
            FORMATS,
            problems);
    OptionalDouble capacity = f.number("capacity_kW", 0, true, 1e9, "");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = base.resolve(file.get());
    try {
      boolean pvgis = format.orElse(FORMATS.get(0)).equals("pvgis");
      if (capacity.isPresent()) {
        return Optional.of(
            pvgis
                ? PvgisHourlyReader.read(path, capacity.getAsDouble())
                : RenewablesNinjaReader.read(path, capacity.getAsDouble()));
      }
      return Optional.of(pvgis ? PvgisHourlyReader.read(path) : RenewablesNinjaReader.read(path));
    } catch (IOException e) {
      YamlNode at = p.get("file").orElseThrow();
      problems.error(at, at.path(), file.get(), "Cannot read: " + e.getMessage());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    return Optional.empty();
  }

  /** A name from a fixed list, or empty with a problem listing the known names. */
  private static <T> Optional<T> name(
      YamlNode p,
      Fields f,
      String key,
      Function<String, Optional<T>> byName,
      List<String> known,
      Problems problems) {
    Optional<String> text = f.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = byName.apply(text.get());
    if (value.isEmpty()) {
      YamlNode at = p.get(key).orElseThrow();
      problems.error(
          at, at.path(), text.get(), "Unknown " + key + "; use " + String.join(", ", known) + ".");
    }
    return value;
  }
}
