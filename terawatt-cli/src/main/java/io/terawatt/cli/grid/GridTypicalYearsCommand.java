package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.grid.typical.TypicalYearCodec;
import io.terawatt.grid.typical.TypicalYearFitter;
import io.terawatt.grid.typical.YearlyMean;
import io.terawatt.grid.typical.YearlyMeanCodec;
import io.terawatt.io.grid.AverageSeriesLoader;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.timeseries.HourlySeries;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
      description =
          "Where to write "
              + BuiltInTypicalYears.TYPICAL_YEARS_RESOURCE
              + " and "
              + BuiltInTypicalYears.YEARLY_MEANS_RESOURCE
              + ".")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    Map<String, List<HourlySeries>> series = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(hourly)) {
      files = s.filter(p -> p.getFileName().toString().endsWith("_hourly.csv")).sorted().toList();
    }
    for (Path f : files) {
      for (Map.Entry<String, HourlySeries> e :
          AverageSeriesLoader.read(f, ImportOptions.defaults()).entrySet()) {
        series.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        sources.put(e.getKey(), "Electricity Maps hourly LCA " + hourly.getFileName());
      }
      err.println("read " + f);
    }
    Map<String, HourlySeries> wideSeries = AverageSeriesLoader.read(wide, ImportOptions.defaults());
    err.println("read " + wide + " (" + wideSeries.size() + " zones)");
    for (Map.Entry<String, HourlySeries> e : wideSeries.entrySet()) {
      if (!series.containsKey(e.getKey())) {
        series.put(e.getKey(), List.of(e.getValue()));
        sources.put(e.getKey(), "Electricity Maps 123-zone 2022 LCA");
      }
    }
    List<TypicalYear> years = new ArrayList<>();
    for (Map.Entry<String, List<HourlySeries>> e : series.entrySet()) {
      years.add(TypicalYearFitter.fit(e.getKey(), sources.get(e.getKey()), e.getValue()));
    }
    Files.createDirectories(outDir);
    try (OutputStream out =
        Files.newOutputStream(outDir.resolve(BuiltInTypicalYears.TYPICAL_YEARS_RESOURCE))) {
      TypicalYearCodec.writeGzip(years, out);
    }
    List<YearlyMean> means;
    try (InputStream in = Files.newInputStream(yearlyMeans)) {
      means = YearlyMeanCodec.read(in);
    }
    try (Writer w =
        Files.newBufferedWriter(
            outDir.resolve(BuiltInTypicalYears.YEARLY_MEANS_RESOURCE), StandardCharsets.UTF_8)) {
      YearlyMeanCodec.write(means, w);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%d typical years and %d yearly means written to %s%n",
            years.size(), means.size(), outDir);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
