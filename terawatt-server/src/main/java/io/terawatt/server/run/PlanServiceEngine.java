package io.terawatt.server.run;

import io.terawatt.io.input.ScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.PlanCsvWriter;
import io.terawatt.io.report.PlanHtmlWriter;
import io.terawatt.io.report.PlanJsonWriter;
import io.terawatt.io.report.chart.ChartJsonWriter;
import io.terawatt.io.report.chart.ChartSet;
import io.terawatt.io.report.chart.PlanChartBuilder;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.PlanService;
import io.terawatt.plan.Scenario;
import io.terawatt.server.http.FieldError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The plan job ({@link PlanService}) behind the server: scenarios are read by {@link
 * ScenarioReader} (every problem reported), and results written by {@link PlanJsonWriter} and
 * {@link PlanHtmlWriter}, exactly as {@code terawatt plan} writes {@code results.json} and {@code
 * report.html}.
 *
 * <p>Files a scenario names ({@code file}, {@code trace}, {@code grid_intensity_series}) resolve
 * against one folder, and only relative paths inside it are accepted, so a scenario sent over HTTP
 * cannot read other files of the server.
 */
public final class PlanServiceEngine implements PlanEngine {
  /** Keys whose values are file paths in a scenario. */
  static final List<String> FILE_KEYS = List.of("file", "trace", "grid_intensity_series");

  private final Path filesDir;

  /** An engine whose scenarios may reference files under {@code filesDir}. */
  public PlanServiceEngine(Path filesDir) {
    this.filesDir = filesDir.toAbsolutePath().normalize();
  }

  @Override
  public List<FieldError> validate(String scenarioYaml) {
    List<FieldError> errors = fileReferences(scenarioYaml);
    if (!errors.isEmpty()) {
      return errors;
    }
    try {
      ScenarioReader.parse(scenarioYaml, "scenario.yaml", filesDir);
      return List.of();
    } catch (InvalidInputException e) {
      List<FieldError> out = new ArrayList<>();
      for (Problem p : e.problems()) {
        if (p.severity() == Problem.Severity.ERROR) {
          String where = p.line() > 0 ? " (line " + p.line() + ")" : "";
          out.add(new FieldError(p.path(), p.value(), p.message() + where));
        }
      }
      return out;
    }
  }

  @Override
  public PlanOutput run(String scenarioYaml, RunProgress progress) throws Exception {
    List<FieldError> refs = fileReferences(scenarioYaml);
    if (!refs.isEmpty()) {
      throw new IllegalArgumentException(refs.get(0).message());
    }
    Scenario scenario = ScenarioReader.parse(scenarioYaml, "scenario.yaml", filesDir).scenario();
    int stages = PlanService.STAGES.size();
    PlanResult result =
        PlanService.run(
            scenario,
            (stage, fraction) -> {
              if (progress.cancelled()) {
                throw new RunCancelledException("during " + stage);
              }
              int index = Math.max(0, PlanService.STAGES.indexOf(stage));
              progress.report(
                  (index + Math.max(0, Math.min(1, fraction))) / stages,
                  stage + " " + Math.round(fraction * 100) + " %");
            });
    if (progress.cancelled()) {
      throw new RunCancelledException("after the last stage");
    }
    ChartSet charts = PlanChartBuilder.describe(result);
    return new PlanOutput(
        PlanJsonWriter.write(result),
        PlanHtmlWriter.write(result, charts),
        ChartJsonWriter.write(charts),
        PlanCsvWriter.write(result));
  }

  /** Problems with file references: absolute paths and paths leaving the files folder. */
  List<FieldError> fileReferences(String yaml) {
    List<FieldError> errors = new ArrayList<>();
    Object doc;
    try {
      LoaderOptions o = new LoaderOptions();
      o.setMaxAliasesForCollections(50);
      doc = new Yaml(o).load(yaml);
    } catch (RuntimeException e) {
      return errors; // the scenario reader reports the syntax error with its line
    }
    walk(doc, "", errors);
    return errors;
  }

  private void walk(Object node, String path, List<FieldError> errors) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        String p = path.isEmpty() ? key : path + "." + key;
        if (FILE_KEYS.contains(key) && e.getValue() instanceof String s) {
          Path resolved = filesDir.resolve(s).normalize();
          if (Path.of(s).isAbsolute() || s.startsWith("~") || !resolved.startsWith(filesDir)) {
            errors.add(
                new FieldError(
                    p,
                    s,
                    "The server reads scenario files only by relative paths inside "
                        + filesDir
                        + "."));
          }
        } else {
          walk(e.getValue(), p, errors);
        }
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "[" + i + "]", errors);
      }
    }
  }
}
