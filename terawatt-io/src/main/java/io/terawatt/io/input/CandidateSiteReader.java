package io.terawatt.io.input;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.plan.CandidateSite;
import io.terawatt.supply.GridSignal;
import io.terawatt.supply.SupplySiteSpec;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.PlanTargets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a scenario's {@code sites:} entries into {@link CandidateSite}s: the site from its file or
 * inline (a {@link SupplySiteSpec}), its zone, year, targets and assessment inputs as written, and
 * the checks that need all sites: unique names, one planning year, one grid signal per zone.
 */
final class CandidateSiteReader {
  private static final Set<String> SITE =
      Set.of(
          "name",
          "zone",
          "file",
          "site",
          "year",
          "cfe_target_pct",
          "cfe_matching",
          "emissions_cap_tCO2e",
          "energy_options",
          "regional_peak_MW",
          "baseline_water_stress");

  private CandidateSiteReader() {}

  /** Every site that could be read, each problem recorded. */
  static List<CandidateSite> readAll(List<YamlNode> nodes, Path baseDir, Problems problems) {
    List<CandidateSite> sites = new ArrayList<>();
    List<YamlNode> at = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (YamlNode s : nodes) {
      Optional<CandidateSite> c = read(s, baseDir, problems);
      if (c.isPresent()) {
        if (!names.add(c.get().name())) {
          problems.error(s, s.path() + ".name", c.get().name(), "Two sites have this name.");
        }
        sites.add(c.get());
        at.add(s);
      }
    }
    checkOneYearAndOneSignalPerZone(sites, at, problems);
    return sites;
  }

  /** A plan has one planning year, and the sites of one zone give it one intensity signal. */
  private static void checkOneYearAndOneSignalPerZone(
      List<CandidateSite> sites, List<YamlNode> at, Problems problems) {
    Map<String, CandidateSite> byZone = new LinkedHashMap<>();
    for (int i = 0; i < sites.size(); i++) {
      CandidateSite c = sites.get(i);
      YamlNode n = at.get(i);
      CandidateSite first = sites.get(0);
      if (c.planningYear() != first.planningYear()) {
        problems.error(
            n,
            n.path() + ".year",
            String.valueOf(c.planningYear()),
            "A plan has one planning year; "
                + first.name()
                + " plans "
                + first.planningYear()
                + ".");
      }
      CandidateSite earlier = byZone.putIfAbsent(c.zone(), c);
      if (earlier != null && !GridSignal.sameSignal(earlier.site().grid(), c.site().grid())) {
        problems.error(
            n,
            n.path() + ".site.grid",
            c.zone(),
            "Its grid gives zone "
                + c.zone()
                + " another intensity (constant or seed) than "
                + earlier.name()
                + "'s; a zone has one signal.");
      }
    }
  }

  private static Optional<CandidateSite> read(YamlNode s, Path baseDir, Problems problems) {
    s.warnUnknownKeys(SITE, problems);
    Fields f = new Fields(s, problems);
    f.requireKey("name", "");
    String name = f.string("name").orElse(s.path());
    OptionalInt year = f.integer("year", 2025, 2050, "Planning years run from 2025 to 2050.");
    Optional<String> zone = f.string("zone");
    BuiltInTypicalYears typical = BuiltInTypicalYears.get();
    if (zone.isPresent() && typical.find(zone.get()).isEmpty()) {
      YamlNode at = s.get("zone").orElseThrow();
      problems.error(
          at,
          at.path(),
          zone.get(),
          "No built-in typical year for this zone; see 'terawatt grid synthesize --list'.");
      zone = Optional.empty();
    }
    SiteNode site = siteNode(s, f, baseDir, zone, problems);
    if (zone.isPresent() && site.zone().isPresent() && !zone.get().equals(site.zone().get())) {
      YamlNode at = s.get("zone").orElseThrow();
      problems.error(
          at,
          at.path(),
          zone.get(),
          "The site's grid names zone "
              + site.zone().get()
              + "; give one zone or make them agree.");
    }
    Optional<String> effectiveZone = zone.or(site::zone);
    if (effectiveZone.isEmpty()) {
      problems.error(
          s, s.path() + ".zone", "", "Give the site's grid zone, e.g. zone: IE (built-in zones).");
    } else if (typical.find(effectiveZone.get()).isEmpty()) {
      problems.error(
          s,
          s.path() + ".zone",
          effectiveZone.get(),
          "No built-in typical year for this zone; the schedule needs one.");
    }
    PlanTargets targets = targets(s, f, problems);
    OptionalDouble peak =
        f.number("regional_peak_MW", 0, true, 1e7, "Peak demand of the region, e.g. 5500.");
    OptionalDouble stress =
        f.number(
            "baseline_water_stress",
            0,
            false,
            10,
            "WRI Aqueduct baseline water stress as a fraction, e.g. 0.4 for 40 %.");
    Optional<List<String>> options =
        s.get("energy_options").isPresent()
            ? Optional.of(ScenarioReader.strings(s, "energy_options", problems))
            : Optional.empty();
    if (site.spec().isEmpty()
        || effectiveZone.isEmpty()
        || !knownOptions(s, options, site.spec().get(), problems)) {
      return Optional.empty();
    }
    return Optional.of(
        new CandidateSite(
            name, effectiveZone.get(), year, site.spec().get(), options, targets, peak, stress));
  }

  /** The site's spec and the zone its grid names, from its file or inline. */
  private record SiteNode(Optional<SupplySiteSpec> spec, Optional<String> zone) {}

  private static SiteNode siteNode(
      YamlNode s, Fields f, Path baseDir, Optional<String> zone, Problems problems) {
    boolean hasFile = s.get("file").isPresent();
    boolean hasInline = s.get("site").isPresent();
    if (hasFile == hasInline) {
      problems.error(
          s,
          s.path(),
          "",
          "Give the site either as 'file: site.yaml' (a supply site file) or inline as 'site:'.");
      return new SiteNode(Optional.empty(), Optional.empty());
    }
    if (hasInline) {
      Optional<YamlNode> inline = f.mapping("site");
      if (inline.isEmpty()) {
        return new SiteNode(Optional.empty(), Optional.empty());
      }
      return new SiteNode(
          SupplySiteReader.read(inline.get(), baseDir, false, zone, problems),
          gridZone(inline.get()));
    }
    Optional<String> file = f.string("file");
    if (file.isEmpty()) {
      return new SiteNode(Optional.empty(), Optional.empty());
    }
    Path path = baseDir.resolve(file.get());
    YamlNode at = s.get("file").orElseThrow();
    if (!Files.isRegularFile(path)) {
      problems.error(at, at.path(), file.get(), "No such file (relative to the scenario).");
      return new SiteNode(Optional.empty(), Optional.empty());
    }
    try {
      Problems sub = new Problems(path.toString());
      Optional<YamlNode> parsed =
          YamlNode.parse(Files.readString(path, StandardCharsets.UTF_8), sub);
      SiteNode read = new SiteNode(Optional.empty(), Optional.empty());
      if (parsed.isPresent() && parsed.get().isMapping()) {
        read =
            new SiteNode(
                SupplySiteReader.read(
                    parsed.get(), path.toAbsolutePath().getParent(), false, zone, sub),
                gridZone(parsed.get()));
      } else if (parsed.isPresent()) {
        sub.error(parsed.get(), "(root)", "", "A site file is a mapping.");
      }
      problems.addAll(sub.all());
      return read;
    } catch (IOException e) {
      problems.error(at, at.path(), file.get(), "Cannot read: " + e.getMessage());
      return new SiteNode(Optional.empty(), Optional.empty());
    }
  }

  private static Optional<String> gridZone(YamlNode site) {
    return site.get("grid")
        .filter(YamlNode::isMapping)
        .flatMap(g -> g.get("zone"))
        .filter(YamlNode::isScalar)
        .map(n -> n.text().trim());
  }

  private static PlanTargets targets(YamlNode s, Fields f, Problems problems) {
    OptionalDouble cfe = f.number("cfe_target_pct", 0, false, 100, "A percentage, e.g. 90.");
    Optional<CfeMatching> matching = Optional.empty();
    Optional<String> named = f.string("cfe_matching");
    if (named.isPresent()) {
      switch (named.get()) {
        case "hourly" -> matching = Optional.of(CfeMatching.HOURLY);
        case "annual" -> matching = Optional.of(CfeMatching.ANNUAL);
        default -> {
          YamlNode at = s.get("cfe_matching").orElseThrow();
          problems.error(at, at.path(), named.get(), "Use hourly (24/7) or annual.");
        }
      }
    }
    return PlanTargets.of(
        cfe.isPresent() ? OptionalDouble.of(cfe.getAsDouble() / 100) : OptionalDouble.empty(),
        matching,
        f.number("emissions_cap_tCO2e", 0, false, 1e12, ""));
  }

  /** Whether every energy option is among the site's resources or storage; problems if not. */
  private static boolean knownOptions(
      YamlNode s, Optional<List<String>> options, SupplySiteSpec site, Problems problems) {
    if (options.isEmpty()) {
      return true;
    }
    Set<String> available = new LinkedHashSet<>(site.technologies());
    YamlNode at = s.get("energy_options").orElseThrow();
    boolean ok = true;
    for (int i = 0; i < options.get().size(); i++) {
      if (!available.contains(options.get().get(i))) {
        YamlNode item = at.items().get(i);
        problems.error(
            item,
            item.path(),
            options.get().get(i),
            "Not among the site's resources or storage; they are "
                + String.join(", ", available)
                + ".");
        ok = false;
      }
    }
    return ok;
  }
}
