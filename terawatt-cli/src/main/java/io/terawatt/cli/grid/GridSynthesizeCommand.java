package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.time.Duration;
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
    BuiltInTypicalYears builtIn = BuiltInTypicalYears.get();
    if (list || zone == null) {
      out.println(String.join(" ", builtIn.zones()));
      out.flush();
      return zone == null && !list ? ExitCodes.USAGE : ExitCodes.OK;
    }
    TypicalYear ty =
        builtIn
            .find(zone)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No built-in typical year for zone " + zone + "; see --list."));
    HourlySeries s = SyntheticYearGenerator.generate(ty, year, seed);
    out.println("time,gCO2e_per_kWh");
    for (int i = 0; i < s.hours(); i++) {
      out.print(s.start().plus(Duration.ofHours(i)));
      out.print(',');
      out.println(String.format(java.util.Locale.ROOT, "%.2f", s.valueAt(i)));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
