package io.terawatt.io.input;

import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.outlook.OutlookScenario;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Distribution;
import io.terawatt.outlook.parameter.Fixed;
import io.terawatt.outlook.parameter.LogNormal;
import io.terawatt.outlook.parameter.Normal;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.parameter.Triangular;
import io.terawatt.outlook.parameter.Uniform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an outlook scenario file (see {@code docs/outlook.md}): a name, an optional built-in {@code
 * base} scenario, and {@code parameters} that override it, each with a distribution and a source.
 * Every problem is reported at once with file, line, column, field path and value.
 *
 * <pre>
 * name: my-view
 * base: default
 * parameters:
 *   rebound_elasticity:
 *     distribution: triangular
 *     min: 0.9
 *     mode: 1.1
 *     max: 1.3
 *     source: "unverified: my assumption"
 * </pre>
 */
public final class OutlookScenarioReader {
  private static final Set<String> TOP = Set.of("name", "description", "base", "parameters");
  private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("fixed", List.of("value"));
    FIELDS.put("uniform", List.of("min", "max"));
    FIELDS.put("triangular", List.of("min", "mode", "max"));
    FIELDS.put("normal", List.of("mean", "sd"));
    FIELDS.put("lognormal", List.of());
  }

  private OutlookScenarioReader() {}

  /**
   * The scenario a command line names: a built-in name, or a scenario file; the default scenario
   * when {@code nameOrFile} is null.
   *
   * @throws IllegalArgumentException when it is neither a built-in name nor a file
   */
  public static OutlookScenario resolve(String nameOrFile)
      throws IOException, InvalidInputException {
    if (nameOrFile == null) {
      return new OutlookScenario(Scenario.defaults());
    }
    Optional<Scenario> builtIn = BuiltInScenarios.find(nameOrFile);
    if (builtIn.isPresent()) {
      return new OutlookScenario(builtIn.get());
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no scenario file or built-in scenario '"
              + nameOrFile
              + "'; built-in: "
              + String.join(", ", BuiltInScenarios.names()));
    }
    return new OutlookScenario(read(file));
  }

  /** Reads a scenario file. */
  public static Scenario read(Path file) throws IOException, InvalidInputException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses scenario text; {@code fileName} names the source in problems. */
  public static Scenario parse(String text, String fileName) throws InvalidInputException {
    Problems problems = new Problems(fileName);
    Optional<YamlNode> parsed = YamlNode.parse(text, problems);
    if (parsed.isEmpty() || !parsed.get().isMapping()) {
      parsed.ifPresent(
          n ->
              problems.error(
                  n, "(root)", "", "A scenario file is a mapping: name, base, parameters."));
      throw new InvalidInputException(problems.all());
    }
    YamlNode root = parsed.get();
    root.warnUnknownKeys(TOP, problems);
    Fields f = new Fields(root, problems);
    f.requireKey("name", "A scenario needs a name, e.g. 'name: my-view'.");
    String name = f.string("name").orElse("scenario");
    String description = f.string("description").orElse("Overrides of the base scenario");
    String baseName = f.string("base").orElse("default");
    Scenario base = BuiltInScenarios.find(baseName).orElse(null);
    if (base == null) {
      YamlNode at = root.get("base").orElseThrow();
      problems.error(
          at,
          "base",
          baseName,
          "Unknown base scenario; use one of " + String.join(", ", BuiltInScenarios.names()) + ".");
      base = Scenario.defaults();
    }
    Map<OutlookParameter, Scenario.Override> overrides = new LinkedHashMap<>();
    Optional<YamlNode> params = f.mapping("parameters");
    if (params.isPresent()) {
      for (Map.Entry<String, YamlNode> e : params.get().entries().entrySet()) {
        String key = e.getKey();
        YamlNode node = e.getValue();
        Optional<OutlookParameter> p = OutlookParameter.byKey(key);
        if (p.isEmpty()) {
          problems.error(
              node,
              node.path(),
              key,
              "Unknown parameter."
                  + closest(key).map(c -> " Did you mean '" + c + "'?").orElse(""));
          continue;
        }
        readOverride(node, problems).ifPresent(o -> overrides.put(p.get(), o));
      }
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    return base.with(name, description, overrides);
  }

  static Optional<Scenario.Override> readOverride(YamlNode node, Problems problems) {
    if (!node.isMapping()) {
      problems.error(
          node,
          node.path(),
          node.text(),
          "A parameter is a mapping: distribution, its fields and source.");
      return Optional.empty();
    }
    int before = errors(problems);
    Fields f = new Fields(node, problems);
    f.requireKey("distribution", "One of " + String.join(", ", FIELDS.keySet()) + ".");
    f.requireKey("source", "Cite the source of the figure, or write 'unverified: why'.");
    String kind = f.string("distribution").orElse("");
    String source = f.string("source").orElse("");
    if (!kind.isEmpty() && !FIELDS.containsKey(kind)) {
      YamlNode at = node.get("distribution").orElseThrow();
      problems.error(
          at,
          at.path(),
          kind,
          "Unknown distribution; use one of " + String.join(", ", FIELDS.keySet()) + ".");
      return Optional.empty();
    }
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Set<String> known =
        new java.util.HashSet<>(
            Set.of("distribution", "source", "min", "max", "median", "sigma", "p5", "p95"));
    known.addAll(FIELDS.get(kind));
    node.warnUnknownKeys(known, problems);
    for (String required : FIELDS.get(kind)) {
      f.requireKey(required, "A " + kind + " distribution needs " + FIELDS.get(kind) + ".");
    }
    double big = Double.MAX_VALUE;
    try {
      Distribution d =
          switch (kind) {
            case "fixed" -> new Fixed(num(f, "value", -big));
            case "uniform" -> new Uniform(num(f, "min", -big), num(f, "max", -big));
            case "triangular" ->
                new Triangular(num(f, "min", -big), num(f, "mode", -big), num(f, "max", -big));
            case "normal" ->
                new Normal(
                    num(f, "mean", -big),
                    num(f, "sd", 0),
                    f.number("min", -big, false, big, "").orElse(Double.NEGATIVE_INFINITY),
                    f.number("max", -big, false, big, "").orElse(Double.POSITIVE_INFINITY));
            case "lognormal" -> logNormal(node, f, problems);
            default -> null;
          };
      if (d == null || errors(problems) > before) {
        return Optional.empty();
      }
      return Optional.of(new Scenario.Override(d, source));
    } catch (IllegalArgumentException e) {
      if (errors(problems) == before) {
        problems.error(node, node.path(), kind, e.getMessage());
      }
      return Optional.empty();
    }
  }

  private static Distribution logNormal(YamlNode node, Fields f, Problems problems) {
    OptionalDouble median = f.number("median", 0, true, Double.MAX_VALUE, "");
    OptionalDouble sigma = f.number("sigma", 0, true, Double.MAX_VALUE, "");
    OptionalDouble p5 = f.number("p5", 0, true, Double.MAX_VALUE, "");
    OptionalDouble p95 = f.number("p95", 0, true, Double.MAX_VALUE, "");
    if (median.isPresent() && sigma.isPresent()) {
      return new LogNormal(median.getAsDouble(), sigma.getAsDouble());
    }
    if (p5.isPresent() && p95.isPresent()) {
      if (!(p5.getAsDouble() < p95.getAsDouble())) {
        problems.error(
            node, node.path() + ".p5", String.valueOf(p5.getAsDouble()), "p5 must be below p95.");
        return null;
      }
      return LogNormal.fromP5P95(p5.getAsDouble(), p95.getAsDouble());
    }
    problems.error(
        node,
        node.path(),
        "lognormal",
        "A lognormal distribution needs median and sigma, or p5 and p95.");
    return null;
  }

  private static int errors(Problems problems) {
    return (int)
        problems.all().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
  }

  /** A required number; NaN (and an error already recorded) when missing or invalid. */
  private static double num(Fields f, String key, double min) {
    return f.number(key, min, min == 0, Double.MAX_VALUE, "").orElse(Double.NaN);
  }

  static Optional<String> closest(String key) {
    return Arrays.stream(OutlookParameter.values())
        .map(OutlookParameter::key)
        .min(Comparator.comparingInt(k -> distance(k, key)))
        .filter(k -> distance(k, key) <= Math.max(3, key.length() / 3));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
