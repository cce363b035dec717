package io.terawatt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code terawatt} entry point. */
@Command(
    name = "terawatt",
    mixinStandardHelpOptions = true,
    version = "terawatt 0.1.0",
    description =
        "Plans the energy, carbon, water and cost behind training and serving language models.",
    subcommands = {
      io.terawatt.cli.plan.DemoCommand.class,
      io.terawatt.cli.plan.PlanCommand.class,
      FootprintCommand.class,
      ValidateCommand.class,
      HardwareCommand.class,
      io.terawatt.cli.grid.GridCommand.class,
      io.terawatt.cli.supply.SupplyCommand.class,
      io.terawatt.cli.schedule.ScheduleCommand.class,
      io.terawatt.cli.ethics.AssessCommand.class,
      io.terawatt.cli.outlook.OutlookCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TerawattCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** A configured command line (also used by tests). */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new TerawattCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("terawatt: error: " + ex.getMessage());
          cmd.getErr().flush();
          return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.CHECK_FAILED;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
