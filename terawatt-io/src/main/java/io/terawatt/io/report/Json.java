package io.terawatt.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The text of a JSON tree the report writers built. */
final class Json {
  private Json() {}

  /** The tree as the mapper writes it; a tree of plain nodes always serialises. */
  static String text(ObjectMapper mapper, ObjectNode root) {
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
