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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a scenario file (see {@code docs/scenario.md}) into a {@link Scenario}: workloads with the
 * footprint input's entry readers, candidate sites with the supply site reader (from a file or
 * inline, as specs), operations, stakeholders and the outlook. Every problem of the file, and of
 * the site files it names, is reported at once with file, line, column, field path, value and a
 * hint. What the file leaves out takes core's defaults ({@link Scenario#of}, {@link Operations#of},
 * {@link OutlookSettings#of}, {@link CandidateSite}), each with its source there.
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
  private static final Set<String> OPERATIONS =
      Set.of("batch_share", "slack_h", "job_length_h", "policies", "regions", "period_days");
  private static final Set<String> STAKEHOLDER = Set.of("name", "weights");
  private static final Set<String> OUTLOOK = Set.of("scenario", "parameters", "samples", "seed");
  private static final Set<String> PLANNING = Set.of("representative_weeks");

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
    OptionalDouble busy = OptionalDouble.empty();
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
              "Share of the year the training clusters are busy, e.g. 1.");
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
    List<CandidateSite> sites =
        CandidateSiteReader.readAll(
            mappings(root, "sites", "'name', 'zone' and 'file' or 'site'", problems),
            baseDir,
            problems);
    if (root.get("sites").isPresent()
        && root.get("sites").get().isSequence()
        && root.get("sites").get().items().isEmpty()) {
      YamlNode at = root.get("sites").get();
      problems.error(at, "sites", "", "Give at least one candidate site.");
    }

    Operations operations = readOperations(root, f, problems);
    List<Stakeholder> stakeholders = readStakeholders(root, problems);
    OutlookSettings outlook = readOutlook(f, problems);
    OptionalInt weeks = OptionalInt.empty();
    Optional<YamlNode> planning = f.mapping("planning");
    if (planning.isPresent()) {
      planning.get().warnUnknownKeys(PLANNING, problems);
      weeks =
          new Fields(planning.get(), problems)
              .integer(
                  "representative_weeks",
                  0,
                  52,
                  "0 solves all 8,760 hours; 4-12 weeks keep the demo under a minute.");
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    Scenario scenario =
        Scenario.of(
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

  private static Operations readOperations(YamlNode root, Fields top, Problems problems) {
    OptionalDouble batch = OptionalDouble.empty();
    OptionalDouble slack = OptionalDouble.empty();
    OptionalDouble length = OptionalDouble.empty();
    OptionalInt days = OptionalInt.empty();
    Optional<List<String>> policies = Optional.empty();
    List<String> regions = new ArrayList<>(strings(root, "regions", problems));
    Optional<YamlNode> ops = top.mapping("operations");
    if (ops.isPresent()) {
      YamlNode o = ops.get();
      o.warnUnknownKeys(OPERATIONS, problems);
      Fields f = new Fields(o, problems);
      batch = f.number("batch_share", 0, false, 1, "Share of the load that can wait, e.g. 0.3.");
      slack = f.number("slack_h", 0, false, 24 * 14, "Hours a job may wait, e.g. 24.");
      length = f.number("job_length_h", 0, true, 24 * 7, "e.g. 4.");
      days = f.integer("period_days", 7, 366, "Days simulated, e.g. 28.");
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
        policies = Optional.of(named);
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
    return Operations.of(batch, slack, length, policies, regions, days);
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
    Optional<io.terawatt.outlook.parameter.Scenario> named = Optional.empty();
    Map<OutlookParameter, io.terawatt.outlook.parameter.Scenario.Override> overrides =
        new LinkedHashMap<>();
    OptionalInt samples = OptionalInt.empty();
    OptionalInt seed = OptionalInt.empty();
    Optional<YamlNode> node = top.mapping("outlook");
    if (node.isPresent()) {
      YamlNode o = node.get();
      o.warnUnknownKeys(OUTLOOK, problems);
      Fields f = new Fields(o, problems);
      Optional<String> name = f.string("scenario");
      if (name.isPresent()) {
        named = BuiltInScenarios.find(name.get());
        if (named.isEmpty()) {
          YamlNode at = o.get("scenario").orElseThrow();
          problems.error(
              at,
              at.path(),
              name.get(),
              "Unknown outlook scenario; use one of "
                  + String.join(", ", BuiltInScenarios.names())
                  + ".");
        }
      }
      samples = f.integer("samples", 100, 1_000_000, "e.g. 2000.");
      seed = f.integer("seed", 0, Integer.MAX_VALUE, "");
      Optional<YamlNode> params = f.mapping("parameters");
      if (params.isPresent()) {
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
      }
    }
    return OutlookSettings.of(
        named,
        overrides,
        samples,
        seed.isPresent() ? OptionalLong.of(seed.getAsInt()) : OptionalLong.empty());
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

  static List<String> strings(YamlNode parent, String key, Problems problems) {
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
