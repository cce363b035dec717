package io.terawatt.cli;

import io.terawatt.footprint.FootprintValidationReport;
import io.terawatt.footprint.FootprintValidationService;
import io.terawatt.io.report.ValidationReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt validate}: models against published measurements. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Compares the models with published measurements.",
    subcommands = {ValidateCommand.Footprint.class})
public final class ValidateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats of a validation report. */
  public enum Format {
    /** Terminal table. */
    table,
    /** Markdown table, as in docs/validation.md. */
    markdown,
    /** JSON rows. */
    json
  }

  /** {@code terawatt validate footprint}. */
  @Command(
      name = "footprint",
      mixinStandardHelpOptions = true,
      description = {
        "Predicted against published training energy (GPT-3, T5, Meena, BLOOM, Llama 2, OLMo 2)"
            + " and accelerator energy per output token (ML.ENERGY, Llama-3.1-8B on H100).",
        "Exit code 1 when a comparison is outside its tolerance."
      })
  public static final class Footprint implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file.")
    Path output;

    @Override
    public Integer call() throws IOException {
      FootprintValidationReport report = FootprintValidationService.validate();
      String text =
          switch (format) {
            case table -> ValidationReportWriter.table(report);
            case markdown -> ValidationReportWriter.markdown(report);
            case json -> ValidationReportWriter.json(report);
          };
      Output.write(text, output, spec.commandLine().getOut());
      return report.allPass() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
  }
}
