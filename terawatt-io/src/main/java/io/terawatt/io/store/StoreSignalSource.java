package io.terawatt.io.store;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import io.terawatt.grid.SignalSources;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data imported into the grid store as a {@link SignalSource}, read into memory once so that
 * queries never scan the database: per zone its average carbon-intensity series (life-cycle basis
 * preferred, else direct), hourly, with NaN for the hours the store lacks.
 */
public final class StoreSignalSource {
  /** The origin of every imported location. */
  public static final String ORIGIN = "imported";

  private StoreSignalSource() {}

  /** Reads the store's average-signal series. */
  public static SignalSource load(GridStore store) throws SQLException {
    Map<String, StoredSeries> chosen = new LinkedHashMap<>();
    for (StoredSeries s : store.catalog()) {
      if (!s.signal().equals(Signal.AVERAGE.id())) {
        continue;
      }
      StoredSeries prev = chosen.get(s.zone());
      if (prev == null
          || (!prev.basis().equals(EmissionBasis.LIFECYCLE.id())
              && s.basis().equals(EmissionBasis.LIFECYCLE.id()))) {
        chosen.put(s.zone(), s);
      }
    }
    List<SignalSeries> series = new ArrayList<>();
    for (StoredSeries s : chosen.values()) {
      EmissionBasis basis = EmissionBasis.parse(s.basis()).orElseThrow();
      var end = s.lastHour().plus(Duration.ofHours(1));
      double[] v = store.intensity(s.zone(), Signal.AVERAGE, basis, s.firstHour(), end);
      SeriesMetadata m =
          new SeriesMetadata(
              s.zone(), GridQuantity.CARBON_INTENSITY, Signal.AVERAGE, basis, ORIGIN);
      series.add(SignalSeries.hourly(m, s.firstHour(), v));
    }
    return SignalSources.of(series);
  }
}
