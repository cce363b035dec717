package io.terawatt.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Runs before every request: writes need a valid API token, and so do data reads when reads are
 * token-only; a write body over its limit is refused (413) before it is read.
 */
public final class AccessGuard implements Handler {
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  /** The one write that takes a file upload rather than a JSON or YAML body. */
  private static final String UPLOAD_PATH = "/api/grid/imports";

  private final TokenStore tokens;
  private final ReadAccess readAccess;
  private final long maxJsonBytes;
  private final long maxUploadBytes;

  /** A guard over the tokens with these read access and body limits. */
  public AccessGuard(
      TokenStore tokens, ReadAccess readAccess, long maxJsonBytes, long maxUploadBytes) {
    this.tokens = tokens;
    this.readAccess = readAccess;
    this.maxJsonBytes = maxJsonBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  public void handle(Context ctx) throws SQLException {
    boolean write = WRITES.contains(ctx.method());
    if (write || (isData(ctx.path()) && readAccess == ReadAccess.TOKEN)) {
      requireToken(ctx, write);
    }
    if (write) {
      limitBody(ctx, ctx.path().equals(UPLOAD_PATH) ? maxUploadBytes : maxJsonBytes);
    }
  }

  /** The API, the SDK's endpoints and locations hold data; health and the pages do not. */
  private static boolean isData(String path) {
    return !path.equals("/api/health")
        && (path.startsWith("/api/")
            || path.startsWith("/emissions")
            || path.startsWith("/locations"));
  }

  private void requireToken(Context ctx, boolean write) throws SQLException {
    String auth = ctx.header("Authorization");
    if (auth == null || auth.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401,
          "Token required",
          (write ? "Writes" : "Reads")
              + " need an API token: send 'Authorization: Bearer <token>'. Mint one with"
              + " 'terawatt serve --create-token NAME'.");
    }
    String token = auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
    if (tokens.verify(token).isEmpty()) {
      throw new ApiException(403, "Invalid token", "The API token is not valid.");
    }
  }

  private void limitBody(Context ctx, long limit) {
    long length = ctx.req().getContentLengthLong();
    if (length <= limit) {
      return;
    }
    if (length <= maxUploadBytes) {
      // Read and drop the body first, so the client gets the 413 instead of a reset connection.
      try (var in = ctx.req().getInputStream()) {
        byte[] buffer = new byte[65536];
        while (in.read(buffer) >= 0) {
          // discard
        }
      } catch (IOException e) {
        // the client gave up; the 413 below is still the answer
      }
    }
    ctx.header("Connection", "close");
    throw Bodies.tooLarge(length, limit);
  }
}
