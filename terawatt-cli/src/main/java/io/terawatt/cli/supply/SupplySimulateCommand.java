package io.terawatt.cli.supply;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.SupplyChartsWriter;
import io.terawatt.io.report.SupplyJsonWriter;
import io.terawatt.supply.SupplyService;
import io.terawatt.supply.SupplySimulationRequest;
import io.terawatt.supply.SupplySimulationResult;
import io.terawatt.supply.SupplySiteSpec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terawatt supply simulate SITE.yaml}: a year of hourly dispatch with built capacities. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulates a year of hourly dispatch with the site's existing capacities.")
public final class SupplySimulateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SITE.yaml")
  Path file;

  @Option(names = "--year", description = "Scenario year (2025-2050); default: the file's year.")
  Integer year;

  @Option(names = "--format", defaultValue = "json", description = "json")
  String format;

  @Option(names = "--charts", paramLabel = "DIR", description = "Write SVG charts to this folder.")
  Path charts;

  @Override
  public Integer call() throws Exception {
    Optional<SupplySiteSpec> site = SiteFiles.read(file, spec.commandLine().getErr());
    if (site.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    SupplySimulationResult result =
        SupplyService.simulate(
            new SupplySimulationRequest(
                site.get(), year == null ? OptionalInt.empty() : OptionalInt.of(year)));
    spec.commandLine().getOut().println(SupplyJsonWriter.simulation(result));
    if (charts != null) {
      SupplyChartsWriter.write(charts, result);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
