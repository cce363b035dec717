package io.terawatt.io.grid;

import io.terawatt.grid.SyntheticComparisonRequest;
import io.terawatt.grid.ZoneSeries;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the Electricity Maps files typical years are fitted on: a folder of {@code
 * <ZONE>/<ZONE>_<YEAR>_hourly.csv} files and the wide one-year file with a column per zone, as
 * average life-cycle series by zone.
 */
public final class TypicalYearInputs {
  private TypicalYearInputs() {}

  /**
   * Every {@code *_hourly.csv} file below a folder, in path order, one entry per file and zone.
   *
   * @param progress told {@code read FILE} after each file
   */
  public static List<ZoneSeries> hourlyFolder(Path folder, Consumer<String> progress)
      throws IOException, InvalidInputException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith("_hourly.csv")).sorted().toList();
    }
    String source = "Electricity Maps hourly LCA " + folder.getFileName();
    List<ZoneSeries> out = new ArrayList<>();
    for (Path f : files) {
      for (Map.Entry<String, HourlySeries> e :
          AverageSeriesLoader.read(f, ImportOptions.defaults()).entrySet()) {
        out.add(new ZoneSeries(e.getKey(), source, List.of(e.getValue())));
      }
      progress.accept("read " + f);
    }
    return out;
  }

  /**
   * The wide 2022 file of 123 zones, one entry per zone.
   *
   * @param progress told {@code read FILE (N zones)}
   */
  public static List<ZoneSeries> wideFile(Path file, Consumer<String> progress)
      throws IOException, InvalidInputException {
    Map<String, HourlySeries> wide = AverageSeriesLoader.read(file, ImportOptions.defaults());
    progress.accept("read " + file + " (" + wide.size() + " zones)");
    List<ZoneSeries> out = new ArrayList<>();
    for (Map.Entry<String, HourlySeries> e : wide.entrySet()) {
      out.add(
          new ZoneSeries(e.getKey(), "Electricity Maps 123-zone 2022 LCA", List.of(e.getValue())));
    }
    return out;
  }

  /**
   * One comparison per zone folder below {@code folder} (in name order): its fit years and its test
   * year read from {@code <ZONE>_<YEAR>_hourly.csv}.
   *
   * @throws IllegalArgumentException when a file holds no single average life-cycle series
   */
  public static List<SyntheticComparisonRequest> comparisons(
      Path folder, List<Integer> fitYears, int testYear, int seeds)
      throws IOException, InvalidInputException {
    List<Path> zones;
    try (Stream<Path> s = Files.list(folder)) {
      zones = s.filter(Files::isDirectory).sorted().toList();
    }
    List<SyntheticComparisonRequest> out = new ArrayList<>();
    for (Path dir : zones) {
      String zone = dir.getFileName().toString();
      List<HourlySeries> fit = new ArrayList<>();
      for (int y : fitYears) {
        fit.add(zoneYear(dir, zone, y));
      }
      out.add(
          new SyntheticComparisonRequest(
              zone, fitYears, fit, testYear, zoneYear(dir, zone, testYear), seeds));
    }
    return out;
  }

  private static HourlySeries zoneYear(Path dir, String zone, int year)
      throws IOException, InvalidInputException {
    Path f = dir.resolve(zone + "_" + year + "_hourly.csv");
    Map<String, HourlySeries> map =
        AverageSeriesLoader.read(f, ImportOptions.defaults().withZone(zone));
    if (map.size() != 1) {
      throw new IllegalArgumentException(f + " holds no single average life-cycle series.");
    }
    return map.values().iterator().next();
  }
}
