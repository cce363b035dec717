package io.terawatt.cli.ethics;

import io.terawatt.cli.ExitCodes;
import io.terawatt.cli.Output;
import io.terawatt.ethics.AllocationReport;
import io.terawatt.ethics.AllocationRequest;
import io.terawatt.ethics.AllocationService;
import io.terawatt.io.report.AllocationWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt assess allocation}: the built-in heat-wave scarcity scenario under each rule. */
@Command(
    name = "allocation",
    mixinStandardHelpOptions = true,
    description =
        "Shares a short supply among essential community, other community and AI load under"
            + " named rules, on the built-in five-day heat-wave scenario.")
public final class AllocationCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rule",
      description = "essential-first, proportional, price-based or ai-curtails-first.")
  String rule;

  @Option(names = "--all", description = "Every rule (the default).")
  boolean all;

  @Option(names = "--format", defaultValue = "table", description = "json or table.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead.")
  Path output;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (!format.equals("json") && !format.equals("table")) {
      err.println("terawatt assess allocation: --format must be json or table.");
      return ExitCodes.USAGE;
    }
    if (rule != null && all) {
      err.println("terawatt assess allocation: give --rule or --all, not both.");
      return ExitCodes.USAGE;
    }
    if (rule != null && !AllocationService.knowsRule(rule)) {
      err.println(
          "terawatt assess allocation: unknown rule '"
              + rule
              + "'; use essential-first, proportional, price-based or ai-curtails-first.");
      return ExitCodes.USAGE;
    }
    AllocationReport report =
        AllocationService.allocate(new AllocationRequest(Optional.ofNullable(rule)));
    String text =
        format.equals("json") ? AllocationWriter.json(report) : AllocationWriter.table(report);
    Output.write(text, output, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
