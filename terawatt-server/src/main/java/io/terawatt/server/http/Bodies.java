package io.terawatt.server.http;

import io.javalin.http.Context;
import io.terawatt.io.input.JsonStrings;
import io.terawatt.io.input.YamlMapping;
import io.terawatt.io.input.YamlMapping.MalformedYamlException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies within a size limit, through io's readers: JSON objects of string fields and
 * YAML documents. Every failure is an {@link ApiException} (400 or 413).
 */
public final class Bodies {
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

  /**
   * The string fields of a JSON object body; 400 for malformed JSON, another JSON type, a field of
   * another type or a required field missing (every problem at once).
   */
  public static JsonStrings jsonStrings(
      Context ctx, long limitBytes, List<String> fields, List<String> required) {
    JsonStrings body;
    try {
      body = JsonStrings.read(text(ctx, limitBytes), "body", fields, required);
    } catch (JsonStrings.MalformedJsonException e) {
      throw new ApiException(
          400,
          "Malformed JSON",
          "The body is not valid JSON" + e.where() + ": " + e.reason(),
          List.of(new FieldError("body", null, "Malformed JSON" + e.where() + ".")));
    }
    if (!body.problems().isEmpty()) {
      throw ApiException.badRequest(body.problems().stream().map(FieldError::of).toList());
    }
    return body;
  }

  /**
   * Checks that a text is one YAML mapping; 400 with the line and column of a syntax error.
   *
   * @param field the request field that held the text, for the problem document
   * @return the parsed mapping
   */
  public static Map<String, Object> yamlMapping(String yaml, String field) {
    try {
      return YamlMapping.read(yaml);
    } catch (MalformedYamlException e) {
      String detail =
          switch (e.kind()) {
            case NOT_A_MAPPING -> "The scenario must be a YAML mapping (key: value lines).";
            default -> "The scenario is not valid YAML" + e.where() + ": " + e.reason();
          };
      String message =
          switch (e.kind()) {
            case NOT_A_MAPPING -> "The scenario must be a YAML mapping.";
            case LIMIT -> "Malformed YAML.";
            case SYNTAX -> "Malformed YAML" + e.where() + ": " + e.reason();
          };
      throw new ApiException(
          400, "Malformed YAML", detail, List.of(new FieldError(field, null, message)));
    }
  }
}
