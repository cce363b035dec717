package io.terawatt.cli;

import io.terawatt.server.ServerConfig;
import io.terawatt.server.ServerLauncher;
import io.terawatt.server.TerawattServer;
import io.terawatt.server.auth.ReadAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt serve}: the HTTP server (REST API, Carbon Aware SDK-compatible endpoints,
 * dashboard) in this process. With no options it serves built-in data on 127.0.0.1:8080 with an
 * embedded database under the data folder.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Terawatt server: REST API under /api, Carbon Aware SDK endpoints (/emissions/...,"
          + " /locations), /openapi.json, Swagger UI at /docs/ and the dashboard at /.",
      "Writes need an API token (Authorization: Bearer <token>); the first start mints one and"
          + " prints it once."
    })
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks one).")
  int port = 8080;

  @Option(
      names = "--data",
      description = "Data folder (default: $TERAWATT_DATA or ~/.local/share/terawatt).")
  Path data;

  @Option(
      names = "--db-url",
      description =
          "JDBC URL of the server database, e.g. jdbc:postgresql://host:5432/terawatt"
              + " (default: embedded H2 file <data>/server.mv.db).")
  String dbUrl;

  @Option(names = "--db-user", description = "Database user.")
  String dbUser;

  @Option(
      names = "--db-password-env",
      description = "Name of the environment variable holding the database password.")
  String dbPasswordEnv;

  @Option(
      names = "--grid-db",
      description = "Grid store to read and import into (default: <data>/grid.duckdb).")
  Path gridDb;

  @Option(
      names = "--read-access",
      description = "Who may read: OPEN (default) or TOKEN (token holders only).")
  ReadAccess readAccess = ReadAccess.OPEN;

  @Option(
      names = "--cors-origin",
      description =
          "Allow cross-origin requests from this origin (repeatable; CORS is off by default).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--max-json-bytes",
      description = "Largest JSON or YAML body (default: ${DEFAULT-VALUE}).")
  long maxJsonBytes = ServerConfig.DEFAULT_MAX_JSON_BYTES;

  @Option(
      names = "--max-upload-bytes",
      description = "Largest grid file upload (default: ${DEFAULT-VALUE}).")
  long maxUploadBytes = ServerConfig.DEFAULT_MAX_UPLOAD_BYTES;

  @Option(
      names = "--create-token",
      paramLabel = "NAME",
      description = "Mint an API token for NAME, print it once, and exit.")
  String createToken;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Path dir = data != null ? data : ServerConfig.defaultDataDir();
    ServerConfig c =
        ServerConfig.of(
            dir,
            host,
            port,
            dbUrl,
            dbUser,
            password(),
            gridDb,
            readAccess,
            corsOrigins,
            maxJsonBytes,
            maxUploadBytes);
    if (createToken != null) {
      out.println(ServerLauncher.mintToken(c, createToken));
      out.flush();
      return ExitCodes.OK;
    }
    ServerLauncher.Started started = ServerLauncher.start(c, dir);
    TerawattServer server = started.server();
    started
        .firstToken()
        .ifPresent(
            t -> {
              out.println(
                  "No API token existed; minted one for writes (shown once; mint more with"
                      + " --create-token NAME):");
              out.println("  " + t);
            });
    out.println("Terawatt server on " + server.url() + "  (database " + c.redactedDbUrl() + ")");
    out.println("  dashboard " + server.url() + "/   API docs " + server.url() + "/docs/");
    out.flush();
    ServerLauncher.awaitShutdown(server);
    return ExitCodes.OK;
  }

  /** The database password from the named environment variable; a usage error when unset. */
  private String password() {
    if (dbPasswordEnv == null) {
      return null;
    }
    String password = System.getenv(dbPasswordEnv);
    if (password == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "The environment variable " + dbPasswordEnv + " is not set.");
    }
    return password;
  }
}
