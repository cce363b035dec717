package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.ServedModelEstimate;
import io.terawatt.footprint.TrainingEstimate;
import io.terawatt.io.parse.Problem;
import java.util.List;
import java.util.Map;

/**
 * Writes a footprint result as JSON: {@code {training: [...], inference: [...], warnings: [...]}}.
 * Numbers that are not defined (NaN, such as a compute cost without a price) are written as null.
 */
public final class FootprintJsonWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FootprintJsonWriter() {}

  /** The JSON text of a result and the reading warnings. */
  public static String write(FootprintResult result, List<Problem> warnings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put(
        "emissions_basis",
        "location-based, average grid intensity (GHG Protocol Scope 2 location-based)");
    ArrayNode training = root.putArray("training");
    for (TrainingEstimate e : result.training()) {
      training.add(node(FootprintFields.of(e)));
    }
    ArrayNode inference = root.putArray("inference");
    for (ServedModelEstimate s : result.inference()) {
      ObjectNode n = node(FootprintFields.of(s.perRequest()));
      s.fleet().ifPresent(f -> n.set("fleet", node(FootprintFields.of(f))));
      inference.add(n);
    }
    ArrayNode w = root.putArray("warnings");
    for (Problem p : warnings) {
      w.add(p.format());
    }
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  static ObjectNode node(Map<String, Object> fields) {
    ObjectNode n = MAPPER.createObjectNode();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Double d) {
        if (Double.isFinite(d)) {
          n.put(e.getKey(), d);
        } else {
          n.putNull(e.getKey());
        }
      } else if (v instanceof Integer i) {
        n.put(e.getKey(), i);
      } else if (v instanceof Long l) {
        n.put(e.getKey(), l);
      } else if (v instanceof Boolean b) {
        n.put(e.getKey(), b);
      } else {
        n.put(e.getKey(), String.valueOf(v));
      }
    }
    return n;
  }
}
