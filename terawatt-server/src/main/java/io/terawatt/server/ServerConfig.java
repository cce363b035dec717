package io.terawatt.server;

import io.terawatt.server.auth.ReadAccess;
import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs.
 *
 * @param host address to bind; 127.0.0.1 unless told otherwise
 * @param port TCP port; 0 picks a free one
 * @param dbUrl JDBC URL of the server database
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param gridDb the DuckDB grid store file (imports land here; read at start when present)
 * @param readAccess whether reads need a token
 * @param corsOrigins origins allowed by CORS; empty turns CORS off (the default)
 * @param maxJsonBytes largest JSON or YAML request body
 * @param maxUploadBytes largest grid file upload
 * @param forecastModel forecast model for zones whose imported data reach the current hour
 * @param workerThreads plans run at once
 */
public record ServerConfig(
    String host,
    int port,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path gridDb,
    ReadAccess readAccess,
    List<String> corsOrigins,
    long maxJsonBytes,
    long maxUploadBytes,
    String forecastModel,
    int workerThreads) {

  /** Default JSON and YAML body limit: 1 MiB. */
  public static final long DEFAULT_MAX_JSON_BYTES = 1L << 20;

  /** Default upload limit: 64 MiB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;

  /** Copies the list. */
  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** The data folder: {@code $TERAWATT_DATA}, else {@code ~/.local/share/terawatt}. */
  public static Path defaultDataDir() {
    String env = System.getenv("TERAWATT_DATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "terawatt");
  }

  /** Defaults under a data folder: embedded database, open reads, CORS off, 127.0.0.1:8080. */
  public static ServerConfig defaults(Path dataDir) {
    return new ServerConfig(
        "127.0.0.1",
        8080,
        io.terawatt.server.db.Database.embeddedUrl(dataDir),
        null,
        null,
        dataDir.resolve("grid.duckdb"),
        ReadAccess.OPEN,
        List.of(),
        DEFAULT_MAX_JSON_BYTES,
        DEFAULT_MAX_UPLOAD_BYTES,
        "regression",
        1);
  }

  /**
   * The configuration {@code terawatt serve} asks for: what is null takes its default under the
   * data folder (embedded database {@code <data>/server}, grid store {@code <data>/grid.duckdb}).
   *
   * @param dataDir the data folder
   * @param host address to bind
   * @param port TCP port; 0 picks a free one
   * @param dbUrl JDBC URL, or null for the embedded database
   * @param dbUser database user, or null
   * @param dbPassword database password, or null
   * @param gridDb grid store file, or null for the default
   * @param readAccess who may read
   * @param corsOrigins origins allowed by CORS
   * @param maxJsonBytes largest JSON or YAML body
   * @param maxUploadBytes largest grid file upload
   */
  public static ServerConfig of(
      Path dataDir,
      String host,
      int port,
      String dbUrl,
      String dbUser,
      String dbPassword,
      Path gridDb,
      ReadAccess readAccess,
      List<String> corsOrigins,
      long maxJsonBytes,
      long maxUploadBytes) {
    ServerConfig base = defaults(dataDir);
    return new ServerConfig(
        host,
        port,
        dbUrl != null ? dbUrl : base.dbUrl(),
        dbUser,
        dbPassword,
        gridDb != null ? gridDb : base.gridDb(),
        readAccess,
        corsOrigins,
        maxJsonBytes,
        maxUploadBytes,
        base.forecastModel(),
        base.workerThreads());
  }

  /** The database URL with any password hidden, for printing. */
  public String redactedDbUrl() {
    return dbUrl.replaceAll("password=[^&;]*", "password=***");
  }

  /** This configuration on another host and port. */
  public ServerConfig withAddress(String h, int p) {
    return new ServerConfig(
        h,
        p,
        dbUrl,
        dbUser,
        dbPassword,
        gridDb,
        readAccess,
        corsOrigins,
        maxJsonBytes,
        maxUploadBytes,
        forecastModel,
        workerThreads);
  }

  /** This configuration with another database. */
  public ServerConfig withDatabase(String url, String user, String password) {
    return new ServerConfig(
        host,
        port,
        url,
        user,
        password,
        gridDb,
        readAccess,
        corsOrigins,
        maxJsonBytes,
        maxUploadBytes,
        forecastModel,
        workerThreads);
  }

  /** This configuration with another read access and CORS origins. */
  public ServerConfig withAccess(ReadAccess r, List<String> cors) {
    return new ServerConfig(
        host,
        port,
        dbUrl,
        dbUser,
        dbPassword,
        gridDb,
        r,
        cors,
        maxJsonBytes,
        maxUploadBytes,
        forecastModel,
        workerThreads);
  }

  /** This configuration with other body limits. */
  public ServerConfig withLimits(long json, long upload) {
    return new ServerConfig(
        host,
        port,
        dbUrl,
        dbUser,
        dbPassword,
        gridDb,
        readAccess,
        corsOrigins,
        json,
        upload,
        forecastModel,
        workerThreads);
  }
}
