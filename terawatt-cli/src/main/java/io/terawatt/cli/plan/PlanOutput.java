package io.terawatt.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.ScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.PlanCsvWriter;
import io.terawatt.io.report.PlanHtmlWriter;
import io.terawatt.io.report.PlanJsonWriter;
import io.terawatt.io.report.PlanSummaryWriter;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.PlanService;
import io.terawatt.plan.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What {@code plan} and {@code demo} share: read, run the use case, write the files, summarise. */
final class PlanOutput {
  private PlanOutput() {}

  /** Reads the scenario text, runs the plan and writes the outputs; returns the exit code. */
  static int run(
      String text,
      String fileName,
      Path baseDir,
      Path out,
      boolean fullYear,
      boolean check,
      PrintWriter stdout,
      PrintWriter err)
      throws IOException {
    ScenarioReader.Result read;
    try {
      read = ScenarioReader.parse(text, fileName, baseDir);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      err.println("terawatt: " + e.problems().size() + " problem(s) in " + fileName + ".");
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    read.warnings().stream().map(Problem::format).forEach(err::println);
    Scenario scenario = read.scenario();
    if (fullYear) {
      scenario = scenario.withRepresentativeWeeks(0);
    }
    err.println(
        "terawatt: planning '"
            + scenario.name()
            + "' ("
            + scenario.sites().size()
            + " sites, "
            + (scenario.representativeWeeks() > 0
                ? scenario.representativeWeeks() + " representative weeks"
                : "all 8,760 hours")
            + ")");
    err.flush();
    ProgressBars bars = new ProgressBars(err);
    PlanResult result = PlanService.run(scenario, bars);
    Files.createDirectories(out);
    Path json = out.resolve("results.json");
    Files.writeString(json, PlanJsonWriter.write(result), StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("report.html"), PlanHtmlWriter.write(result), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : PlanCsvWriter.write(result).entrySet()) {
      Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    stdout.print(PlanSummaryWriter.write(result));
    stdout.println("wrote " + out.resolve("report.html") + ", " + json + " and hourly CSV files");
    stdout.flush();
    if (check) {
      List<String> missing = checkSections(json);
      if (!missing.isEmpty()) {
        err.println("terawatt: results.json lacks non-empty sections: " + missing);
        err.flush();
        return ExitCodes.CHECK_FAILED;
      }
      err.println("terawatt: results.json has the five non-empty sections.");
      err.flush();
    }
    return ExitCodes.OK;
  }

  /** The stage sections that are missing or empty in a results.json. */
  static List<String> checkSections(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> missing = new ArrayList<>();
    for (String s : PlanJsonWriter.SECTIONS) {
      JsonNode n = root.get(s);
      if (n == null || !n.isObject() || n.isEmpty()) {
        missing.add(s);
      }
    }
    return missing;
  }
}
