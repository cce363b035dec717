package io.terawatt.server.http;

import io.javalin.http.Context;
import io.terawatt.io.report.api.ApiJson;
import io.terawatt.io.report.api.ProblemDocument;
import java.util.List;

/** Writes RFC 9457 problem documents ({@code application/problem+json}). */
public final class ProblemResponses {
  /** The media type of a problem document. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private ProblemResponses() {}

  /** The problem type URI for a status, under this server's documentation. */
  public static String typeFor(int status) {
    return ProblemDocument.typeFor(status);
  }

  /** Writes a problem document to the response. */
  public static void write(
      Context ctx, int status, String title, String detail, List<FieldError> errors) {
    ProblemDocument doc =
        ProblemDocument.of(
            status, title, detail, ctx.path(), errors.stream().map(FieldError::toProblem).toList());
    ctx.status(status).contentType(PROBLEM_JSON).result(ApiJson.write(doc));
  }

  /** Writes an {@link ApiException}. */
  public static void write(Context ctx, ApiException e) {
    write(ctx, e.status(), e.title(), e.getMessage(), e.errors());
  }

  /** Whether the response already holds a problem document. */
  public static boolean written(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith(PROBLEM_JSON);
  }
}
