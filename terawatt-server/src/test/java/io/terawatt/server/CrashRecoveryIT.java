package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a child JVM is killed forcibly (as kill -9) in the middle of a run; after a restart
 * on the same data the run shows as failed, and the database still works.
 */
class CrashRecoveryIT {
  static final ObjectMapper M = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();

  record Child(Process process, String url, String token) {}

  static Child startChild(Path data, String token) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    cmd.addAll(
        List.of(
            ServerMain.class.getName(),
            "--data",
            data.toString(),
            "--port",
            "0",
            "--plan-engine",
            ScriptedPlanEngine.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String url = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (url == null && System.nanoTime() < deadline) {
      String line = out.readLine();
      if (line == null) {
        break;
      }
      if (line.startsWith("token ")) {
        token = line.substring(6);
      } else if (line.startsWith("listening ")) {
        url = line.substring(10);
      }
    }
    assertThat(url).as("child server started").isNotNull();
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {}
              } catch (Exception e) {
                // the child is gone
              }
            });
    drain.setDaemon(true);
    drain.start();
    return new Child(p, url, token);
  }

  JsonNode get(Child c, String path) throws Exception {
    return M.readTree(
        http.send(
                HttpRequest.newBuilder(URI.create(c.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  HttpResponse<String> post(Child c, String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(c.url() + path))
            .header("Authorization", "Bearer " + c.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRunKilledMidWayShowsAsFailedAfterRestart(@TempDir Path data) throws Exception {
    Child first = startChild(data, null);
    String runId;
    try {
      var r = post(first, "/api/runs", "{\"scenarioYaml\":\"steps: 1000\\nstep_ms: 50\\n\"}");
      assertThat(r.statusCode()).isEqualTo(202);
      runId = M.readTree(r.body()).get("id").asText();
      String state = "";
      for (int i = 0; i < 100 && !state.equals("running"); i++) {
        Thread.sleep(50);
        state = get(first, "/api/runs/" + runId).get("state").asText();
      }
      assertThat(state).isEqualTo("running");
    } finally {
      first.process().destroyForcibly();
      first.process().waitFor(30, TimeUnit.SECONDS);
    }
    Child second = startChild(data, first.token());
    try {
      // Killed right after the run was seen running: that committed change must have survived.
      JsonNode run = get(second, "/api/runs/" + runId);
      assertThat(run.has("state")).as(run.toString()).isTrue();
      assertThat(run.get("state").asText()).isEqualTo("failed");
      assertThat(run.get("message").asText()).contains("server stopped");
      var again = post(second, "/api/runs", "{\"scenarioYaml\":\"steps: 2\\n\"}");
      assertThat(again.statusCode()).isEqualTo(202);
      String id = M.readTree(again.body()).get("id").asText();
      String state = "";
      for (int i = 0; i < 200 && !state.equals("succeeded"); i++) {
        Thread.sleep(50);
        state = get(second, "/api/runs/" + id).get("state").asText();
      }
      assertThat(state).isEqualTo("succeeded");
    } finally {
      second.process().destroyForcibly();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
