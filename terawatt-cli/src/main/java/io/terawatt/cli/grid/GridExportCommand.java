package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.store.GridStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code terawatt grid export}: carbon-intensity rows to CSV or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports hourly carbon intensity to CSV or Parquet (by the --out extension).")
public final class GridExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--zone", description = "Zone to export; all zones when absent.")
  String zone;

  @Option(
      names = "--from",
      defaultValue = "1970-01-01",
      description = "First day (UTC), inclusive.")
  String from;

  @Option(names = "--to", defaultValue = "2100-01-01", description = "Last day (UTC), exclusive.")
  String to;

  @Option(names = "--out", required = true, description = "Output file: .csv or .parquet.")
  Path outFile;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    Instant a = Dates.parse(from, "--from");
    Instant b = Dates.parse(to, "--to");
    try (GridStore store = GridStore.open(database.file())) {
      long rows = store.export(zone, a, b, outFile);
      spec.commandLine().getOut().println(rows + " rows written to " + outFile);
    }
    return ExitCodes.OK;
  }
}
