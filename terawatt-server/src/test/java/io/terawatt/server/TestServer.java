package io.terawatt.server;

import io.terawatt.server.run.PlanEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A server on a free loopback port with a fresh data folder, and an HTTP client for it. */
public final class TestServer implements AutoCloseable {
  final TerawattServer server;
  final String token;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(TerawattServer server, String token) {
    this.server = server;
    this.token = token;
  }

  static TestServer start(Path dataDir, Clock clock) throws Exception {
    return start(
        ServerConfig.defaults(dataDir).withAddress("127.0.0.1", 0),
        new ScriptedPlanEngine(),
        clock);
  }

  static TestServer start(ServerConfig config, PlanEngine engine, Clock clock) throws Exception {
    TerawattServer s = TerawattServer.create(config, engine, clock).start();
    return new TestServer(s, s.tokens().create("test"));
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> getWithToken(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> put(String path, String contentType, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> delete(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  HttpResponse<String> send(HttpRequest r) throws Exception {
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create(server.url() + path);
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
