package io.terawatt.io.report;

import io.terawatt.io.store.StoredSeries;
import java.util.List;

/** Writes the series a grid database holds as a terminal table. */
public final class GridCatalogWriter {
  private GridCatalogWriter() {}

  /** One row per series: zone, signal, basis, range, hours and mean with its unit. */
  public static String table(List<StoredSeries> catalog) {
    TextTable t =
        new TextTable(
            List.of(
                "zone",
                "signal",
                "basis",
                "first_hour",
                "last_hour",
                "hours",
                "estimated_hours",
                "mean"));
    for (StoredSeries s : catalog) {
      t.row(
          List.of(
              s.zone(),
              s.signal(),
              s.basis(),
              s.firstHour().toString(),
              s.lastHour().toString(),
              String.valueOf(s.hours()),
              String.valueOf(s.estimatedHours()),
              TextTable.num(s.mean(), 4) + " " + s.quantity().unit()));
    }
    return t.render();
  }
}
