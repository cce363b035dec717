package io.terawatt.server.run;

import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.RunState;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The progress channel of one running plan: every report goes to the watchers at once and to the
 * database at most every {@value #STORE_EVERY_MS} ms (and at 100 %); cancellation is a flag.
 */
final class StoredProgress implements RunProgress {
  private static final Logger LOG = Logger.getLogger(StoredProgress.class.getName());

  /** The shortest time between two progress writes to the database. */
  static final long STORE_EVERY_MS = 200;

  private final String id;
  private final RunRepository runs;
  private final Consumer<RunEvent> publish;
  private final AtomicBoolean cancel;
  private long lastStore_ns;

  StoredProgress(String id, RunRepository runs, Consumer<RunEvent> publish, AtomicBoolean cancel) {
    this.id = id;
    this.runs = runs;
    this.publish = publish;
    this.cancel = cancel;
  }

  @Override
  public void report(double fraction, String message) {
    double f = Math.max(0, Math.min(1, fraction));
    publish.accept(new RunEvent(id, RunState.RUNNING, f, message));
    long now = System.nanoTime();
    if (now - lastStore_ns > STORE_EVERY_MS * 1_000_000L || f >= 1) {
      lastStore_ns = now;
      try {
        runs.progress(id, f, message);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Cannot store progress of run " + id, e);
      }
    }
  }

  @Override
  public boolean cancelled() {
    return cancel.get();
  }
}
