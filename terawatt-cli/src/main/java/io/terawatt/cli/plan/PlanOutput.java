package io.terawatt.cli.plan;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.ScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.PlanReportFiles;
import io.terawatt.io.report.PlanSummaryWriter;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.PlanService;
import io.terawatt.plan.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    Optional<Scenario> read = read(text, fileName, baseDir, err);
    if (read.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    Scenario scenario = fullYear ? read.get().withRepresentativeWeeks(0) : read.get();
    err.println(PlanSummaryWriter.start(scenario));
    err.flush();
    PlanResult result = PlanService.run(scenario, new ProgressBars(err));
    PlanReportFiles.write(result, out);
    stdout.print(PlanSummaryWriter.write(result));
    stdout.println(PlanSummaryWriter.wrote(out));
    stdout.flush();
    return check ? check(out, err) : ExitCodes.OK;
  }

  /** The scenario, its warnings printed; empty when it has problems (each printed). */
  private static Optional<Scenario> read(
      String text, String fileName, Path baseDir, PrintWriter err) {
    try {
      ScenarioReader.Result read = ScenarioReader.parse(text, fileName, baseDir);
      read.warnings().stream().map(Problem::format).forEach(err::println);
      return Optional.of(read.scenario());
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      err.println("terawatt: " + e.problems().size() + " problem(s) in " + fileName + ".");
      err.flush();
      return Optional.empty();
    }
  }

  /** Exit 1 unless results.json has its five non-empty stage sections. */
  private static int check(Path out, PrintWriter err) throws IOException {
    List<String> missing = PlanReportFiles.missingSections(out.resolve(PlanReportFiles.RESULTS));
    if (!missing.isEmpty()) {
      err.println("terawatt: results.json lacks non-empty sections: " + missing);
      err.flush();
      return ExitCodes.CHECK_FAILED;
    }
    err.println("terawatt: results.json has the five non-empty sections.");
    err.flush();
    return ExitCodes.OK;
  }
}
