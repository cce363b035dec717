package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.TypicalYearFit;
import io.terawatt.grid.TypicalYearFitRequest;
import io.terawatt.grid.TypicalYearService;
import io.terawatt.io.grid.TypicalYearInputs;
import io.terawatt.io.grid.TypicalYearResources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt grid typical-years}: fits the built-in typical years and yearly means from real
 * Electricity Maps data and writes the resources committed in {@code terawatt-core}.
 */
@Command(
    name = "typical-years",
    mixinStandardHelpOptions = true,
    description = {
      "Fits typical years (month x weekday/weekend x hour means, residual spread and"
          + " autocorrelation) from Electricity Maps files and writes the built-in resources.",
      "Hourly per-zone files take precedence; zones only in the wide file are fitted from it."
    })
public final class GridTypicalYearsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--hourly",
      defaultValue = "../shared/data/grid/electricitymaps-hourly",
      description = "Folder of <ZONE>/<ZONE>_<YEAR>_hourly.csv files.")
  Path hourly;

  @Option(
      names = "--wide",
      defaultValue = "../shared/data/grid/electricitymaps-hourly-123zones-2022.csv",
      description = "Wide file with one column per zone.")
  Path wide;

  @Option(
      names = "--yearly-means",
      defaultValue = "../shared/data/grid/electricitymaps-yearly-mean-123zones.csv",
      description = "Yearly means file (zonecode,2020,2021,2022).")
  Path yearlyMeans;

  @Option(
      names = "--out-dir",
      defaultValue = "terawatt-core/src/main/resources/io/terawatt/grid/typical",
      description = "Where to write " + TypicalYearResources.NAMES + ".")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> progress = err::println;
    TypicalYearFitRequest request =
        new TypicalYearFitRequest(
            TypicalYearInputs.hourlyFolder(hourly, progress),
            TypicalYearInputs.wideFile(wide, progress));
    TypicalYearFit fit = TypicalYearService.fit(request);
    int means = TypicalYearResources.write(outDir, fit, yearlyMeans);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d typical years and %d yearly means written to %s%n", fit.size(), means, outDir);
    out.flush();
    return ExitCodes.OK;
  }
}
