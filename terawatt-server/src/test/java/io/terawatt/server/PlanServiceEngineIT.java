package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.PlanServiceEngine;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real plan job behind the server. */
class PlanServiceEngineIT {
  static final ObjectMapper M = new ObjectMapper();
  @TempDir Path dir;

  static String demo() throws Exception {
    try (InputStream in = PlanServiceEngineIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void invalidScenariosListEveryProblemWithItsPath() {
    List<FieldError> e =
        new PlanServiceEngine(dir).validate("name: x\nworkloads: {}\nsites: 5\nbogus: 1\n");
    assertThat(e).isNotEmpty();
    assertThat(e).extracting(FieldError::field).anyMatch(f -> f.contains("sites"));
  }

  @Test
  void scenarioFilesOutsideTheFilesFolderAreRefused() throws Exception {
    String yaml =
        "name: x\nworkloads: {}\nsites:\n  - name: a\n    file: /etc/passwd\n  - name: b\n    file: ../../secret.yaml\n";
    List<FieldError> e = new PlanServiceEngine(dir).validate(yaml);
    assertThat(e).extracting(FieldError::value).containsExactly("/etc/passwd", "../../secret.yaml");
    assertThat(e).extracting(FieldError::field).containsExactly("sites[0].file", "sites[1].file");
  }

  @Test
  void theDemoScenarioRunsThroughTheServerWithResultsReportAndHourlyFiles() throws Exception {
    ServerConfig c = ServerConfig.defaults(dir).withAddress("127.0.0.1", 0);
    try (TestServer s = TestServer.start(c, PlanEngines.standard(dir), Clock.systemUTC())) {
      var started =
          s.post(
              "/api/runs",
              "application/json",
              M.createObjectNode().put("scenarioYaml", demo()).toString());
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      String id = M.readTree(started.body()).get("id").asText();
      JsonNode run = null;
      double lastProgress = 0;
      for (int i = 0; i < 1200; i++) {
        run = M.readTree(s.get("/api/runs/" + id).body());
        assertThat(run.get("progress_fraction").asDouble()).isGreaterThanOrEqualTo(lastProgress);
        lastProgress = run.get("progress_fraction").asDouble();
        if (!run.get("state").asText().matches("queued|running")) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("succeeded");
      JsonNode results = M.readTree(s.get("/api/runs/" + id + "/results").body());
      for (String section : List.of("footprint", "supply", "schedule", "assessment", "outlook")) {
        assertThat(results.get(section).isObject()).as(section).isTrue();
      }
      assertThat(results.get("supply").get("sites").size()).isEqualTo(3);
      assertThat(s.get("/api/runs/" + id + "/report").body()).contains("<svg");
      JsonNode files = M.readTree(s.get("/api/runs/" + id + "/files").body());
      assertThat(files.toString()).contains("intensity.csv").contains("energy-ireland.csv");
      JsonNode hourly = M.readTree(s.get("/api/runs/" + id + "/hourly/intensity.csv").body());
      assertThat(hourly.get("hours").asInt()).isEqualTo(8760);
      JsonNode charts = M.readTree(s.get("/api/runs/" + id + "/charts").body());
      List<String> ids = new java.util.ArrayList<>();
      charts.get("charts").forEach(chart -> ids.add(chart.get("id").asText()));
      assertThat(ids)
          .containsExactly(
              "capacity-mix",
              "energy-week-0",
              "intensity-heatmap-0",
              "energy-week-1",
              "intensity-heatmap-1",
              "energy-week-2",
              "intensity-heatmap-2",
              "schedule",
              "pareto",
              "outlook-fan");
      assertThat(charts.get("palette").get("onshore wind").asText())
          .isNotEqualTo(charts.get("palette").get("unserved").asText());
      for (int i = 0; i < 3; i++) {
        assertThat(s.get("/api/runs/" + id + "/report").body())
            .contains("id=\"chart-energy-week-" + i + "\"");
      }
    }
  }
}
