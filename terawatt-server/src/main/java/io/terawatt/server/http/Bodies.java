package io.terawatt.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads request bodies within a size limit: JSON objects and YAML documents. */
public final class Bodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Bodies() {}

  /** The body as text; 413 when larger than {@code limitBytes}, 400 when empty. */
  public static String text(Context ctx, long limitBytes) {
    byte[] b = ctx.bodyAsBytes();
    if (b.length > limitBytes) {
      throw tooLarge(b.length, limitBytes);
    }
    if (b.length == 0) {
      throw ApiException.badRequest(List.of(new FieldError("body", "", "The body is empty.")));
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** 413 for a body of {@code size} bytes over {@code limit}. */
  public static ApiException tooLarge(long size, long limit) {
    return new ApiException(
        413,
        "Request body too large",
        "The body has " + size + " bytes; this endpoint accepts at most " + limit + " bytes.");
  }

  /** The body as a JSON object; 400 for malformed JSON or another JSON type. */
  public static JsonNode jsonObject(Context ctx, long limitBytes) {
    String text = text(ctx, limitBytes);
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
      throw new ApiException(
          400,
          "Malformed JSON",
          "The body is not valid JSON" + where + ": " + e.getOriginalMessage(),
          List.of(new FieldError("body", null, "Malformed JSON" + where + ".")));
    }
    if (n == null || !n.isObject()) {
      throw ApiException.badRequest(
          List.of(
              new FieldError(
                  "body",
                  n == null ? null : n.getNodeType().name().toLowerCase(),
                  "The body must be a JSON object.")));
    }
    return n;
  }

  /** A string field of a JSON object: null when absent; a problem added when of another type. */
  public static String stringField(JsonNode o, String name, boolean required, List<FieldError> e) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        e.add(new FieldError(name, null, "The " + name + " field is required."));
      }
      return null;
    }
    if (!v.isTextual()) {
      e.add(
          new FieldError(
              name,
              v.toString(),
              "The "
                  + name
                  + " field must be a string, not "
                  + v.getNodeType().name().toLowerCase()
                  + "."));
      return null;
    }
    return v.asText();
  }

  /**
   * Checks that a text is one YAML mapping; 400 with the line and column of a syntax error.
   *
   * @return the parsed mapping
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> yamlMapping(String yaml, String field) {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(50);
    o.setCodePointLimit(4 << 20);
    Object doc;
    try {
      doc = new Yaml(o).load(yaml);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      String where =
          m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
      throw new ApiException(
          400,
          "Malformed YAML",
          "The scenario is not valid YAML" + where + ": " + e.getProblem(),
          List.of(new FieldError(field, null, "Malformed YAML" + where + ": " + e.getProblem())));
    } catch (YAMLException e) {
      throw new ApiException(
          400,
          "Malformed YAML",
          "The scenario is not valid YAML: " + e.getMessage(),
          List.of(new FieldError(field, null, "Malformed YAML.")));
    }
    if (!(doc instanceof Map)) {
      throw new ApiException(
          400,
          "Malformed YAML",
          "The scenario must be a YAML mapping (key: value lines).",
          new ArrayList<>(
              List.of(new FieldError(field, null, "The scenario must be a YAML mapping."))));
    }
    return (Map<String, Object>) doc;
  }
}
