package io.terawatt.server.carbonaware;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.io.store.GridStore;
import io.terawatt.io.store.StoredSeries;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every location the server knows, with its hourly intensities held in memory: imported series from
 * the grid store first (the average signal, lifecycle basis preferred), built-in typical years for
 * every other zone. Immutable; the server swaps in a new one after an import.
 */
public final class GridSignals {
  private final Map<String, IntensitySource> byKey;
  private final Map<String, IntensitySource> typical;

  /** Signals over these sources (imported) and the built-in typical years (fallback). */
  public GridSignals(
      Collection<IntensitySource> imported, Collection<IntensitySource> typicalYears) {
    Map<String, IntensitySource> m = new LinkedHashMap<>();
    Map<String, IntensitySource> t = new LinkedHashMap<>();
    for (IntensitySource s : typicalYears) {
      t.put(key(s.location()), s);
    }
    for (IntensitySource s : imported) {
      m.put(key(s.location()), s);
    }
    for (Map.Entry<String, IntensitySource> e : t.entrySet()) {
      m.putIfAbsent(e.getKey(), e.getValue());
    }
    this.byKey = Collections.unmodifiableMap(m);
    this.typical = Collections.unmodifiableMap(t);
  }

  /** The built-in typical years only. */
  public static GridSignals builtIn() {
    return new GridSignals(List.of(), builtInSources());
  }

  /** The built-in typical years as sources. */
  public static List<IntensitySource> builtInSources() {
    BuiltInTypicalYears b = BuiltInTypicalYears.get();
    List<IntensitySource> out = new ArrayList<>();
    for (String zone : b.zones()) {
      out.add(new TypicalYearSource(b.find(zone).orElseThrow()));
    }
    return out;
  }

  /**
   * Reads every average-signal series of the store into memory (lifecycle basis preferred, then
   * direct) and adds the built-in typical years for the other zones.
   */
  public static GridSignals load(GridStore store) throws SQLException {
    Map<String, StoredSeries> chosen = new LinkedHashMap<>();
    for (StoredSeries s : store.catalog()) {
      if (!s.signal().equals(Signal.AVERAGE.id())) {
        continue;
      }
      StoredSeries prev = chosen.get(s.zone());
      if (prev == null || (!prev.basis().equals("lifecycle") && s.basis().equals("lifecycle"))) {
        chosen.put(s.zone(), s);
      }
    }
    List<IntensitySource> imported = new ArrayList<>();
    for (StoredSeries s : chosen.values()) {
      EmissionBasis basis = EmissionBasis.parse(s.basis()).orElseThrow();
      var end = s.lastHour().plus(Duration.ofHours(1));
      double[] v = store.intensity(s.zone(), Signal.AVERAGE, basis, s.firstHour(), end);
      imported.add(new ImportedSource(s.zone(), s.firstHour(), v));
    }
    return new GridSignals(imported, builtInSources());
  }

  /** The source of a location, matched without regard to case. */
  public Optional<IntensitySource> find(String location) {
    return Optional.ofNullable(byKey.get(key(location)));
  }

  /** The built-in typical year of a location, when there is one. */
  public Optional<IntensitySource> typicalYear(String location) {
    return Optional.ofNullable(typical.get(key(location)));
  }

  /** All sources, imported first. */
  public Collection<IntensitySource> all() {
    return byKey.values();
  }

  private static String key(String location) {
    return location.trim().toUpperCase(Locale.ROOT);
  }
}
