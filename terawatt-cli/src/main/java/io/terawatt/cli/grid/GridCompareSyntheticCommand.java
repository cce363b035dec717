package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.typical.SyntheticComparison;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.grid.typical.TypicalYearFitter;
import io.terawatt.io.grid.AverageSeriesLoader;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
    PrintWriter out = spec.commandLine().getOut();
    List<Path> zones;
    try (Stream<Path> s = Files.list(hourly)) {
      zones = s.filter(Files::isDirectory).sorted().toList();
    }
    out.println(
        "| zone | real mean | synthetic mean (min–max over seeds) | mean diff % | real std | synthetic std | real daily-mean std | synthetic daily-mean std | diurnal corr | monthly corr | lag-1 real / synth | lag-24 real / synth |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Path dir : zones) {
      String zone = dir.getFileName().toString();
      List<HourlySeries> fit = new ArrayList<>();
      for (int y : fitYears) {
        fit.add(load(dir, zone, y));
      }
      HourlySeries real = load(dir, zone, testYear);
      TypicalYear ty = TypicalYearFitter.fit(zone, "fit " + fitYears, fit);
      double sumMean = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sumStd = 0, sumDay = 0;
      double sumDiurnal = 0, sumMonthly = 0, sumLag1 = 0, sumLag24 = 0;
      SyntheticComparison c = null;
      for (int seed = 1; seed <= seeds; seed++) {
        c = SyntheticComparison.compare(real, SyntheticYearGenerator.generate(ty, testYear, seed));
        double m = c.synthetic().mean_gCO2e_per_kWh();
        sumMean += m;
        min = Math.min(min, m);
        max = Math.max(max, m);
        sumStd += c.synthetic().std_gCO2e_per_kWh();
        sumDay += c.synthetic().dailyMeanStd_gCO2e_per_kWh();
        sumDiurnal += c.diurnalProfileCorrelation();
        sumMonthly += c.monthlyMeanCorrelation();
        sumLag1 += c.synthetic().lag1();
        sumLag24 += c.synthetic().lag24();
      }
      double n = seeds;
      out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f (%.1f–%.1f) | %+.1f | %.1f | %.1f | %.1f | %.1f | %.3f | %.3f | %.3f / %.3f | %.3f / %.3f |",
              zone,
              c.real().mean_gCO2e_per_kWh(),
              sumMean / n,
              min,
              max,
              (sumMean / n / c.real().mean_gCO2e_per_kWh() - 1) * 100,
              c.real().std_gCO2e_per_kWh(),
              sumStd / n,
              c.real().dailyMeanStd_gCO2e_per_kWh(),
              sumDay / n,
              sumDiurnal / n,
              sumMonthly / n,
              c.real().lag1(),
              sumLag1 / n,
              c.real().lag24(),
              sumLag24 / n));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static HourlySeries load(Path dir, String zone, int year) throws Exception {
    Path f = dir.resolve(zone + "_" + year + "_hourly.csv");
    var map = AverageSeriesLoader.read(f, ImportOptions.defaults().withZone(zone));
    if (map.size() != 1) {
      throw new IllegalArgumentException(f + " holds no single average life-cycle series.");
    }
    return map.values().iterator().next();
  }
}
