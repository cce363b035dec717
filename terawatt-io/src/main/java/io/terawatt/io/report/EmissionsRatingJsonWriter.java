package io.terawatt.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.scheduling.EmissionsRating;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Ratings as the CLI prints them (indented JSON): {@code location}, {@code start}, {@code
 * duration_h} and {@code rating_gCO2e_per_kWh}.
 */
public final class EmissionsRatingJsonWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EmissionsRatingJsonWriter() {}

  /** One rating as an object. */
  public static String rating(EmissionsRating r) {
    return write(node(MAPPER.createObjectNode(), r));
  }

  /** The ratings as an array of objects. */
  public static String ratings(List<EmissionsRating> ratings) {
    ArrayNode a = MAPPER.createArrayNode();
    ratings.forEach(r -> node(a.addObject(), r));
    return write(a);
  }

  private static ObjectNode node(ObjectNode n, EmissionsRating r) {
    n.put("location", r.location());
    n.put("start", r.start().toString());
    n.put("duration_h", r.duration().toSeconds() / 3600.0);
    n.put("rating_gCO2e_per_kWh", r.rating_gCO2e_per_kWh());
    return n;
  }

  private static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
