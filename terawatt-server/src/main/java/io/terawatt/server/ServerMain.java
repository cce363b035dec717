package io.terawatt.server;

import io.terawatt.server.run.PlanEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * A plain entry point: {@code java -cp ... io.terawatt.server.ServerMain [--data DIR] [--host H]
 * [--port N] [--db-url URL] [--plan-engine CLASS]}. {@code terawatt serve} is the usual way in;
 * this one serves tests that run the server in a child process. It prints {@code listening <url>}
 * and, when it mints one, {@code token <token>}.
 */
public final class ServerMain {
  private ServerMain() {}

  /** Starts the server and waits until the process is stopped. */
  public static void main(String[] args) throws Exception {
    Path data = ServerConfig.defaultDataDir();
    String host = "127.0.0.1";
    int port = 8080;
    String dbUrl = null;
    String engineClass = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]);
        case "--host" -> host = args[i + 1];
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--db-url" -> dbUrl = args[i + 1];
        case "--plan-engine" -> engineClass = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    ServerConfig c = ServerConfig.defaults(data).withAddress(host, port);
    if (dbUrl != null) {
      c = c.withDatabase(dbUrl, null, null);
    }
    PlanEngine engine =
        engineClass == null
            ? PlanEngines.standard(data)
            : (PlanEngine) Class.forName(engineClass).getDeclaredConstructor().newInstance();
    TerawattServer s = TerawattServer.create(c, engine, Clock.systemUTC()).start();
    if (s.tokens().count() == 0) {
      System.out.println("token " + s.tokens().create("first"));
    }
    System.out.println("listening " + s.url());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
