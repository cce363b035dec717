package io.terawatt.cli.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terawatt plan SCENARIO.yaml --out DIR}: the main job on a scenario file. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Plans a scenario end to end: footprint -> supply plan per candidate site -> carbon-aware"
          + " schedule -> ethical assessment of the sites -> outlook.",
      "Writes report.html, results.json and hourly CSV files to --out and prints a summary."
          + " Invalid scenarios exit with 3 and list every problem. Fields: docs/scenario.md."
    })
public final class PlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
  Path scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--full-year",
      description =
          "Solve each supply plan on all 8,760 hours (exact, minutes per site) instead of the"
              + " scenario's representative weeks.")
  boolean fullYear;

  @Option(
      names = "--check",
      description = "Exit 1 unless results.json has the five non-empty stage sections.")
  boolean check;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(scenario)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "No such scenario file: " + scenario);
    }
    return PlanOutput.run(
        Files.readString(scenario, StandardCharsets.UTF_8),
        scenario.toString(),
        scenario.toAbsolutePath().getParent(),
        out,
        fullYear,
        check,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
