package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.server.auth.ReadAccess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets the right 4xx with a problem document, and the server keeps serving. */
class BadInputTest {
  static final ObjectMapper M = new ObjectMapper();
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() throws Exception {
    s = TestServer.start(dir, Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    s.close();
  }

  @AfterEach
  void serverStillServes() throws Exception {
    assertThat(s.get("/api/health").statusCode()).isEqualTo(200);
    assertThat(s.get("/emissions/bylocation?location=DE&time=2025-01-01T00:00:00Z").statusCode())
        .isEqualTo(200);
  }

  static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = M.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).endsWith("/" + status);
    assertThat(p.has("title") && p.has("detail") && p.has("instance") && p.has("errors")).isTrue();
    return p;
  }

  @Test
  void malformedJsonIs400WithTheLine() throws Exception {
    JsonNode p =
        problem(s.post("/api/runs", "application/json", "{\"scenarioId\": \n  oops}"), 400);
    assertThat(p.get("detail").asText()).contains("line 2");
  }

  @Test
  void wrongJsonTypesAre400NamingTheField() throws Exception {
    JsonNode p = problem(s.post("/api/runs", "application/json", "{\"scenarioId\": 5}"), 400);
    assertThat(p.get("errors").get(0).get("field").asText()).isEqualTo("scenarioId");
    assertThat(p.get("errors").get(0).get("value").asText()).isEqualTo("5");
    problem(s.post("/api/runs", "application/json", "[1,2]"), 400);
    problem(s.post("/api/scenarios", "application/json", "{\"name\": [], \"yaml\": 3}"), 400);
  }

  @Test
  void malformedYamlIs400WithLineAndColumn() throws Exception {
    JsonNode p =
        problem(s.post("/api/scenarios", "application/yaml", "steps: [1, 2\nname: x"), 400);
    assertThat(p.get("detail").asText()).contains("line");
  }

  @Test
  void hugeBodiesAre413() throws Exception {
    String big = "x: \"" + "a".repeat(2 << 20) + "\"\n";
    problem(s.post("/api/scenarios", "application/yaml", big), 413);
    problem(
        s.post(
            "/api/runs", "application/json", "{\"scenarioYaml\":\"" + "b".repeat(1 << 21) + "\"}"),
        413);
  }

  @Test
  void unknownZonesAre400() throws Exception {
    problem(s.get("/emissions/bylocation?location=Nowhere"), 400);
    problem(s.get("/emissions/forecasts/current?location=Nowhere"), 400);
    problem(
        s.get(
            "/emissions/average-carbon-intensity?location=Nowhere&startTime=2025-01-01&endTime=2025-01-02"),
        400);
  }

  @Test
  void timeRangesWithoutDataAre204OrExplained() throws Exception {
    assertThat(
            s.get(
                    "/emissions/bylocations?location=DE&time=1999-01-01T00:00:00Z&toTime=1999-01-02T00:00:00Z")
                .statusCode())
        .isEqualTo(204);
    problem(
        s.get(
            "/emissions/bylocations?location=DE&time=2025-01-02T00:00:00Z&toTime=2025-01-01T00:00:00Z"),
        400);
    problem(
        s.get(
            "/emissions/bylocations?location=DE&time=2020-01-01T00:00:00Z&toTime=2024-01-01T00:00:00Z"),
        400);
  }

  @Test
  void missingTokenIs401AndWrongTokenIs403() throws Exception {
    HttpResponse<String> none =
        s.send(
            HttpRequest.newBuilder(s.uri("/api/scenarios"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("steps: 1\n"))
                .build());
    problem(none, 401);
    assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer");
    for (String wrong :
        List.of("Bearer tw_0000000000000000_nope", "Bearer garbage", "Basic dXNlcjpwdw==")) {
      HttpResponse<String> r =
          s.send(
              HttpRequest.newBuilder(s.uri("/api/scenarios"))
                  .header("Authorization", wrong)
                  .header("Content-Type", "application/yaml")
                  .POST(HttpRequest.BodyPublishers.ofString("steps: 1\n"))
                  .build());
      problem(r, 403);
    }
    String forged = s.token.substring(0, s.token.length() - 2) + "xx";
    problem(
        s.send(
            HttpRequest.newBuilder(s.uri("/api/runs/x/cancel"))
                .header("Authorization", "Bearer " + forged)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build()),
        403);
  }

  @Test
  void unknownResourcesAre404() throws Exception {
    problem(s.get("/api/runs/does-not-exist"), 404);
    problem(s.get("/api/scenarios/does-not-exist"), 404);
    problem(s.get("/api/nothing-here"), 404);
    problem(s.get("/api/runs/x/series?pointer=nope"), 404);
  }

  @Test
  void uploadsNeedMultipartAndAFile() throws Exception {
    problem(s.post("/api/grid/imports", "text/csv", "a,b\n"), 415);
    String boundary = "b" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"zone\"\r\n\r\nGB\r\n--"
            + boundary
            + "--\r\n";
    problem(s.post("/api/grid/imports", "multipart/form-data; boundary=" + boundary, body), 400);
  }

  @Test
  void tokenOnlyReadsRefuseAnonymousReads(@TempDir Path other) throws Exception {
    ServerConfig c =
        ServerConfig.defaults(other)
            .withAddress("127.0.0.1", 0)
            .withAccess(ReadAccess.TOKEN, List.of());
    try (TestServer t = TestServer.start(c, new ScriptedPlanEngine(), Clock.systemUTC())) {
      problem(t.get("/emissions/bylocation?location=DE"), 401);
      problem(t.get("/api/runs"), 401);
      assertThat(t.getWithToken("/api/runs").statusCode()).isEqualTo(200);
      assertThat(t.get("/openapi.json").statusCode()).isEqualTo(200);
      assertThat(t.get("/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    HttpResponse<String> r =
        s.send(
            HttpRequest.newBuilder(s.uri("/locations"))
                .header("Origin", "https://evil.example")
                .GET()
                .build());
    assertThat(r.headers().firstValue("access-control-allow-origin")).isEmpty();
  }
}
