package io.terawatt.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem document: {@link ApiException}s with their status, Javalin's
 * own HTTP errors, unexpected exceptions (500, logged), and 404 and 405 for unknown paths and
 * methods.
 */
public final class ErrorHandlers {
  private static final Logger LOG = Logger.getLogger(ErrorHandlers.class.getName());

  private ErrorHandlers() {}

  /** Registers the handlers. */
  public static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> ProblemResponses.write(ctx, e));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            ProblemResponses.write(
                ctx, e.getStatus(), statusTitle(e.getStatus()), e.getMessage(), List.of()));
    routes.exception(Exception.class, ErrorHandlers::unexpected);
    routes.error(
        404,
        ctx -> unlessWritten(ctx, 404, "Not found", "There is nothing at " + ctx.path() + "."));
    routes.error(
        405,
        ctx ->
            unlessWritten(
                ctx,
                405,
                "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path() + "."));
  }

  private static void unexpected(Exception e, Context ctx) {
    LOG.log(Level.WARNING, "Request failed: " + ctx.path(), e);
    ProblemResponses.write(ctx, 500, "Internal server error", "The server failed: " + e, List.of());
  }

  private static void unlessWritten(Context ctx, int status, String title, String detail) {
    if (!ProblemResponses.written(ctx)) {
      ProblemResponses.write(ctx, status, title, detail, List.of());
    }
  }

  private static String statusTitle(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 413 -> "Request body too large";
      case 415 -> "Unsupported media type";
      default -> "HTTP " + status;
    };
  }
}
