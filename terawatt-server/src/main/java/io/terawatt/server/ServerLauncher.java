package io.terawatt.server;

import io.terawatt.server.auth.TokenStore;
import io.terawatt.server.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the server for a front end ({@code terawatt serve}, {@link ServerMain}): with the standard
 * plan engine, a first API token minted when there is none, and a clean stop when the process is
 * asked to end.
 */
public final class ServerLauncher {
  /** The name of the token minted at the first start. */
  public static final String FIRST_TOKEN_NAME = "first";

  private ServerLauncher() {}

  /**
   * A started server.
   *
   * @param server the server, listening
   * @param firstToken the token minted because none existed (shown once), or empty
   */
  public record Started(TerawattServer server, Optional<String> firstToken) {}

  /**
   * Starts a server with the standard plan engine, whose scenario files resolve under {@code
   * <dataDir>/scenario-files}; mints a first token when the database holds none.
   */
  public static Started start(ServerConfig config, Path dataDir) throws Exception {
    TerawattServer s =
        TerawattServer.create(config, PlanEngines.standard(dataDir), Clock.systemUTC()).start();
    Optional<String> first =
        s.tokens().count() == 0
            ? Optional.of(s.tokens().create(FIRST_TOKEN_NAME))
            : Optional.empty();
    return new Started(s, first);
  }

  /** Mints an API token in the configured database, without starting a server. */
  public static String mintToken(ServerConfig config, String name) throws Exception {
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    return new TokenStore(db, Clock.systemUTC()).create(name);
  }

  /** Blocks until the process is asked to stop, then stops the server. */
  public static void awaitShutdown(TerawattServer server) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    // stopping anyway
                  }
                  stop.countDown();
                }));
    stop.await();
  }
}
