package io.terawatt.cli.supply;

import io.terawatt.cli.ExitCodes;
import io.terawatt.supply.SupplyService;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code terawatt supply}: energy supply of a data-centre site. */
@Command(
    name = "supply",
    mixinStandardHelpOptions = true,
    description = "Energy supply of a site: hourly dispatch simulation and least-cost planning.",
    subcommands = {
      SupplySimulateCommand.class,
      SupplyPlanCommand.class,
      SupplyCommand.Technologies.class
    })
public final class SupplyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code terawatt supply technologies}: the catalog as a Markdown table. */
  @Command(
      name = "technologies",
      mixinStandardHelpOptions = true,
      description =
          "Prints the technology catalog (costs by year, emissions, availability, sources' status).")
  public static final class Technologies implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(SupplyService.technologyTable());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
