package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.TypicalYearService;
import io.terawatt.io.report.SyntheticYearWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt grid synthesize}: a plausible hourly year for a zone from a seed. */
@Command(
    name = "synthesize",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic hourly year of average life-cycle intensity for a zone, from the built-in"
          + " typical year and a seed (same seed, same year).",
      "Use 'terawatt grid synthesize --list' for the zones."
    })
public final class GridSynthesizeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--zone", description = "Zone, e.g. DE-LU.")
  String zone;

  @Option(names = "--year", defaultValue = "2025")
  int year;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  @Option(names = "--list", description = "List the zones with a built-in typical year.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list || zone == null) {
      out.println(String.join(" ", TypicalYearService.zones()));
      out.flush();
      return zone == null && !list ? ExitCodes.USAGE : ExitCodes.OK;
    }
    out.print(SyntheticYearWriter.csv(TypicalYearService.synthesize(zone, year, seed)));
    out.flush();
    return ExitCodes.OK;
  }
}
