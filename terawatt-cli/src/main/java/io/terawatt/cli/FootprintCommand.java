package io.terawatt.cli;

import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.FootprintService;
import io.terawatt.io.input.FootprintInput;
import io.terawatt.io.input.FootprintInputReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.FootprintCsvWriter;
import io.terawatt.io.report.FootprintJsonWriter;
import io.terawatt.io.report.FootprintTableWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt footprint}: energy, carbon, water and cost of training runs and served models.
 */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    description = {
      "Estimates training and inference footprints from a YAML input file.",
      "Without --input, runs the built-in example (GPT-3 and a Llama-3-class model; one served"
          + " 8B model)."
    })
public final class FootprintCommand implements Callable<Integer> {
  static final String BUILT_IN = "default-footprint.yaml";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Input YAML (training: and inference: lists).")
  Path input;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FootprintInput in;
    try {
      in = input == null ? builtIn() : FootprintInputReader.read(input);
    } catch (NoSuchFileException e) {
      err.println(input + ": error: the input file does not exist.");
      return ExitCodes.INVALID_INPUT;
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        err.println(p.format());
      }
      long errors =
          e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
      err.println(errors + " error(s); nothing was estimated.");
      return ExitCodes.INVALID_INPUT;
    }
    for (Problem p : in.warnings()) {
      err.println(p.format());
    }
    FootprintResult result = FootprintService.estimate(in.request());
    String text =
        switch (format) {
          case json -> FootprintJsonWriter.write(result, in.warnings());
          case csv -> FootprintCsvWriter.write(result);
          case table -> FootprintTableWriter.write(result);
        };
    Output.write(text, output, out);
    return ExitCodes.OK;
  }

  private static FootprintInput builtIn() throws IOException, InvalidInputException {
    try (InputStream s = FootprintCommand.class.getResourceAsStream(BUILT_IN)) {
      if (s == null) {
        throw new IOException("The built-in example " + BUILT_IN + " is missing from the jar.");
      }
      String text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
      return FootprintInputReader.parse(text, "(built-in " + BUILT_IN + ")", Path.of("."));
    }
  }
}
