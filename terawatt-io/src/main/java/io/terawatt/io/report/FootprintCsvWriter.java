package io.terawatt.io.report;

import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.ServedModelEstimate;
import io.terawatt.footprint.TrainingEstimate;
import java.util.Map;

/**
 * Writes a footprint result as a tidy CSV, one row per figure: {@code section,name,field,value}.
 * The unit is part of each field name.
 */
public final class FootprintCsvWriter {
  private FootprintCsvWriter() {}

  /** The CSV text of a result. */
  public static String write(FootprintResult result) {
    StringBuilder b = new StringBuilder("section,name,field,value\n");
    for (TrainingEstimate e : result.training()) {
      rows(b, "training", e.name(), FootprintFields.of(e));
    }
    for (ServedModelEstimate s : result.inference()) {
      rows(b, "inference", s.perRequest().name(), FootprintFields.of(s.perRequest()));
      s.fleet()
          .ifPresent(f -> rows(b, "inference_fleet", s.perRequest().name(), FootprintFields.of(f)));
    }
    return b.toString();
  }

  private static void rows(
      StringBuilder b, String section, String name, Map<String, Object> fields) {
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (e.getKey().equals("name")) {
        continue;
      }
      Object v = e.getValue();
      String value = v instanceof Double d && !Double.isFinite(d) ? "" : String.valueOf(v);
      b.append(section)
          .append(',')
          .append(quote(name))
          .append(',')
          .append(e.getKey())
          .append(',')
          .append(quote(value))
          .append('\n');
    }
  }

  static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
