package io.terawatt.cli.ethics;

import io.terawatt.cli.ExitCodes;
import io.terawatt.cli.Output;
import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.AssessmentSettings;
import io.terawatt.ethics.EthicsAssessment;
import io.terawatt.io.input.OptionsFileReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.AssessmentHtmlWriter;
import io.terawatt.io.report.AssessmentJsonWriter;
import io.terawatt.io.report.AssessmentTableWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code terawatt assess OPTIONS.yaml}: rankings under every lens, the Pareto set, dilemmas, weight
 * stability and SMAA-2.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description =
        "Ranks options under several ethical lenses and MCDA methods, shows the Pareto set, the"
            + " dilemmas where lenses disagree, weight stability and SMAA-2 acceptabilities.",
    subcommands = {AllocationCommand.class})
public final class AssessCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OPTIONS.yaml")
  Path file;

  @Option(names = "--format", defaultValue = "table", description = "json, table or html.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead.")
  Path output;

  @Option(names = "--samples", description = "SMAA samples (0 skips); default: the file's.")
  Integer samples;

  @Option(names = "--seed", description = "SMAA seed; default: the file's.")
  Long seed;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (!validOptions(err)) {
      return ExitCodes.USAGE;
    }
    OptionsFileReader.Result r;
    try {
      r = OptionsFileReader.read(file);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    r.warnings().stream().map(Problem::format).forEach(err::println);
    AssessmentSettings settings =
        r.settings().withSmaa(Optional.ofNullable(samples), Optional.ofNullable(seed));
    Assessment a = EthicsAssessment.assess(r.problem(), settings);
    String text =
        switch (format) {
          case "json" -> AssessmentJsonWriter.write(r.name(), a);
          case "html" -> AssessmentHtmlWriter.write(r.name(), a);
          default -> AssessmentTableWriter.write(r.name(), a);
        };
    Output.write(text, output, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** Whether the file and options are usable; prints why not. */
  private boolean validOptions(PrintWriter err) {
    if (file == null) {
      err.println("terawatt assess: give an options file, or use 'assess allocation'.");
      spec.commandLine().usage(err);
      return false;
    }
    if (!format.equals("json") && !format.equals("table") && !format.equals("html")) {
      err.println("terawatt assess: --format must be json, table or html; got '" + format + "'.");
      return false;
    }
    if (samples != null && samples < 0) {
      err.println("terawatt assess: --samples must be >= 0.");
      return false;
    }
    if (!Files.isRegularFile(file)) {
      err.println("terawatt assess: no such file: " + file);
      return false;
    }
    return true;
  }
}
