package io.terawatt.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs in the database. Every state change is one committed transaction. */
public final class RunRepository {
  private static final String COLUMNS =
      "id, scenario_id, state, progress_fraction, message, created_at_ms, started_at_ms,"
          + " finished_at_ms, results_json IS NOT NULL AS has_results";

  private final Database db;
  private final Clock clock;

  /** Runs of {@code db}, stamped with {@code clock}. */
  public RunRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records a queued run. */
  public StoredRun create(String scenarioId, String yaml) throws SQLException {
    String id = UUID.randomUUID().toString();
    long now = clock.millis();
    db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO plan_run (id, scenario_id, scenario_yaml, state, progress_fraction,"
                      + " message, created_at_ms) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, scenarioId);
            p.setString(3, yaml);
            p.setString(4, RunState.QUEUED.id());
            p.setString(5, "queued");
            p.setLong(6, now);
            p.executeUpdate();
          }
          return null;
        });
    return find(id).orElseThrow();
  }

  /** Marks a run running. */
  public void started(String id) throws SQLException {
    update(
        "UPDATE plan_run SET state = ?, started_at_ms = ?, message = ? WHERE id = ?",
        RunState.RUNNING.id(),
        clock.millis(),
        "running",
        id);
  }

  /** Stores progress of a running run. */
  public void progress(String id, double fraction, String message) throws SQLException {
    db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE plan_run SET progress_fraction = ?, message = ? WHERE id = ? AND state"
                      + " = ?")) {
            p.setDouble(1, fraction);
            p.setString(2, truncate(message));
            p.setString(3, id);
            p.setString(4, RunState.RUNNING.id());
            return p.executeUpdate();
          }
        });
  }

  /** Stores the outcome of a run: its final state, message and (on success) results. */
  public void finished(String id, RunState state, String message, String resultsJson, String html)
      throws SQLException {
    finished(id, state, message, resultsJson, html, java.util.Map.of());
  }

  /** Stores the outcome of a run with its output files, in one transaction. */
  public void finished(
      String id,
      RunState state,
      String message,
      String resultsJson,
      String html,
      java.util.Map<String, String> files)
      throws SQLException {
    finished(id, state, message, new Output(resultsJson, html, null, files));
  }

  /**
   * What a run leaves behind.
   *
   * @param resultsJson {@code results.json}, or null
   * @param reportHtml {@code report.html}, or null
   * @param chartsJson the chart description, or null
   * @param files further output files by name
   */
  public record Output(
      String resultsJson,
      String reportHtml,
      String chartsJson,
      java.util.Map<String, String> files) {
    /** Copies the files. */
    public Output {
      files = java.util.Map.copyOf(files);
    }

    /** Nothing: a run that failed or was cancelled. */
    public static Output none() {
      return new Output(null, null, null, java.util.Map.of());
    }
  }

  /** Stores the outcome of a run with all its output, in one transaction. */
  public void finished(String id, RunState state, String message, Output out) throws SQLException {
    db.tx(
        c -> {
          try (PreparedStatement p = c.prepareStatement("INSERT INTO run_file VALUES (?, ?, ?)")) {
            for (java.util.Map.Entry<String, String> f :
                new java.util.TreeMap<>(out.files()).entrySet()) {
              p.setString(1, id);
              p.setString(2, f.getKey());
              p.setString(3, f.getValue());
              p.executeUpdate();
            }
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE plan_run SET state = ?, message = ?, finished_at_ms = ?, results_json ="
                      + " ?, report_html = ?, charts_json = ?, progress_fraction = ? WHERE id = ?")) {
            p.setString(1, state.id());
            p.setString(2, truncate(message));
            p.setLong(3, clock.millis());
            setText(p, 4, out.resultsJson());
            setText(p, 5, out.reportHtml());
            setText(p, 6, out.chartsJson());
            p.setDouble(7, state == RunState.SUCCEEDED ? 1.0 : 0.0);
            p.setString(8, id);
            return p.executeUpdate();
          }
        });
  }

  /**
   * Marks every queued or running run failed: called at start-up, when no run can still be working
   * because the process that ran it is gone.
   *
   * @return how many runs were marked
   */
  public int failInterrupted(String reason) throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE plan_run SET state = ?, message = ?, finished_at_ms = ? WHERE state IN"
                      + " (?, ?)")) {
            p.setString(1, RunState.FAILED.id());
            p.setString(2, truncate(reason));
            p.setLong(3, clock.millis());
            p.setString(4, RunState.QUEUED.id());
            p.setString(5, RunState.RUNNING.id());
            return p.executeUpdate();
          }
        });
  }

  /** A run by id. */
  public Optional<StoredRun> find(String id) throws SQLException {
    List<StoredRun> l = query("SELECT " + COLUMNS + " FROM plan_run WHERE id = ?", id);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** All runs, newest first. */
  public List<StoredRun> list() throws SQLException {
    return query("SELECT " + COLUMNS + " FROM plan_run ORDER BY created_at_ms DESC, id", null);
  }

  /** The scenario text a run was started with. */
  public Optional<String> scenarioYaml(String id) throws SQLException {
    return text("scenario_yaml", id);
  }

  /** The stored {@code results.json} of a run. */
  public Optional<String> resultsJson(String id) throws SQLException {
    return text("results_json", id);
  }

  /** The stored {@code report.html} of a run. */
  public Optional<String> reportHtml(String id) throws SQLException {
    return text("report_html", id);
  }

  /** The stored chart description of a run ({@code io.terawatt.io.report.chart}, JSON). */
  public Optional<String> chartsJson(String id) throws SQLException {
    return text("charts_json", id);
  }

  /** The names of a run's output files, sorted. */
  public List<String> fileNames(String id) throws SQLException {
    return db.tx(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement("SELECT name FROM run_file WHERE run_id = ? ORDER BY name")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(r.getString(1));
              }
            }
          }
          return out;
        });
  }

  /** One output file of a run. */
  public Optional<String> file(String id, String name) throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT content FROM run_file WHERE run_id = ? AND name = ?")) {
            p.setString(1, id);
            p.setString(2, name);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  private Optional<String> text(String column, String id) throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT " + column + " FROM plan_run WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  private void update(String sql, String state, long at, String message, String id)
      throws SQLException {
    db.tx(
        c -> {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, state);
            p.setLong(2, at);
            p.setString(3, message);
            p.setString(4, id);
            return p.executeUpdate();
          }
        });
  }

  private List<StoredRun> query(String sql, String arg) throws SQLException {
    return db.tx(
        c -> {
          List<StoredRun> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            if (arg != null) {
              p.setString(1, arg);
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(
                    new StoredRun(
                        r.getString(1),
                        r.getString(2),
                        RunState.of(r.getString(3)),
                        r.getDouble(4),
                        r.getString(5),
                        Instant.ofEpochMilli(r.getLong(6)),
                        instant(r, 7),
                        instant(r, 8),
                        r.getBoolean(9)));
              }
            }
          }
          return out;
        });
  }

  private static void setText(PreparedStatement p, int index, String text) throws SQLException {
    if (text == null) {
      p.setNull(index, Types.VARCHAR);
    } else {
      p.setString(index, text);
    }
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
  }
}
