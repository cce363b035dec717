package io.terawatt.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Scenarios in the database. */
public final class ScenarioRepository {
  private final Database db;
  private final Clock clock;

  /** Scenarios of {@code db}, stamped with {@code clock}. */
  public ScenarioRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Saves a new scenario. */
  public StoredScenario create(String name, String yaml) throws SQLException {
    String id = UUID.randomUUID().toString();
    long now = clock.millis();
    db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO scenario VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, name);
            p.setString(3, yaml);
            p.setLong(4, now);
            p.setLong(5, now);
            p.executeUpdate();
          }
          return null;
        });
    return new StoredScenario(id, name, yaml, Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
  }

  /** Replaces a scenario's name and text; empty when there is no such scenario. */
  public Optional<StoredScenario> update(String id, String name, String yaml) throws SQLException {
    long now = clock.millis();
    int n =
        db.tx(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "UPDATE scenario SET name = ?, yaml = ?, updated_at_ms = ? WHERE id = ?")) {
                p.setString(1, name);
                p.setString(2, yaml);
                p.setLong(3, now);
                p.setString(4, id);
                return p.executeUpdate();
              }
            });
    return n == 0 ? Optional.empty() : find(id);
  }

  /** A scenario by id. */
  public Optional<StoredScenario> find(String id) throws SQLException {
    List<StoredScenario> l = query("SELECT * FROM scenario WHERE id = ?", id);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** All scenarios, newest first. */
  public List<StoredScenario> list() throws SQLException {
    return query("SELECT * FROM scenario ORDER BY updated_at_ms DESC, id", null);
  }

  /** Deletes a scenario; false when there was none. */
  public boolean delete(String id) throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM scenario WHERE id = ?")) {
            p.setString(1, id);
            return p.executeUpdate() > 0;
          }
        });
  }

  private List<StoredScenario> query(String sql, String arg) throws SQLException {
    return db.tx(
        c -> {
          List<StoredScenario> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            if (arg != null) {
              p.setString(1, arg);
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(
                    new StoredScenario(
                        r.getString("id"),
                        r.getString("name"),
                        r.getString("yaml"),
                        Instant.ofEpochMilli(r.getLong("created_at_ms")),
                        Instant.ofEpochMilli(r.getLong("updated_at_ms"))));
              }
            }
          }
          return out;
        });
  }
}
