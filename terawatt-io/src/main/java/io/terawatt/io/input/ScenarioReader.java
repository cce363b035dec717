package io.terawatt.io.input;

import io.terawatt.ethics.Stakeholder;
import io.terawatt.ethics.indicator.IndicatorCatalog;
import io.terawatt.footprint.FootprintRequest;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.plan.CandidateSite;
import io.terawatt.plan.Operations;
import io.terawatt.plan.OutlookSettings;
import io.terawatt.plan.Scenario;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
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
import java.util.Set;

/**
 * Reads a scenario file (see {@code docs/scenario.md}) into a {@link Scenario}: workloads with the
 * footprint input's entry readers, candidate sites with the supply site reader (from a file or
 * inline), operations, stakeholders and the outlook. Every problem of the file, and of the site
 * files it names, is reported at once with file, line, column, field path, value and a hint.
 */
public final class ScenarioReader {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "description",
          "workloads",
          "sites",
          "regions",
          "operations",
          "stakeholders",
          "outlook",
          "planning");
  private static final Set<String> WORKLOADS =
      Set.of("hardware", "site", "training", "inference", "training_busy_fraction");
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
  private static final Set<String> OPERATIONS =
      Set.of("batch_share", "slack_h", "job_length_h", "policies", "regions", "period_days");
  private static final Set<String> STAKEHOLDER = Set.of("name", "weights");
  private static final Set<String> OUTLOOK = Set.of("scenario", "parameters", "samples", "seed");
  private static final Set<String> PLANNING = Set.of("representative_weeks");

  /** Policies compared when the scenario names none: baseline, three online policies, oracle. */
  public static final List<String> DEFAULT_POLICIES = SchedulingPolicies.defaultComparison();

  /**
   * Baseline water stress assumed when a site gives none: 0.2, the lower edge of Aqueduct's
   * medium-high category (a modelling assumption, unverified for any basin).
   */
  public static final double DEFAULT_BASELINE_WATER_STRESS = 0.2;

  private ScenarioReader() {}

  /**
   * What was read.
   *
   * @param scenario the scenario
   * @param warnings problems that did not stop reading
   */
  public record Result(Scenario scenario, List<Problem> warnings) {}

  /** Reads a file; relative paths inside it resolve against its folder. */
  public static Result read(Path file) throws IOException, InvalidInputException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file.toString(), file.toAbsolutePath().getParent());
  }

  /** Reads YAML text that came from {@code fileName}; site files resolve against baseDir. */
  public static Result parse(String text, String fileName, Path baseDir)
      throws InvalidInputException {
    Problems problems = new Problems(fileName);
    Optional<YamlNode> parsed = YamlNode.parse(text, problems);
    if (parsed.isEmpty() || !parsed.get().isMapping()) {
      parsed.ifPresent(
          n ->
              problems.error(
                  n,
                  "(root)",
                  "",
                  "A scenario is a mapping: name, workloads, sites, operations, stakeholders,"
                      + " outlook."));
      throw new InvalidInputException(problems.all());
    }
    YamlNode root = parsed.get();
    root.warnUnknownKeys(TOP, problems);
    Fields f = new Fields(root, problems);
    f.requireKey("name", "e.g. name: frontier campus 2030");
    f.requireKey("workloads", "training and/or inference lists, as in the footprint input");
    f.requireKey("sites", "a list of candidate sites");
    String name = f.string("name").orElse("scenario");
    String description = f.string("description").orElse("");

    // Workloads: the footprint input's readers.
    List<TrainingRun> training = new ArrayList<>();
    List<ServedModel> inference = new ArrayList<>();
    double busy = 1;
    Optional<YamlNode> workloads = f.mapping("workloads");
    if (workloads.isPresent()) {
      YamlNode w = workloads.get();
      w.warnUnknownKeys(WORKLOADS, problems);
      Fields wf = new Fields(w, problems);
      busy =
          wf.number(
                  "training_busy_fraction",
                  0,
                  false,
                  1,
                  "Share of the year the training clusters are busy, e.g. 1.")
              .orElse(1);
      HardwareCatalog catalog = HardwareCatalog.builtIn();
      Optional<YamlNode> hardware = w.get("hardware");
      if (hardware.isPresent()) {
        catalog = catalog.with(HardwareReader.read(hardware.get(), fileName, problems));
      }
      Site topSite = Site.DEFAULT;
      Optional<YamlNode> siteNode = wf.mapping("site");
      if (siteNode.isPresent()) {
        topSite = SiteReader.read(siteNode.get(), Site.DEFAULT, baseDir, problems);
      }
      for (YamlNode e : mappings(w, "training", "'name', 'model' and 'hardware'", problems)) {
        TrainingEntryReader.read(e, catalog, topSite, baseDir, problems).ifPresent(training::add);
      }
      for (YamlNode e : mappings(w, "inference", "'name', 'model' and 'hardware'", problems)) {
        InferenceEntryReader.read(e, catalog, topSite, baseDir, problems).ifPresent(inference::add);
      }
      if (w.get("training").isEmpty() && w.get("inference").isEmpty()) {
        problems.error(w, w.path(), "", "No workload: add a 'training:' or an 'inference:' list.");
      }
    }

    // Sites.
    List<CandidateSite> sites = new ArrayList<>();
    Set<String> siteNames = new LinkedHashSet<>();
    for (YamlNode s : mappings(root, "sites", "'name', 'zone' and 'file' or 'site'", problems)) {
      readSite(s, baseDir, problems)
          .ifPresent(
              c -> {
                if (!siteNames.add(c.name())) {
                  problems.error(s, s.path() + ".name", c.name(), "Two sites have this name.");
                }
                sites.add(c);
              });
    }
    if (root.get("sites").isPresent()
        && root.get("sites").get().isSequence()
        && root.get("sites").get().items().isEmpty()) {
      YamlNode at = root.get("sites").get();
      problems.error(at, "sites", "", "Give at least one candidate site.");
    }

    Operations operations = readOperations(root, f, problems);
    List<Stakeholder> stakeholders = readStakeholders(root, problems);
    OutlookSettings outlook = readOutlook(f, problems);
    int weeks = RepresentativeWeekPlanner.DEFAULT_WEEKS;
    Optional<YamlNode> planning = f.mapping("planning");
    if (planning.isPresent()) {
      planning.get().warnUnknownKeys(PLANNING, problems);
      weeks =
          new Fields(planning.get(), problems)
              .integer(
                  "representative_weeks",
                  0,
                  52,
                  "0 solves all 8,760 hours; 4-12 weeks keep the demo under a minute.")
              .orElse(weeks);
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    Scenario scenario =
        new Scenario(
            name,
            description,
            new FootprintRequest(training, inference),
            busy,
            sites,
            operations,
            stakeholders,
            outlook,
            weeks);
    return new Result(scenario, problems.warnings());
  }

  private static Optional<CandidateSite> readSite(YamlNode s, Path baseDir, Problems problems) {
    s.warnUnknownKeys(SITE, problems);
    Fields f = new Fields(s, problems);
    f.requireKey("name", "");
    String name = f.string("name").orElse(s.path());
    OptionalDouble year =
        f.integer("year", 2025, 2050, "Planning years run from 2025 to 2050.").stream()
            .asDoubleStream()
            .findFirst();
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
    Optional<SupplySiteReader.Result> read = Optional.empty();
    Optional<String> siteZone = Optional.empty();
    boolean hasFile = s.get("file").isPresent();
    boolean hasInline = s.get("site").isPresent();
    if (hasFile == hasInline) {
      problems.error(
          s,
          s.path(),
          "",
          "Give the site either as 'file: site.yaml' (a supply site file) or inline as 'site:'.");
    } else if (hasFile) {
      Optional<String> file = f.string("file");
      if (file.isPresent()) {
        Path path = baseDir.resolve(file.get());
        YamlNode at = s.get("file").orElseThrow();
        if (!Files.isRegularFile(path)) {
          problems.error(at, at.path(), file.get(), "No such file (relative to the scenario).");
        } else {
          try {
            Problems sub = new Problems(path.toString());
            Optional<YamlNode> parsed =
                YamlNode.parse(Files.readString(path, StandardCharsets.UTF_8), sub);
            if (parsed.isPresent() && parsed.get().isMapping()) {
              siteZone = gridZone(parsed.get());
              read =
                  SupplySiteReader.read(
                      parsed.get(), path.toAbsolutePath().getParent(), year, false, zone, sub);
            } else if (parsed.isPresent()) {
              sub.error(parsed.get(), "(root)", "", "A site file is a mapping.");
            }
            problems.addAll(sub.all());
          } catch (IOException e) {
            problems.error(at, at.path(), file.get(), "Cannot read: " + e.getMessage());
          }
        }
      }
    } else {
      Optional<YamlNode> inline = f.mapping("site");
      if (inline.isPresent()) {
        siteZone = gridZone(inline.get());
        read = SupplySiteReader.read(inline.get(), baseDir, year, false, zone, problems);
      }
    }
    if (zone.isPresent() && siteZone.isPresent() && !zone.get().equals(siteZone.get())) {
      YamlNode at = s.get("zone").orElseThrow();
      problems.error(
          at,
          at.path(),
          zone.get(),
          "The site's grid names zone " + siteZone.get() + "; give one zone or make them agree.");
    }
    final Optional<String> fromSite = siteZone;
    Optional<String> effectiveZone = zone.or(() -> fromSite);
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
    OptionalDouble cfe = f.number("cfe_target_pct", 0, false, 100, "A percentage, e.g. 90.");
    Optional<String> matching = f.string("cfe_matching");
    CfeMatching m = CfeMatching.HOURLY;
    if (matching.isPresent()) {
      switch (matching.get()) {
        case "hourly" -> m = CfeMatching.HOURLY;
        case "annual" -> m = CfeMatching.ANNUAL;
        default -> {
          YamlNode at = s.get("cfe_matching").orElseThrow();
          problems.error(at, at.path(), matching.get(), "Use hourly (24/7) or annual.");
        }
      }
    }
    OptionalDouble cap = f.number("emissions_cap_tCO2e", 0, false, 1e12, "");
    OptionalDouble peak =
        f.number("regional_peak_MW", 0, true, 1e7, "Peak demand of the region, e.g. 5500.");
    double stress =
        f.number(
                "baseline_water_stress",
                0,
                false,
                10,
                "WRI Aqueduct baseline water stress as a fraction, e.g. 0.4 for 40 %.")
            .orElse(DEFAULT_BASELINE_WATER_STRESS);
    List<String> energyOptions = strings(s, "energy_options", problems);
    if (read.isEmpty() || effectiveZone.isEmpty()) {
      return Optional.empty();
    }
    SupplySite site = read.get().site();
    if (s.get("energy_options").isPresent()) {
      Set<String> available = new LinkedHashSet<>();
      site.generators().forEach(g -> available.add(g.technology()));
      site.storage().forEach(g -> available.add(g.technology()));
      YamlNode at = s.get("energy_options").orElseThrow();
      boolean ok = true;
      for (int i = 0; i < energyOptions.size(); i++) {
        if (!available.contains(energyOptions.get(i))) {
          YamlNode item = at.items().get(i);
          problems.error(
              item,
              item.path(),
              energyOptions.get(i),
              "Not among the site's resources or storage; they are "
                  + String.join(", ", available)
                  + ".");
          ok = false;
        }
      }
      if (!ok) {
        return Optional.empty();
      }
      List<GeneratorOption> gens = new ArrayList<>();
      for (GeneratorOption g : site.generators()) {
        if (energyOptions.contains(g.technology())) {
          gens.add(g);
        }
      }
      List<StorageOption> storage = new ArrayList<>();
      for (StorageOption o : site.storage()) {
        if (energyOptions.contains(o.technology())) {
          storage.add(o);
        }
      }
      site = site.with(gens, storage);
    }
    PlanTargets targets =
        new PlanTargets(
            m,
            cfe.isPresent() ? OptionalDouble.of(cfe.getAsDouble() / 100) : OptionalDouble.empty(),
            cap);
    return Optional.of(
        new CandidateSite(
            name, effectiveZone.get(), read.get().year(), site, targets, peak, stress));
  }

  private static Optional<String> gridZone(YamlNode site) {
    return site.get("grid")
        .filter(YamlNode::isMapping)
        .flatMap(g -> g.get("zone"))
        .filter(YamlNode::isScalar)
        .map(n -> n.text().trim());
  }

  private static Operations readOperations(YamlNode root, Fields top, Problems problems) {
    double batch = 0.3;
    double slack = 24;
    double length = 4;
    int days = 28;
    List<String> policies = new ArrayList<>(DEFAULT_POLICIES);
    List<String> regions = new ArrayList<>(strings(root, "regions", problems));
    Optional<YamlNode> ops = top.mapping("operations");
    if (ops.isPresent()) {
      YamlNode o = ops.get();
      o.warnUnknownKeys(OPERATIONS, problems);
      Fields f = new Fields(o, problems);
      batch =
          f.number("batch_share", 0, false, 1, "Share of the load that can wait, e.g. 0.3.")
              .orElse(batch);
      slack =
          f.number("slack_h", 0, false, 24 * 14, "Hours a job may wait, e.g. 24.").orElse(slack);
      length = f.number("job_length_h", 0, true, 24 * 7, "e.g. 4.").orElse(length);
      days = f.integer("period_days", 7, 366, "Days simulated, e.g. 28.").orElse(days);
      if (o.get("policies").isPresent()) {
        List<String> named = strings(o, "policies", problems);
        YamlNode at = o.get("policies").orElseThrow();
        for (int i = 0; i < named.size(); i++) {
          if (!SchedulingPolicies.names().contains(named.get(i))) {
            YamlNode item = at.items().get(i);
            problems.error(
                item,
                item.path(),
                named.get(i),
                "Unknown policy; the policies are "
                    + String.join(", ", SchedulingPolicies.names())
                    + ".");
          }
        }
        policies = SchedulingPolicies.withBaselineFirst(named);
      }
      regions.addAll(strings(o, "regions", problems));
    }
    for (String r : regions) {
      if (BuiltInTypicalYears.get().find(r).isEmpty()) {
        YamlNode at = ops.flatMap(o -> o.get("regions")).or(() -> root.get("regions")).orElse(root);
        problems.error(
            at,
            at.path(),
            r,
            "No built-in typical year for this region; see 'terawatt grid synthesize --list'.");
      }
    }
    return new Operations(batch, slack, length, policies, regions, days);
  }

  private static List<Stakeholder> readStakeholders(YamlNode root, Problems problems) {
    List<Stakeholder> out = new ArrayList<>();
    for (YamlNode s : mappings(root, "stakeholders", "'name' and 'weights'", problems)) {
      s.warnUnknownKeys(STAKEHOLDER, problems);
      Fields f = new Fields(s, problems);
      f.requireKey("name", "");
      f.requireKey("weights", "indicator: weight, e.g. carbon_location_tCO2e: 3");
      String name = f.string("name").orElse(s.path());
      Map<String, Double> weights = new LinkedHashMap<>();
      Optional<YamlNode> w = f.mapping("weights");
      if (w.isPresent()) {
        Fields wf = new Fields(w.get(), problems);
        for (String key : w.get().entries().keySet()) {
          if (IndicatorCatalog.find(key).isEmpty()) {
            YamlNode at = w.get().get(key).orElseThrow();
            problems.error(
                at,
                at.path(),
                key,
                "Unknown indicator; the plan computes carbon_location_tCO2e, carbon_market_tCO2e,"
                    + " water_stress_weighted_m3, land_km2, cost_USD_per_year,"
                    + " share_of_regional_peak_pct, air_pollution_tPM25, supply_chain_hhi,"
                    + " technology_risk_score.");
            continue;
          }
          wf.number(key, 0, false, 1e6, "A weight is zero or more.")
              .ifPresent(v -> weights.put(key, v));
        }
        if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0
            && !problems.hasErrors()) {
          problems.error(w.get(), w.get().path(), "", "A stakeholder must weigh something.");
        }
      }
      out.add(new Stakeholder(name, weights));
    }
    return out;
  }

  private static OutlookSettings readOutlook(Fields top, Problems problems) {
    io.terawatt.outlook.parameter.Scenario base = io.terawatt.outlook.parameter.Scenario.defaults();
    int samples = 2000;
    long seed = 42;
    Optional<YamlNode> node = top.mapping("outlook");
    if (node.isPresent()) {
      YamlNode o = node.get();
      o.warnUnknownKeys(OUTLOOK, problems);
      Fields f = new Fields(o, problems);
      Optional<String> name = f.string("scenario");
      if (name.isPresent()) {
        Optional<io.terawatt.outlook.parameter.Scenario> found = BuiltInScenarios.find(name.get());
        if (found.isEmpty()) {
          YamlNode at = o.get("scenario").orElseThrow();
          problems.error(
              at,
              at.path(),
              name.get(),
              "Unknown outlook scenario; use one of "
                  + String.join(", ", BuiltInScenarios.names())
                  + ".");
        } else {
          base = found.get();
        }
      }
      samples = f.integer("samples", 100, 1_000_000, "e.g. 2000.").orElse(samples);
      seed = f.integer("seed", 0, Integer.MAX_VALUE, "").orElse((int) seed);
      Optional<YamlNode> params = f.mapping("parameters");
      if (params.isPresent()) {
        Map<OutlookParameter, io.terawatt.outlook.parameter.Scenario.Override> overrides =
            new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : params.get().entries().entrySet()) {
          Optional<OutlookParameter> p = OutlookParameter.byKey(e.getKey());
          if (p.isEmpty()) {
            problems.error(
                e.getValue(),
                e.getValue().path(),
                e.getKey(),
                "Unknown outlook parameter."
                    + OutlookScenarioReader.closest(e.getKey())
                        .map(c -> " Did you mean '" + c + "'?")
                        .orElse(""));
            continue;
          }
          OutlookScenarioReader.readOverride(e.getValue(), problems)
              .ifPresent(ov -> overrides.put(p.get(), ov));
        }
        if (!overrides.isEmpty()) {
          base = base.with(base.name() + "+overrides", "Plan scenario overrides", overrides);
        }
      }
    }
    return new OutlookSettings(base, samples, seed);
  }

  private static List<YamlNode> mappings(
      YamlNode parent, String key, String needs, Problems problems) {
    Optional<YamlNode> node = parent.get(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!node.get().isSequence()) {
      problems.error(
          node.get(),
          node.get().path(),
          node.get().text(),
          "Must be a list of entries (each starting with '- ').");
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode item : node.get().items()) {
      if (item.isMapping()) {
        out.add(item);
      } else {
        problems.error(
            item, item.path(), item.text(), "Each entry is a mapping with " + needs + ".");
      }
    }
    return out;
  }

  private static List<String> strings(YamlNode parent, String key, Problems problems) {
    Optional<YamlNode> node = parent.get(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!node.get().isSequence()) {
      problems.error(
          node.get(), node.get().path(), node.get().text(), "Must be a list, e.g. [IE, FR].");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : node.get().items()) {
      if (!item.isScalar() || item.text().isBlank()) {
        problems.error(item, item.path(), item.text(), "Must be a name.");
        out.add("");
      } else {
        out.add(item.text().trim());
      }
    }
    return out;
  }
}
