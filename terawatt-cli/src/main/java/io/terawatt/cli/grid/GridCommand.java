package io.terawatt.cli.grid;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code terawatt grid}: grid signals. */
@Command(
    name = "grid",
    mixinStandardHelpOptions = true,
    description = "Grid carbon intensity and prices: import, store, forecast, typical years.",
    subcommands = {
      GridImportCommand.class,
      GridListCommand.class,
      GridQueryCommand.class,
      GridExportCommand.class,
      GridForecastCommand.class,
      GridEvaluateForecastCommand.class,
      GridSynthesizeCommand.class,
      GridCompareSyntheticCommand.class,
      GridTypicalYearsCommand.class
    })
public final class GridCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
