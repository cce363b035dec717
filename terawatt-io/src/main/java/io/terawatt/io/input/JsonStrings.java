package io.terawatt.io.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.io.parse.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON object whose fields of interest are strings, such as a request body: the values of
 * the named fields and every problem (not an object, a field of another type, a required field
 * missing), all at once.
 *
 * @param values field name to value, for the named fields present as strings
 * @param problems every problem, with the field as path and the value received (null when missing)
 */
public record JsonStrings(Map<String, String> values, List<Problem> problems) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Copies. */
  public JsonStrings {
    values = Collections.unmodifiableMap(new HashMap<>(values));
    problems = List.copyOf(problems);
  }

  /** Text that is not JSON at all. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    MalformedJsonException(String where, String reason) {
      super("The text is not valid JSON" + where + ": " + reason);
      this.where = where;
      this.reason = reason;
    }

    /** The parser's reason. */
    public String reason() {
      return reason;
    }

    /** Where the text stops being JSON: {@code " at line L, column C"}, or empty. */
    public String where() {
      return where;
    }
  }

  /** The value of a field, or null when it is absent or not a string. */
  public String get(String field) {
    return values.get(field);
  }

  /**
   * Reads the named fields of a JSON object.
   *
   * @param text the JSON text
   * @param file how problems name the text, for example {@code body}
   * @param fields the fields to read
   * @param required the fields that must be present
   * @throws MalformedJsonException when the text is not JSON
   */
  public static JsonStrings read(
      String text, String file, List<String> fields, List<String> required)
      throws MalformedJsonException {
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
      throw new MalformedJsonException(where, e.getOriginalMessage());
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    if (n == null || !n.isObject()) {
      String type = n == null ? null : n.getNodeType().name().toLowerCase(Locale.ROOT);
      problems.add(error(file, file, type, "The " + file + " must be a JSON object."));
      return new JsonStrings(values, problems);
    }
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v == null || v.isNull()) {
        if (required.contains(f)) {
          problems.add(error(file, f, null, "The " + f + " field is required."));
        }
      } else if (!v.isTextual()) {
        String type = v.getNodeType().name().toLowerCase(Locale.ROOT);
        problems.add(
            error(
                file, f, v.toString(), "The " + f + " field must be a string, not " + type + "."));
      } else {
        values.put(f, v.asText());
      }
    }
    return new JsonStrings(values, problems);
  }

  private static Problem error(String file, String path, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file, 0, 0, path, value, message);
  }
}
