package io.terawatt.server.run;

import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.StoredRun;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs of the plan job: start one from a stored scenario or a scenario text, list, read, cancel and
 * follow them. Failures are {@link ApiException}s with their status.
 */
public final class RunService {
  /** How long a quiet event stream waits before a keep-alive comment. */
  static final long KEEP_ALIVE_S = 15;

  private final RunManager manager;
  private final RunRepository runs;
  private final ScenarioService scenarios;

  /** Runs of the manager, recorded in the repository, of the service's scenarios. */
  public RunService(RunManager manager, RunRepository runs, ScenarioService scenarios) {
    this.manager = manager;
    this.runs = runs;
    this.scenarios = scenarios;
  }

  /**
   * Queues a run of exactly one of a stored scenario and a scenario text: 400 unless exactly one is
   * given or when the text is not YAML, 404 for an unknown scenario, 422 for an invalid one.
   */
  public StoredRun start(String scenarioId, String scenarioYaml) throws SQLException {
    if ((scenarioId == null) == (scenarioYaml == null)) {
      throw ApiException.badRequest(
          List.of(
              new FieldError(
                  "scenarioId", scenarioId, "Give exactly one of scenarioId and scenarioYaml.")));
    }
    String yaml = scenarioYaml;
    if (scenarioId != null) {
      yaml = scenarios.find(scenarioId).yaml();
    } else {
      Bodies.yamlMapping(yaml, "scenarioYaml");
    }
    scenarios.requireValid(yaml);
    return manager.start(scenarioId, yaml);
  }

  /** Every run, newest first. */
  public List<StoredRun> list() throws SQLException {
    return runs.list();
  }

  /** A run; 404 when there is none with this id. */
  public StoredRun find(String id) throws SQLException {
    return runs.find(id).orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
  }

  /** Asks a run to stop; 404 when unknown, 409 when it has finished. */
  public StoredRun cancel(String id) throws SQLException {
    StoredRun run = find(id);
    if (!manager.cancel(run.id())) {
      throw new ApiException(
          409, "Run already finished", "Run " + run.id() + " is " + run.state().id() + ".");
    }
    return find(id);
  }

  /**
   * Sends a run's state now and at every change until it finishes (or the follower goes), with a
   * keep-alive every {@value #KEEP_ALIVE_S} s; blocks the calling thread meanwhile.
   */
  public void follow(String id, RunFollower f) {
    StoredRun run;
    try {
      run = runs.find(id).orElse(null);
    } catch (SQLException e) {
      f.error(e.getMessage());
      f.close();
      return;
    }
    if (run == null) {
      f.error("There is no run " + id + ".");
      f.close();
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    Runnable unwatch =
        manager.watch(
            id,
            ev -> {
              f.send(ev);
              if (ev.state().finished()) {
                done.countDown();
              }
            });
    f.onClose(unwatch);
    f.send(event(run));
    if (run.state().finished()) {
      unwatch.run();
      f.close();
      return;
    }
    waitUntilFinished(id, f, done, unwatch);
  }

  private void waitUntilFinished(String id, RunFollower f, CountDownLatch done, Runnable unwatch) {
    try {
      // Re-check after subscribing: the run may have finished in between.
      StoredRun now = find(id);
      if (now.state().finished()) {
        f.send(event(now));
        done.countDown();
      }
      while (!done.await(KEEP_ALIVE_S, TimeUnit.SECONDS) && !f.gone()) {
        f.keepAlive();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      f.error(e.getMessage());
    } finally {
      unwatch.run();
      f.close();
    }
  }

  private static RunEvent event(StoredRun r) {
    return new RunEvent(r.id(), r.state(), r.progressFraction(), r.message());
  }
}
