package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.grid.GridForecast;
import java.util.List;

/** Writes an hourly intensity forecast as JSON or a terminal table. */
public final class GridForecastWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GridForecastWriter() {}

  /**
   * JSON: {@code {zone, issued_at, signal, basis, model, training_hours, filled_hours, points:
   * [{time, gCO2e_per_kWh}]}}, ending with a newline.
   */
  public static String json(GridForecast f) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("zone", f.zone());
    root.put("issued_at", f.issuedAt().toString());
    root.put("signal", f.signal().id());
    root.put("basis", f.basis().id());
    root.put("model", f.model());
    root.put("training_hours", f.trainingHours());
    root.put("filled_hours", f.filledHours());
    ArrayNode a = root.putArray("points");
    for (int i = 0; i < f.hours(); i++) {
      ObjectNode p = a.addObject();
      p.put("time", f.time(i).toString());
      p.put("gCO2e_per_kWh", f.point_gCO2e_per_kWh(i));
    }
    return Json.text(MAPPER, root) + "\n";
  }

  /** A table of time and gCO2e_per_kWh. */
  public static String table(GridForecast f) {
    TextTable t = new TextTable(List.of("time", "gCO2e_per_kWh"));
    for (int i = 0; i < f.hours(); i++) {
      t.row(List.of(f.time(i).toString(), TextTable.num(f.point_gCO2e_per_kWh(i), 4)));
    }
    return t.render();
  }
}
