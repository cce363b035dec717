package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.SyntheticComparisonRequest;
import io.terawatt.grid.TypicalYearService;
import io.terawatt.io.grid.TypicalYearInputs;
import io.terawatt.io.report.SyntheticComparisonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt grid compare-synthetic}: how close synthetic years are to a real year the typical
 * year was not fitted on (mean, spread, diurnal and seasonal shape, persistence).
 */
@Command(
    name = "compare-synthetic",
    mixinStandardHelpOptions = true,
    description = {
      "Fits a typical year per zone on --fit-years, generates the --test-year with --seeds seeds,"
          + " and compares with the real test year. Prints a Markdown table."
    })
public final class GridCompareSyntheticCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--hourly",
      defaultValue = "../shared/data/grid/electricitymaps-hourly",
      description = "Folder of <ZONE>/<ZONE>_<YEAR>_hourly.csv files.")
  Path hourly;

  @Option(names = "--fit-years", defaultValue = "2021,2022", split = ",")
  List<Integer> fitYears;

  @Option(names = "--test-year", defaultValue = "2023")
  int testYear;

  @Option(
      names = "--seeds",
      defaultValue = "10",
      description = "Synthetic years per zone (seeds 1..N).")
  int seeds;

  @Override
  public Integer call() throws Exception {
    List<SyntheticComparisonRequest> zones =
        TypicalYearInputs.comparisons(hourly, fitYears, testYear, seeds);
    PrintWriter out = spec.commandLine().getOut();
    out.print(SyntheticComparisonWriter.markdown(TypicalYearService.compare(zones)));
    out.flush();
    return ExitCodes.OK;
  }
}
