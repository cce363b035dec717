package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios, runs, results and grid uploads through the REST API. */
class RestApiTest {
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

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return M.readTree(r.body());
  }

  static JsonNode awaitFinished(String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      JsonNode run = json(s.get("/api/runs/" + id));
      if (!run.get("state").asText().matches("queued|running")) {
        return run;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + id + " did not finish");
  }

  @Test
  void scenarioCrudRoundTrips() throws Exception {
    var created = s.post("/api/scenarios?name=small", "application/yaml", "steps: 3\n");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asText();
    assertThat(created.headers().firstValue("location")).hasValue("/api/scenarios/" + id);
    assertThat(json(s.get("/api/scenarios/" + id)).get("yaml").asText()).isEqualTo("steps: 3\n");
    var updated =
        s.put(
            "/api/scenarios/" + id,
            "application/json",
            "{\"name\":\"bigger\",\"yaml\":\"steps: 5\\n\"}");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated).get("name").asText()).isEqualTo("bigger");
    assertThat(json(s.get("/api/scenarios")).findValuesAsText("id")).contains(id);
    assertThat(s.delete("/api/scenarios/" + id).statusCode()).isEqualTo(204);
    assertThat(s.get("/api/scenarios/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void validateListsEveryProblem() throws Exception {
    var r = s.post("/api/scenarios/validate", "application/yaml", "steps: 0\nscale_MWh: lots\n");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    assertThat(n.get("valid").asBoolean()).isFalse();
    assertThat(n.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("steps", "scale_MWh");
    var invalid = s.post("/api/scenarios", "application/yaml", "steps: 0\nscale_MWh: lots\n");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(json(invalid).get("errors").size()).isEqualTo(2);
  }

  @Test
  void runStartsAsynchronouslyAndStoresResults() throws Exception {
    String sid =
        json(s.post("/api/scenarios", "application/yaml", "name: four\nsteps: 4\nscale_MWh: 2.5\n"))
            .get("id")
            .asText();
    var started = s.post("/api/runs", "application/json", "{\"scenarioId\":\"" + sid + "\"}");
    assertThat(started.statusCode()).isEqualTo(202);
    String id = json(started).get("id").asText();
    JsonNode run = awaitFinished(id);
    assertThat(run.get("state").asText()).isEqualTo("succeeded");
    assertThat(run.get("progress_fraction").asDouble()).isEqualTo(1.0);
    JsonNode results = json(s.get("/api/runs/" + id + "/results"));
    assertThat(results.get("total_energy_MWh").asDouble()).isEqualTo(0 + 2.5 + 5 + 7.5);
    JsonNode series = json(s.get("/api/runs/" + id + "/series"));
    assertThat(series.get(0).get("pointer").asText()).isEqualTo("/hourly/energy_MWh");
    assertThat(series.get(0).get("length").asInt()).isEqualTo(4);
    JsonNode slice =
        json(s.get("/api/runs/" + id + "/series?pointer=/hourly/energy_MWh&from=1&to=3"));
    assertThat(slice.toString()).isEqualTo("[2.5,5.0]");
    assertThat(s.get("/api/runs/" + id + "/report").body()).contains("report of 4 steps");
    assertThat(json(s.get("/api/runs/" + id + "/files")).toString())
        .isEqualTo("[\"energy-test.csv\"]");
    assertThat(s.get("/api/runs/" + id + "/files/energy-test.csv").body())
        .startsWith("hour_utc,load_MW");
    JsonNode hourly = json(s.get("/api/runs/" + id + "/hourly/energy-test.csv?from=1"));
    assertThat(hourly.get("start").asText()).isEqualTo("2030-01-01T01:00:00Z");
    assertThat(hourly.get("hours").asInt()).isEqualTo(3);
    assertThat(hourly.get("columns").get("wind_MW").toString()).isEqualTo("[1.875,3.75,5.625]");
    JsonNode charts = json(s.get("/api/runs/" + id + "/charts"));
    JsonNode energy = charts.get("charts").get(0);
    assertThat(energy.get("series").get(0).get("name").asText()).isEqualTo("onshore wind");
    assertThat(energy.get("series").get(0).get("values").toString())
        .isEqualTo("[0.0,1.875,3.75,5.625]");
    assertThat(run.get("links").get("charts").asText()).isEqualTo("/api/runs/" + id + "/charts");
  }

  @Test
  void aRunWithoutChartsAnswers404() throws Exception {
    String id =
        json(s.post(
                "/api/runs",
                "application/json",
                "{\"scenarioYaml\":\"steps: 1000\\nstep_ms: 20\\n\"}"))
            .get("id")
            .asText();
    var r = s.get("/api/runs/" + id + "/charts");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(r).get("detail").asText()).contains("has no charts");
    s.post("/api/runs/" + id + "/cancel", "application/json", "{}");
    assertThat(s.get("/api/runs/does-not-exist/charts").statusCode()).isEqualTo(404);
  }

  @Test
  void eventsStreamProgressUntilTheRunFinishes() throws Exception {
    var started =
        s.post(
            "/api/runs", "application/json", "{\"scenarioYaml\":\"steps: 5\\nstep_ms: 100\\n\"}");
    String id = json(started).get("id").asText();
    HttpResponse<java.util.stream.Stream<String>> r =
        s.http.send(
            HttpRequest.newBuilder(s.uri("/api/runs/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
    String body;
    try (var lines = r.body()) {
      body = lines.filter(l -> l.startsWith("data:")).collect(Collectors.joining("\n"));
    }
    assertThat(body).contains("\"state\":\"running\"").contains("\"state\":\"succeeded\"");
    assertThat(body).contains("step 5 of 5");
  }

  @Test
  void cancelStopsARunningPlan() throws Exception {
    String id =
        json(s.post(
                "/api/runs",
                "application/json",
                "{\"scenarioYaml\":\"steps: 1000\\nstep_ms: 20\\n\"}"))
            .get("id")
            .asText();
    Thread.sleep(200);
    assertThat(s.post("/api/runs/" + id + "/cancel", "application/json", "{}").statusCode())
        .isEqualTo(202);
    JsonNode run = awaitFinished(id);
    assertThat(run.get("state").asText()).isEqualTo("cancelled");
    assertThat(s.post("/api/runs/" + id + "/cancel", "application/json", "{}").statusCode())
        .isEqualTo(409);
    assertThat(s.get("/api/runs/" + id + "/results").statusCode()).isEqualTo(404);
  }

  @Test
  void compareListsNumericDifferences() throws Exception {
    String a =
        json(s.post("/api/runs", "application/json", "{\"scenarioYaml\":\"steps: 2\\n\"}"))
            .get("id")
            .asText();
    String b =
        json(s.post("/api/runs", "application/json", "{\"scenarioYaml\":\"steps: 3\\n\"}"))
            .get("id")
            .asText();
    awaitFinished(a);
    awaitFinished(b);
    JsonNode c = json(s.get("/api/runs/compare?a=" + a + "&b=" + b));
    JsonNode total = null;
    for (JsonNode v : c.get("values")) {
      if (v.get("pointer").asText().equals("/total_energy_MWh")) {
        total = v;
      }
    }
    assertThat(total).isNotNull();
    assertThat(total.get("difference").asDouble()).isEqualTo(3.0 - 1.0);
  }

  @Test
  void uploadedGridDataReplacesTheTypicalYearForItsZone() throws Exception {
    String csv =
        "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
            + "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
            + "Data Source,Data Estimated,Data Estimation Method\n"
            + "2024-01-01 00:00:00,X,X,ZZ-TEST,90,100,1,1,src,false,\n"
            + "2024-01-01 01:00:00,X,X,ZZ-TEST,190,200,1,1,src,false,\n"
            + "2024-01-01 02:00:00,X,X,ZZ-TEST,40,50,1,1,src,false,\n";
    String boundary = "----terawatt" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zz.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    var r = s.post("/api/grid/imports", "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode best =
        json(
            s.get(
                "/emissions/bylocations/best?location=ZZ-TEST&time=2024-01-01T00:00:00Z&toTime=2024-01-01T03:00:00Z"));
    assertThat(best.get(0).get("rating").asDouble()).isEqualTo(50.0);
    assertThat(best.get(0).get("time").asText()).isEqualTo("2024-01-01T02:00:00Z");
    assertThat(json(s.get("/locations")).get("ZZ-TEST").get("origin").asText())
        .isEqualTo("imported");
    JsonNode q =
        json(
            s.get(
                "/api/grid/intensity?location=ZZ-TEST&from=2024-01-01T00:00:00Z&to=2024-01-01T04:00:00Z"));
    assertThat(q.get("intensity_gCO2e_per_kWh").toString()).isEqualTo("[100.0,200.0,50.0,null]");
  }
}
