package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.grid.GridQueryResult;
import java.util.Locale;

/**
 * Writes the stored hourly values of a zone as CSV or JSON, present hours only; the value column is
 * {@code intensity_gCO2e_per_kWh} or {@code price_USD_per_MWh}.
 */
public final class GridQueryWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GridQueryWriter() {}

  /** CSV: {@code time,<column>}, four decimals. */
  public static String csv(GridQueryResult r) {
    String column = column(r);
    StringBuilder b = new StringBuilder("time,").append(column).append('\n');
    for (int i = 0; i < r.hours(); i++) {
      if (r.present(i)) {
        b.append(r.time(i))
            .append(',')
            .append(String.format(Locale.ROOT, "%.4f", r.value(i)))
            .append('\n');
      }
    }
    return b.toString();
  }

  /**
   * JSON: {@code {zone, signal, basis, points: [{time, <column>}]}} (no signal and basis for
   * prices), ending with a newline.
   */
  public static String json(GridQueryResult r) {
    String column = column(r);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("zone", r.zone());
    if (!r.prices()) {
      root.put("signal", r.signal().id());
      root.put("basis", r.basis().id());
    }
    ArrayNode points = root.putArray("points");
    for (int i = 0; i < r.hours(); i++) {
      if (r.present(i)) {
        ObjectNode p = points.addObject();
        p.put("time", r.time(i).toString());
        p.put(column, r.value(i));
      }
    }
    return Json.text(MAPPER, root) + "\n";
  }

  private static String column(GridQueryResult r) {
    return (r.prices() ? "price_" : "intensity_") + r.quantity().unit();
  }
}
