package io.terawatt.server.run;

import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.RunState;
import io.terawatt.server.db.StoredRun;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts plans asynchronously on a small worker pool, records every state change in the database,
 * and tells watchers. At construction every run left queued or running by an earlier process
 * (killed, crashed) is marked failed, so no run stays "running" for ever.
 */
public final class RunManager implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RunManager.class.getName());

  private final RunRepository runs;
  private final PlanEngine engine;
  private final ExecutorService workers;
  private final Map<String, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<RunEvent>>> watchers = new ConcurrentHashMap<>();

  /**
   * @param runs the run repository
   * @param engine the plan engine
   * @param workerThreads how many plans run at once
   */
  public RunManager(RunRepository runs, PlanEngine engine, int workerThreads) throws SQLException {
    this.runs = runs;
    this.engine = engine;
    int n =
        runs.failInterrupted(
            "The server stopped while this run was queued or running; start it again.");
    if (n > 0) {
      LOG.warning(n + " run(s) interrupted by an earlier stop were marked failed.");
    }
    this.workers =
        Executors.newFixedThreadPool(
            workerThreads,
            r -> {
              Thread t = new Thread(r, "terawatt-run");
              t.setDaemon(true);
              return t;
            });
  }

  /** The plan engine. */
  public PlanEngine engine() {
    return engine;
  }

  /** Queues a run of a scenario. */
  public StoredRun start(String scenarioId, String yaml) throws SQLException {
    StoredRun run = runs.create(scenarioId, yaml);
    AtomicBoolean cancel = new AtomicBoolean();
    cancelFlags.put(run.id(), cancel);
    workers.submit(() -> execute(run.id(), yaml, cancel));
    return run;
  }

  /**
   * Asks a run to stop. A queued run is cancelled at once; a running one when the plan next checks.
   *
   * @return false when the run is unknown or already finished
   */
  public boolean cancel(String id) throws SQLException {
    Optional<StoredRun> r = runs.find(id);
    if (r.isEmpty() || r.get().state().finished()) {
      return false;
    }
    AtomicBoolean flag = cancelFlags.get(id);
    if (flag != null) {
      flag.set(true);
    }
    return true;
  }

  /** Adds a watcher of a run's events; returns a handle that removes it. */
  public Runnable watch(String id, Consumer<RunEvent> watcher) {
    watchers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(watcher);
    return () -> {
      List<Consumer<RunEvent>> l = watchers.get(id);
      if (l != null) {
        l.remove(watcher);
      }
    };
  }

  private void execute(String id, String yaml, AtomicBoolean cancel) {
    try {
      if (cancel.get()) {
        finish(id, RunState.CANCELLED, "cancelled before it started", null);
        return;
      }
      runs.started(id);
      publish(new RunEvent(id, RunState.RUNNING, 0, "running"));
      RunProgress progress = new StoredProgress(id, runs, this::publish, cancel);
      PlanEngine.PlanOutput out = engine.run(yaml, progress);
      if (cancel.get()) {
        finish(id, RunState.CANCELLED, "cancelled", null);
      } else {
        finish(id, RunState.SUCCEEDED, "succeeded", out);
      }
    } catch (RunCancelledException e) {
      finish(id, RunState.CANCELLED, "cancelled: " + e.getMessage(), null);
    } catch (Throwable e) {
      LOG.log(Level.WARNING, "Run " + id + " failed", e);
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      finish(id, RunState.FAILED, m, null);
    } finally {
      cancelFlags.remove(id);
    }
  }

  private void finish(String id, RunState state, String message, PlanEngine.PlanOutput out) {
    try {
      runs.finished(
          id,
          state,
          message,
          out == null
              ? RunRepository.Output.none()
              : new RunRepository.Output(
                  out.resultsJson(), out.reportHtml(), out.chartsJson(), out.files()));
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Cannot store the outcome of run " + id, e);
    }
    publish(new RunEvent(id, state, state == RunState.SUCCEEDED ? 1 : 0, message));
  }

  private void publish(RunEvent e) {
    List<Consumer<RunEvent>> l = watchers.get(e.runId());
    if (l != null) {
      for (Consumer<RunEvent> w : l) {
        try {
          w.accept(e);
        } catch (RuntimeException ex) {
          l.remove(w);
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    cancelFlags.values().forEach(f -> f.set(true));
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.SECONDS);
  }
}
