package io.terawatt.io.input;

import io.terawatt.ethics.AssessmentSettings;
import io.terawatt.ethics.DecisionOption;
import io.terawatt.ethics.DecisionProblem;
import io.terawatt.ethics.Direction;
import io.terawatt.ethics.Estimate;
import io.terawatt.ethics.Indicator;
import io.terawatt.ethics.Stakeholder;
import io.terawatt.ethics.Threshold;
import io.terawatt.ethics.indicator.IndicatorCatalog;
import io.terawatt.ethics.mcda.PreferenceFunction;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.NumberText;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an options file for {@code terawatt assess} (see {@code docs/ethics.md}): {@code
 * indicators}, {@code options}, {@code stakeholders}, optional {@code thresholds} and {@code smaa}.
 * An indicator value is a number, a range {@code [low, high]}, or {@code {central, low, high}}.
 * Indicators from the standard catalog need only their name. Every problem is reported at once with
 * line, column, field path and value.
 */
public final class OptionsFileReader {
  private static final Set<String> TOP =
      Set.of("name", "description", "indicators", "options", "stakeholders", "thresholds", "smaa");
  private static final Set<String> INDICATOR =
      Set.of("name", "unit", "direction", "source", "preference");
  private static final Set<String> PREFERENCE = Set.of("function", "q", "p", "s");
  private static final Set<String> OPTION = Set.of("name", "indicators", "note");
  private static final Set<String> STAKEHOLDER = Set.of("name", "weights");
  private static final Set<String> THRESHOLD = Set.of("indicator", "max", "min");
  private static final Set<String> SMAA = Set.of("samples", "seed");
  private static final Set<String> ESTIMATE = Set.of("central", "low", "high");

  private OptionsFileReader() {}

  /** What was read. */
  public record Result(
      String name, DecisionProblem problem, AssessmentSettings settings, List<Problem> warnings) {}

  /** Reads a file. */
  public static Result read(Path file) throws IOException, InvalidInputException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses text; {@code fileName} names the file in problems. */
  public static Result parse(String text, String fileName) throws InvalidInputException {
    Problems problems = new Problems(fileName);
    Optional<YamlNode> parsed = YamlNode.parse(text, problems);
    if (parsed.isEmpty() || !parsed.get().isMapping()) {
      parsed.ifPresent(
          n ->
              problems.error(
                  n, "(root)", "", "An options file is a mapping: indicators, options, ..."));
      throw new InvalidInputException(problems.all());
    }
    YamlNode root = parsed.get();
    root.warnUnknownKeys(TOP, problems);
    Fields f = new Fields(root, problems);
    f.requireKey("indicators", "List the indicators: [{name, unit, direction: min|max}].");
    f.requireKey("options", "List at least two options: [{name, indicators: {NAME: value}}].");
    String name = f.string("name").orElse("");

    Map<String, PreferenceFunction> preferences = new LinkedHashMap<>();
    List<Indicator> indicators = indicators(root, problems, preferences);
    Set<String> known = new HashSet<>();
    indicators.forEach(i -> known.add(i.name()));
    List<DecisionOption> options = options(root, problems, indicators, known);
    List<Stakeholder> stakeholders = stakeholders(root, problems, known);
    List<Threshold> thresholds = thresholds(root, problems, known);

    int samples = AssessmentSettings.DEFAULT_SAMPLES;
    long seed = AssessmentSettings.DEFAULT_SEED;
    Optional<YamlNode> smaa = f.mapping("smaa");
    if (smaa.isPresent()) {
      smaa.get().warnUnknownKeys(SMAA, problems);
      Fields sf = new Fields(smaa.get(), problems);
      samples = sf.integer("samples", 0, 10_000_000, "0 skips SMAA.").orElse(samples);
      seed = sf.integer("seed", 0, Integer.MAX_VALUE, "").orElse((int) seed);
    }
    if (!problems.hasErrors()) {
      List<String> model = DecisionProblem.problems(indicators, options, stakeholders, thresholds);
      for (String m : model) {
        problems.error(root, "(model)", "", m);
      }
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    DecisionProblem problem = new DecisionProblem(indicators, options, stakeholders, thresholds);
    return new Result(
        name, problem, new AssessmentSettings(samples, seed, preferences), problems.warnings());
  }

  private static List<Indicator> indicators(
      YamlNode root, Problems problems, Map<String, PreferenceFunction> preferences) {
    List<Indicator> out = new ArrayList<>();
    Optional<YamlNode> list = root.get("indicators");
    if (list.isEmpty()) {
      return out;
    }
    if (!list.get().isSequence()) {
      problems.error(list.get(), list.get().path(), list.get().text(), "Must be a list.");
      return out;
    }
    for (YamlNode item : list.get().items()) {
      if (!item.isMapping()) {
        problems.error(item, item.path(), item.text(), "Each indicator is a mapping with a name.");
        continue;
      }
      item.warnUnknownKeys(INDICATOR, problems);
      Fields f = new Fields(item, problems);
      f.requireKey("name", "");
      Optional<String> name = f.string("name");
      if (name.isEmpty()) {
        continue;
      }
      Optional<Indicator> standard = IndicatorCatalog.find(name.get());
      Optional<Direction> direction = Optional.empty();
      Optional<YamlNode> dir = item.get("direction");
      if (dir.isPresent()) {
        direction = Direction.parse(dir.get().text());
        if (direction.isEmpty()) {
          problems.error(dir.get(), dir.get().path(), dir.get().text(), "Must be 'min' or 'max'.");
          continue;
        }
      } else if (standard.isPresent()) {
        direction = Optional.of(standard.get().direction());
      } else {
        problems.error(
            item,
            item.path() + ".direction",
            "",
            "The indicator '"
                + name.get()
                + "' is not in the standard catalog, so it needs direction: min or max.");
        continue;
      }
      String unit = f.string("unit").orElse(standard.map(Indicator::unit).orElse(""));
      String source = f.string("source").orElse(standard.map(Indicator::source).orElse(""));
      out.add(new Indicator(name.get(), unit, direction.get(), source));
      Optional<YamlNode> pref = f.mapping("preference");
      if (pref.isPresent()) {
        preference(pref.get(), problems).ifPresent(p -> preferences.put(name.get(), p));
      }
    }
    return out;
  }

  private static Optional<PreferenceFunction> preference(YamlNode node, Problems problems) {
    node.warnUnknownKeys(PREFERENCE, problems);
    Fields f = new Fields(node, problems);
    f.requireKey("function", "usual, u-shape, v-shape, level, linear or gaussian.");
    Optional<String> fn = f.string("function");
    if (fn.isEmpty()) {
      return Optional.empty();
    }
    Optional<PreferenceFunction.Shape> shape = PreferenceFunction.parseShape(fn.get());
    if (shape.isEmpty()) {
      YamlNode at = node.get("function").orElseThrow();
      problems.error(
          at, at.path(), fn.get(), "Use usual, u-shape, v-shape, level, linear or gaussian.");
      return Optional.empty();
    }
    double q = f.number("q", 0, false, Double.MAX_VALUE, "Indifference threshold.").orElse(0);
    double p = f.number("p", 0, false, Double.MAX_VALUE, "Preference threshold.").orElse(q);
    double s = f.number("s", 0, false, Double.MAX_VALUE, "Gaussian parameter.").orElse(0);
    if (p < q) {
      problems.error(
          node, node.path() + ".p", String.valueOf(p), "Must be at least q (" + q + ").");
      return Optional.empty();
    }
    return Optional.of(new PreferenceFunction(shape.get(), q, p, s));
  }

  private static List<DecisionOption> options(
      YamlNode root, Problems problems, List<Indicator> indicators, Set<String> known) {
    List<DecisionOption> out = new ArrayList<>();
    Optional<YamlNode> list = root.get("options");
    if (list.isEmpty()) {
      return out;
    }
    if (!list.get().isSequence()) {
      problems.error(list.get(), list.get().path(), list.get().text(), "Must be a list.");
      return out;
    }
    if (list.get().items().size() < 2) {
      problems.error(
          list.get(),
          list.get().path(),
          "",
          "At least two options are needed to decide; found " + list.get().items().size() + ".");
    }
    Set<String> names = new HashSet<>();
    for (YamlNode item : list.get().items()) {
      if (!item.isMapping()) {
        problems.error(item, item.path(), item.text(), "Each option is a mapping with a name.");
        continue;
      }
      item.warnUnknownKeys(OPTION, problems);
      Fields f = new Fields(item, problems);
      f.requireKey("name", "");
      f.requireKey("indicators", "A mapping of indicator name to value.");
      Optional<String> name = f.string("name");
      if (name.isPresent() && !names.add(name.get())) {
        YamlNode at = item.get("name").orElseThrow();
        problems.error(at, at.path(), name.get(), "Another option has the same name.");
      }
      Map<String, Estimate> values = new LinkedHashMap<>();
      Optional<YamlNode> vals = f.mapping("indicators");
      if (vals.isPresent()) {
        for (Map.Entry<String, YamlNode> e : vals.get().entries().entrySet()) {
          if (!known.contains(e.getKey())) {
            problems.error(
                e.getValue(),
                e.getValue().path(),
                e.getValue().text(),
                "Unknown indicator '" + e.getKey() + "'; declare it under indicators.");
            continue;
          }
          estimate(e.getValue(), problems).ifPresent(v -> values.put(e.getKey(), v));
        }
        for (Indicator ind : indicators) {
          if (!vals.get().entries().containsKey(ind.name())) {
            problems.error(
                vals.get(),
                vals.get().path() + "." + ind.name(),
                "",
                "The option '"
                    + name.orElse("?")
                    + "' has no value for indicator '"
                    + ind.name()
                    + "'; every option needs every indicator.");
          }
        }
      }
      name.ifPresent(n -> out.add(new DecisionOption(n, values)));
    }
    return out;
  }

  /** A number, {@code [low, high]} or {@code {central, low, high}}. */
  private static Optional<Estimate> estimate(YamlNode n, Problems problems) {
    if (n.isScalar()) {
      OptionalDouble v = finite(n, problems);
      return v.isPresent() ? Optional.of(Estimate.of(v.getAsDouble())) : Optional.empty();
    }
    if (n.isSequence()) {
      List<YamlNode> items = n.items();
      if (items.size() != 2) {
        problems.error(n, n.path(), n.text(), "A range is [low, high].");
        return Optional.empty();
      }
      OptionalDouble lo = finite(items.get(0), problems);
      OptionalDouble hi = finite(items.get(1), problems);
      if (lo.isEmpty() || hi.isEmpty()) {
        return Optional.empty();
      }
      if (lo.getAsDouble() > hi.getAsDouble()) {
        problems.error(n, n.path(), n.text(), "The low end must not exceed the high end.");
        return Optional.empty();
      }
      return Optional.of(Estimate.range(lo.getAsDouble(), hi.getAsDouble()));
    }
    n.warnUnknownKeys(ESTIMATE, problems);
    Fields f = new Fields(n, problems);
    f.requireKey("central", "");
    double lim = Double.MAX_VALUE;
    OptionalDouble c = f.number("central", -lim, false, lim, "");
    if (c.isEmpty()) {
      return Optional.empty();
    }
    double lo = f.number("low", -lim, false, lim, "").orElse(c.getAsDouble());
    double hi = f.number("high", -lim, false, lim, "").orElse(c.getAsDouble());
    Estimate e = new Estimate(c.getAsDouble(), lo, hi);
    if (!e.isValid()) {
      problems.error(n, n.path(), n.text(), "Needs low <= central <= high.");
      return Optional.empty();
    }
    return Optional.of(e);
  }

  private static OptionalDouble finite(YamlNode n, Problems problems) {
    OptionalDouble v = n.isScalar() ? NumberText.plain(n.text()) : OptionalDouble.empty();
    if (v.isEmpty() || !Double.isFinite(v.getAsDouble())) {
      problems.error(n, n.path(), n.text(), "Must be a finite number.");
      return OptionalDouble.empty();
    }
    return v;
  }

  private static List<Stakeholder> stakeholders(
      YamlNode root, Problems problems, Set<String> known) {
    List<Stakeholder> out = new ArrayList<>();
    Optional<YamlNode> list = root.get("stakeholders");
    if (list.isEmpty()) {
      return out;
    }
    if (!list.get().isSequence()) {
      problems.error(list.get(), list.get().path(), list.get().text(), "Must be a list.");
      return out;
    }
    for (YamlNode item : list.get().items()) {
      if (!item.isMapping()) {
        problems.error(item, item.path(), item.text(), "Each stakeholder is {name, weights}.");
        continue;
      }
      item.warnUnknownKeys(STAKEHOLDER, problems);
      Fields f = new Fields(item, problems);
      f.requireKey("name", "");
      f.requireKey("weights", "A mapping of indicator name to a non-negative weight.");
      Optional<String> name = f.string("name");
      Map<String, Double> weights = new LinkedHashMap<>();
      Optional<YamlNode> ws = f.mapping("weights");
      if (ws.isPresent()) {
        Fields wf = new Fields(ws.get(), problems);
        double total = 0;
        for (Map.Entry<String, YamlNode> e : ws.get().entries().entrySet()) {
          if (!known.contains(e.getKey())) {
            problems.error(
                e.getValue(),
                e.getValue().path(),
                e.getValue().text(),
                "Unknown indicator '" + e.getKey() + "'.");
            continue;
          }
          OptionalDouble w =
              wf.number(e.getKey(), 0, false, Double.MAX_VALUE, "Weights are non-negative.");
          if (w.isPresent()) {
            weights.put(e.getKey(), w.getAsDouble());
            total += w.getAsDouble();
          }
        }
        if (total <= 0
            && !ws.get().entries().isEmpty()
            && weights.size() == ws.get().entries().size()) {
          problems.error(ws.get(), ws.get().path(), "", "At least one weight must be positive.");
        }
      }
      name.ifPresent(n -> out.add(new Stakeholder(n, weights)));
    }
    return out;
  }

  private static List<Threshold> thresholds(YamlNode root, Problems problems, Set<String> known) {
    List<Threshold> out = new ArrayList<>();
    Optional<YamlNode> list = root.get("thresholds");
    if (list.isEmpty()) {
      return out;
    }
    if (!list.get().isSequence()) {
      problems.error(list.get(), list.get().path(), list.get().text(), "Must be a list.");
      return out;
    }
    for (YamlNode item : list.get().items()) {
      if (!item.isMapping()) {
        problems.error(item, item.path(), item.text(), "Each threshold is {indicator, max|min}.");
        continue;
      }
      item.warnUnknownKeys(THRESHOLD, problems);
      Fields f = new Fields(item, problems);
      f.requireKey("indicator", "");
      Optional<String> ind = f.string("indicator");
      if (ind.isPresent() && !known.contains(ind.get())) {
        YamlNode at = item.get("indicator").orElseThrow();
        problems.error(at, at.path(), ind.get(), "Unknown indicator.");
        continue;
      }
      boolean hasMax = f.has("max");
      boolean hasMin = f.has("min");
      if (hasMax == hasMin) {
        problems.error(item, item.path(), "", "Give exactly one of max or min.");
        continue;
      }
      double lim = Double.MAX_VALUE;
      OptionalDouble v = f.number(hasMax ? "max" : "min", -lim, false, lim, "");
      if (ind.isPresent() && v.isPresent()) {
        out.add(
            new Threshold(
                ind.get(), hasMax ? Threshold.Bound.MAX : Threshold.Bound.MIN, v.getAsDouble()));
      }
    }
    return out;
  }
}
