package io.terawatt.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.server.api.GridRoutes;
import io.terawatt.server.api.RunRoutes;
import io.terawatt.server.api.ScenarioRoutes;
import io.terawatt.server.auth.ReadAccess;
import io.terawatt.server.auth.TokenStore;
import io.terawatt.server.carbonaware.CarbonAwareRoutes;
import io.terawatt.server.carbonaware.LiveSignals;
import io.terawatt.server.db.Database;
import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.ProblemResponses;
import io.terawatt.server.run.PlanEngine;
import io.terawatt.server.run.RunManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code terawatt serve}: one process with the Carbon Aware SDK-compatible endpoints, the REST API
 * under {@code /api}, {@code /openapi.json}, Swagger UI at {@code /docs/} and the dashboard at
 * {@code /}.
 */
public final class TerawattServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TerawattServer.class.getName());

  private final ServerConfig config;
  private final Database db;
  private final TokenStore tokens;
  private final RunManager runs;
  private final Javalin app;
  private final LiveSignals signals;

  private TerawattServer(ServerConfig config, PlanEngine engine, Clock clock) throws Exception {
    this.config = config;
    this.db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    this.tokens = new TokenStore(db, clock);
    RunRepository runRepo = new RunRepository(db, clock);
    ScenarioRepository scenarios = new ScenarioRepository(db, clock);
    this.runs = new RunManager(runRepo, engine, config.workerThreads());
    this.signals = LiveSignals.open(config.gridDb(), config.forecastModel());
    CarbonAwareService service = new CarbonAwareService(signals, clock);
    CarbonAwareRoutes sdk = new CarbonAwareRoutes(service);
    ScenarioRoutes scenarioRoutes = new ScenarioRoutes(scenarios, engine, config.maxJsonBytes());
    RunRoutes runRoutes = new RunRoutes(runs, runRepo, scenarios, config.maxJsonBytes());
    GridRoutes gridRoutes =
        new GridRoutes(config.gridDb(), signals, service, config.maxUploadBytes());
    String openApi = resource("openapi.json");
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = config.maxUploadBytes();
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  config.maxUploadBytes() + 65536, SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              cfg.staticFiles.enableWebjars();
              cfg.staticFiles.add("/public", Location.CLASSPATH);
              if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              for (String o : config.corsOrigins()) {
                                rule.allowHost(o);
                              }
                            }));
              }
              cfg.routes.before(this::guard);
              cfg.routes.get(
                  "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
              cfg.routes.get("/api/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
              sdk.register(cfg.routes);
              scenarioRoutes.register(cfg.routes);
              runRoutes.register(cfg.routes);
              gridRoutes.register(cfg.routes);
              cfg.routes.exception(ApiException.class, (e, ctx) -> ProblemResponses.write(ctx, e));
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      ProblemResponses.write(
                          ctx,
                          e.getStatus(),
                          statusTitle(e.getStatus()),
                          e.getMessage(),
                          List.of()));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.log(java.util.logging.Level.WARNING, "Request failed: " + ctx.path(), e);
                    ProblemResponses.write(
                        ctx, 500, "Internal server error", "The server failed: " + e, List.of());
                  });
              cfg.routes.error(
                  404,
                  ctx -> {
                    if (!isProblem(ctx)) {
                      ProblemResponses.write(
                          ctx,
                          404,
                          "Not found",
                          "There is nothing at " + ctx.path() + ".",
                          List.of());
                    }
                  });
              cfg.routes.error(
                  405,
                  ctx -> {
                    if (!isProblem(ctx)) {
                      ProblemResponses.write(
                          ctx,
                          405,
                          "Method not allowed",
                          ctx.method() + " is not allowed on " + ctx.path() + ".",
                          List.of());
                    }
                  });
            });
  }

  private static boolean isProblem(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith(ProblemResponses.PROBLEM_JSON);
  }

  private static String statusTitle(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 413 -> "Request body too large";
      case 415 -> "Unsupported media type";
      default -> "HTTP " + status;
    };
  }

  /**
   * Creates a server (not started): opens and migrates the database, marks runs interrupted by an
   * earlier stop failed, and reads the grid signals into memory.
   */
  public static TerawattServer create(ServerConfig config, PlanEngine engine, Clock clock)
      throws Exception {
    return new TerawattServer(config, engine, clock);
  }

  /** Access and size checks before every request. */
  private void guard(Context ctx) throws Exception {
    boolean write =
        ctx.method() == HandlerType.POST
            || ctx.method() == HandlerType.PUT
            || ctx.method() == HandlerType.DELETE
            || ctx.method() == HandlerType.PATCH;
    String path = ctx.path();
    boolean data =
        path.startsWith("/api/") || path.startsWith("/emissions") || path.startsWith("/locations");
    if (path.equals("/api/health")) {
      data = false;
    }
    if (write || (data && config.readAccess() == ReadAccess.TOKEN)) {
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
      Optional<String> who = tokens.verify(token);
      if (who.isEmpty()) {
        throw new ApiException(403, "Invalid token", "The API token is not valid.");
      }
    }
    if (write) {
      long limit =
          path.equals("/api/grid/imports") ? config.maxUploadBytes() : config.maxJsonBytes();
      long length = ctx.req().getContentLengthLong();
      if (length > limit) {
        if (length <= config.maxUploadBytes()) {
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
  }

  /** Starts listening. */
  public TerawattServer start() {
    app.start();
    return this;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** The base URL, for example {@code http://127.0.0.1:8080}. */
  public String url() {
    String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + h + ":" + port();
  }

  /** The token store (to mint tokens). */
  public TokenStore tokens() {
    return tokens;
  }

  /** The database. */
  public Database database() {
    return db;
  }

  @Override
  public void close() throws Exception {
    app.stop();
    runs.close();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TerawattServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("The resource " + name + " is missing from the build.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
