package io.terawatt.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/** Writes RFC 9457 problem documents ({@code application/problem+json}). */
public final class ProblemResponses {
  /** The media type of a problem document. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProblemResponses() {}

  /** The problem type URI for a status, under this server's documentation. */
  public static String typeFor(int status) {
    return "https://terawatt.invalid/problems/" + status;
  }

  /** Writes a problem document to the response. */
  public static void write(
      Context ctx, int status, String title, String detail, List<FieldError> errors) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", typeFor(status));
    n.put("title", title);
    n.put("status", status);
    n.put("detail", detail);
    n.put("instance", ctx.path());
    ArrayNode list = n.putArray("errors");
    for (FieldError e : errors) {
      ObjectNode o = list.addObject();
      o.put("field", e.field());
      if (e.value() == null) {
        o.putNull("value");
      } else {
        o.put("value", e.value().length() > 200 ? e.value().substring(0, 200) + "…" : e.value());
      }
      o.put("message", e.message());
    }
    ctx.status(status);
    ctx.contentType(PROBLEM_JSON);
    ctx.result(n.toString());
  }

  /** Writes an {@link ApiException}. */
  public static void write(Context ctx, ApiException e) {
    write(ctx, e.status(), e.title(), e.getMessage(), e.errors());
  }
}
