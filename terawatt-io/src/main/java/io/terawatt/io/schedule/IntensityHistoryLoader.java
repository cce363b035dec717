package io.terawatt.io.schedule;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import io.terawatt.io.grid.GridFileReader;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.grid.ParsedFile;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.IntensityHistory;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads hourly carbon-intensity histories by zone from a file or a directory of files in any layout
 * the grid importers read, joining files of the same zone (for example one file per year).
 *
 * <p>One comparison uses one signal type: the signal (average or marginal) and basis (life-cycle or
 * direct) are chosen once for every zone, the first of {@link IntensityHistory#preference} that the
 * data has. Interior gaps are filled by {@link IntensityHistory#GAP_POLICY}; the number of filled
 * hours is reported.
 */
public final class IntensityHistoryLoader {
  private IntensityHistoryLoader() {}

  /**
   * Loads every zone of {@code path} (a file, or a directory searched recursively for {@code .csv}
   * files), or only {@code zone} when given.
   *
   * @throws InvalidInputException when a file has errors, or the zone or signal is absent (naming
   *     what there is)
   */
  public static IntensityHistory load(
      Path path, Optional<String> zone, Optional<Signal> signal, Optional<EmissionBasis> basis)
      throws IOException, InvalidInputException {
    List<Path> files = csvFiles(path, "grid file");
    Map<String, Map<String, RawPoints>> byZone = new LinkedHashMap<>();
    Map<String, SeriesMetadata> firstMeta = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : files) {
      Optional<ParsedFile> parsed = GridFileReader.read(f, ImportOptions.defaults());
      if (parsed.isEmpty()) {
        if (files.size() == 1) {
          problems.add(problem(f, "", "Layout not recognised as a grid file."));
        }
        continue;
      }
      problems.addAll(parsed.get().problems());
      for (Map.Entry<SeriesMetadata, RawPoints> e : parsed.get().allSeries().entrySet()) {
        SeriesMetadata m = e.getKey();
        if (m.quantity() != GridQuantity.CARBON_INTENSITY || e.getValue().size() == 0) {
          continue;
        }
        if (zone.isPresent() && !m.zone().equalsIgnoreCase(zone.get())) {
          continue;
        }
        String key = m.signal().name() + "/" + m.basis().name();
        byZone
            .computeIfAbsent(m.zone(), z -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> new RawPoints())
            .addAll(e.getValue());
        firstMeta.putIfAbsent(m.zone() + "|" + key, m);
      }
    }
    problems.removeIf(p -> p.severity() != Problem.Severity.ERROR);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (byZone.isEmpty()) {
      throw new InvalidInputException(
          List.of(
              problem(
                  path,
                  zone.orElse(""),
                  zone.isPresent()
                      ? "No carbon-intensity series of zone "
                          + zone.get()
                          + " here; the zones are "
                          + zonesIn(files)
                      : "No carbon-intensity series here.")));
    }
    String chosen = chooseSignal(byZone, signal, basis, path);
    Signal sig = Signal.valueOf(chosen.substring(0, chosen.indexOf('/')));
    EmissionBasis bas = EmissionBasis.valueOf(chosen.substring(chosen.indexOf('/') + 1));
    Map<String, HourlySeries> out = new LinkedHashMap<>();
    int filled = 0;
    for (Map.Entry<String, Map<String, RawPoints>> e : byZone.entrySet()) {
      RawPoints raw = e.getValue().get(chosen);
      if (raw == null) {
        continue;
      }
      SeriesMetadata m = firstMeta.get(e.getKey() + "|" + chosen);
      CleanSeries clean = HourlyAggregator.aggregate(m, raw, IntensityHistory.GAP_POLICY);
      filled += clean.report().filledHours();
      clean.toGridSeries().ifPresent(g -> out.put(e.getKey(), g.values()));
    }
    return new IntensityHistory(out, sig, bas, filled);
  }

  /**
   * Loads the hourly electricity prices (USD/MWh) of every zone in {@code path} (a price file or a
   * folder of them, for example {@code prices/DE-LU/}), joining years; gaps are filled linearly.
   *
   * @throws InvalidInputException when a file has errors or holds no prices
   */
  public static Map<String, HourlySeries> loadPrices(Path path)
      throws IOException, InvalidInputException {
    List<Path> files = csvFiles(path, "price file");
    Map<String, RawPoints> byZone = new LinkedHashMap<>();
    Map<String, SeriesMetadata> meta = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : files) {
      Optional<ParsedFile> parsed = GridFileReader.read(f, ImportOptions.defaults());
      if (parsed.isEmpty()) {
        continue;
      }
      problems.addAll(parsed.get().problems());
      for (Map.Entry<SeriesMetadata, RawPoints> e : parsed.get().allSeries().entrySet()) {
        SeriesMetadata m = e.getKey();
        if (m.quantity() == GridQuantity.ELECTRICITY_PRICE && e.getValue().size() > 0) {
          byZone.computeIfAbsent(m.zone(), z -> new RawPoints()).addAll(e.getValue());
          meta.putIfAbsent(m.zone(), m);
        }
      }
    }
    problems.removeIf(p -> p.severity() != Problem.Severity.ERROR);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (byZone.isEmpty()) {
      throw new InvalidInputException(
          List.of(problem(path, "", "No electricity prices (USD/MWh) here.")));
    }
    Map<String, HourlySeries> out = new LinkedHashMap<>();
    for (Map.Entry<String, RawPoints> e : byZone.entrySet()) {
      CleanSeries clean =
          HourlyAggregator.aggregate(meta.get(e.getKey()), e.getValue(), GapPolicy.LINEAR);
      clean.toGridSeries().ifPresent(g -> out.put(e.getKey(), g.values()));
    }
    return out;
  }

  private static String chooseSignal(
      Map<String, Map<String, RawPoints>> byZone,
      Optional<Signal> signal,
      Optional<EmissionBasis> basis,
      Path path)
      throws InvalidInputException {
    TreeSet<String> present = new TreeSet<>();
    byZone.values().forEach(m -> present.addAll(m.keySet()));
    for (IntensityHistory.Kind k : IntensityHistory.preference(signal, basis)) {
      String o = k.signal().name() + "/" + k.basis().name();
      if (present.contains(o)) {
        return o;
      }
    }
    throw new InvalidInputException(
        List.of(
            problem(
                path,
                signal.map(Signal::name).orElse("")
                    + "/"
                    + basis.map(EmissionBasis::name).orElse(""),
                "No series with that signal and basis; the data has "
                    + present.toString().toLowerCase(Locale.ROOT))));
  }

  /** The file itself, or the {@code .csv} files under a folder, sorted. */
  private static List<Path> csvFiles(Path path, String what)
      throws IOException, InvalidInputException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
            .sorted()
            .forEach(files::add);
      }
    } else if (Files.isRegularFile(path)) {
      files.add(path);
    } else {
      throw new InvalidInputException(
          List.of(
              problem(path, "", "No such file or directory; give a " + what + " or a folder.")));
    }
    return files;
  }

  private static String zonesIn(List<Path> files) throws IOException {
    TreeSet<String> zones = new TreeSet<>();
    for (Path f : files) {
      Optional<ParsedFile> parsed = GridFileReader.read(f, ImportOptions.defaults());
      parsed.ifPresent(p -> p.allSeries().keySet().forEach(m -> zones.add(m.zone())));
      if (zones.size() > 200) {
        break;
      }
    }
    return zones.isEmpty() ? "(none)" : String.join(", ", zones);
  }

  private static Problem problem(Path file, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file.toString(), 0, 0, "intensity", value, message);
  }
}
