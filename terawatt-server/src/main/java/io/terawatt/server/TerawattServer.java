package io.terawatt.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.server.api.GridRoutes;
import io.terawatt.server.api.RunRoutes;
import io.terawatt.server.api.ScenarioRoutes;
import io.terawatt.server.auth.AccessGuard;
import io.terawatt.server.auth.TokenStore;
import io.terawatt.server.carbonaware.CarbonAwareRoutes;
import io.terawatt.server.carbonaware.LiveSignals;
import io.terawatt.server.db.Database;
import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.grid.GridService;
import io.terawatt.server.http.ErrorHandlers;
import io.terawatt.server.http.JsonMapperConfig;
import io.terawatt.server.run.PlanEngine;
import io.terawatt.server.run.RunManager;
import io.terawatt.server.run.RunResults;
import io.terawatt.server.run.RunService;
import io.terawatt.server.run.ScenarioService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * {@code terawatt serve}: one process with the Carbon Aware SDK-compatible endpoints, the REST API
 * under {@code /api}, {@code /openapi.json}, Swagger UI at {@code /docs/} and the dashboard at
 * {@code /}.
 */
public final class TerawattServer implements AutoCloseable {
  private final ServerConfig config;
  private final Database db;
  private final TokenStore tokens;
  private final RunManager runs;
  private final Javalin app;

  private TerawattServer(ServerConfig config, PlanEngine engine, Clock clock) throws Exception {
    this.config = config;
    this.db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    this.tokens = new TokenStore(db, clock);
    RunRepository runRepo = new RunRepository(db, clock);
    ScenarioService scenarios = new ScenarioService(new ScenarioRepository(db, clock), engine);
    this.runs = new RunManager(runRepo, engine, config.workerThreads());
    LiveSignals signals = LiveSignals.open(config.gridDb(), config.forecastModel());
    CarbonAwareService sdk = new CarbonAwareService(signals, clock);
    Routes routes =
        new Routes(
            new CarbonAwareRoutes(sdk),
            new ScenarioRoutes(scenarios, config.maxJsonBytes()),
            new RunRoutes(
                new RunService(runs, runRepo, scenarios),
                new RunResults(runRepo),
                config.maxJsonBytes()),
            new GridRoutes(new GridService(config.gridDb(), signals, sdk), config.maxUploadBytes()),
            resource("openapi.json"));
    this.app = Javalin.create(cfg -> configure(cfg, routes));
  }

  /** Every route of the server. */
  private record Routes(
      CarbonAwareRoutes sdk,
      ScenarioRoutes scenarios,
      RunRoutes runs,
      GridRoutes grid,
      String openApi) {}

  private void configure(JavalinConfig cfg, Routes routes) {
    cfg.startup.showJavalinBanner = false;
    cfg.jsonMapper(JsonMapperConfig.javalin());
    cfg.http.maxRequestSize = config.maxUploadBytes();
    cfg.jetty.host = config.host();
    cfg.jetty.port = config.port();
    cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 65536, SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    cfg.staticFiles.enableWebjars();
    cfg.staticFiles.add("/public", Location.CLASSPATH);
    if (!config.corsOrigins().isEmpty()) {
      cfg.bundledPlugins.enableCors(
          cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
    }
    cfg.routes.before(
        new AccessGuard(
            tokens, config.readAccess(), config.maxJsonBytes(), config.maxUploadBytes()));
    cfg.routes.get(
        "/openapi.json", ctx -> ctx.contentType("application/json").result(routes.openApi()));
    cfg.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
    routes.sdk().register(cfg.routes);
    routes.scenarios().register(cfg.routes);
    routes.runs().register(cfg.routes);
    routes.grid().register(cfg.routes);
    ErrorHandlers.register(cfg.routes);
  }

  /**
   * Creates a server (not started): opens and migrates the database, marks runs interrupted by an
   * earlier stop failed, and reads the grid signals into memory.
   */
  public static TerawattServer create(ServerConfig config, PlanEngine engine, Clock clock)
      throws Exception {
    return new TerawattServer(config, engine, clock);
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
