package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.server.db.Database;
import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.RunState;
import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.db.StoredRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same persistence behaviour on the embedded H2 file and on PostgreSQL. */
class PersistenceIT {
  @TempDir static Path dir;

  static Stream<String> kinds() {
    return Stream.of("h2", "postgresql");
  }

  static String url(String kind, String name) throws Exception {
    return kind.equals("h2") ? Database.embeddedUrl(dir.resolve(name)) : Databases.freshPostgres();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void migrationsApplyOnceAndRecordTheirChecksum(String kind) throws Exception {
    String url = url(kind, "m");
    Database a = Database.open(url, null, null);
    Database b = Database.open(url, null, null);
    assertThat(a.appliedMigrations()).hasSize(3).containsKeys(1, 2, 3);
    assertThat(b.appliedMigrations()).isEqualTo(a.appliedMigrations());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aDatabaseAtAnOlderVersionIsUpgraded(String kind) throws Exception {
    String url = url(kind, "u");
    Database db = Database.open(url, null, null);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE run_file");
      s.execute("ALTER TABLE plan_run DROP COLUMN charts_json");
      s.execute("DELETE FROM schema_version WHERE version IN (2, 3)");
    }
    assertThat(db.appliedMigrations()).containsOnlyKeys(1);
    Database upgraded = Database.open(url, null, null);
    assertThat(upgraded.appliedMigrations()).containsOnlyKeys(1, 2, 3);
    RunRepository runs = new RunRepository(upgraded, Clock.systemUTC());
    StoredRun run = runs.create(null, "steps: 1\n");
    runs.finished(
        run.id(),
        RunState.SUCCEEDED,
        "ok",
        new RunRepository.Output(
            "{}", null, "{\"charts\":[]}", java.util.Map.of("a.csv", "x\n1\n")));
    assertThat(runs.fileNames(run.id())).containsExactly("a.csv");
    assertThat(runs.chartsJson(run.id())).hasValue("{\"charts\":[]}");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aChangedAppliedMigrationStopsTheServer(String kind) throws Exception {
    String url = url(kind, "c");
    Database db = Database.open(url, null, null);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET checksum_sha256_hex = 'abc' WHERE version = 1");
    }
    assertThatThrownBy(() -> Database.open(url, null, null))
        .hasMessageContaining("must not change");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void scenariosAndRunsSurviveReopening(String kind) throws Exception {
    String url = url(kind, "r");
    Database db = Database.open(url, null, null);
    var sc = new ScenarioRepository(db, Clock.systemUTC()).create("one", "steps: 2\n");
    RunRepository runs = new RunRepository(db, Clock.systemUTC());
    StoredRun run = runs.create(sc.id(), "steps: 2\n");
    runs.started(run.id());
    runs.finished(run.id(), RunState.SUCCEEDED, "ok", "{\"x_MWh\":1}", "<p>r</p>");
    Database again = Database.open(url, null, null);
    assertThat(new ScenarioRepository(again, Clock.systemUTC()).find(sc.id()).orElseThrow().yaml())
        .isEqualTo("steps: 2\n");
    RunRepository r2 = new RunRepository(again, Clock.systemUTC());
    assertThat(r2.find(run.id()).orElseThrow().state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(r2.resultsJson(run.id())).hasValue("{\"x_MWh\":1}");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void runsLeftRunningByAnEarlierProcessAreMarkedFailed(String kind) throws Exception {
    String url = url(kind, "f");
    Database db = Database.open(url, null, null);
    RunRepository runs = new RunRepository(db, Clock.systemUTC());
    StoredRun running = runs.create(null, "steps: 2\n");
    runs.started(running.id());
    StoredRun queued = runs.create(null, "steps: 2\n");
    StoredRun done = runs.create(null, "steps: 2\n");
    runs.finished(done.id(), RunState.SUCCEEDED, "ok", "{}", null);
    assertThat(runs.failInterrupted("stopped")).isEqualTo(2);
    assertThat(runs.find(running.id()).orElseThrow().state()).isEqualTo(RunState.FAILED);
    assertThat(runs.find(queued.id()).orElseThrow().state()).isEqualTo(RunState.FAILED);
    assertThat(runs.find(done.id()).orElseThrow().state()).isEqualTo(RunState.SUCCEEDED);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theServerRunsPlansOnEitherDatabase(String kind) throws Exception {
    String url = url(kind, "s");
    ServerConfig c =
        ServerConfig.defaults(dir.resolve("s-" + kind))
            .withAddress("127.0.0.1", 0)
            .withDatabase(url, null, null);
    try (TestServer s = TestServer.start(c, new ScriptedPlanEngine(), Clock.systemUTC())) {
      var r = s.post("/api/runs", "application/json", "{\"scenarioYaml\":\"steps: 3\\n\"}");
      assertThat(r.statusCode()).isEqualTo(202);
      String id =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("id").asText();
      String state = "";
      for (int i = 0; i < 200 && !state.equals("succeeded"); i++) {
        Thread.sleep(50);
        state =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(s.get("/api/runs/" + id).body())
                .get("state")
                .asText();
      }
      assertThat(state).isEqualTo("succeeded");
      assertThat(s.get("/api/runs/" + id + "/results").body()).contains("total_energy_MWh");
    }
  }
}
