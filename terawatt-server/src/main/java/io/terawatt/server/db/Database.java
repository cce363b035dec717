package io.terawatt.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The server database: an embedded H2 file by default, PostgreSQL for shared deployments. Opening
 * it applies the numbered migrations under {@code db/migration/} that it has not applied yet, each
 * recorded in {@code schema_version} with a SHA-256 checksum; a changed or unknown applied
 * migration stops the server.
 */
public final class Database {
  /** The migrations, in order; {@code V<n>__<description>.sql}. */
  static final List<String> MIGRATIONS =
      List.of("V1__init.sql", "V2__run_files.sql", "V3__run_charts.sql");

  private final String url;
  private final String user;
  private final String password;

  private Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Work done with a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Connection c) throws SQLException;
  }

  /**
   * The default embedded database file {@code server} (H2 adds {@code .mv.db}) in a folder. {@code
   * WRITE_DELAY=0} makes every commit reach the file before it returns, so a killed process loses
   * no committed state change (H2 otherwise flushes up to a second later).
   */
  public static String embeddedUrl(Path folder) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve("server")
        + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
  }

  /**
   * Opens a database and migrates it.
   *
   * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
   * @param user user name, or null
   * @param password password, or null
   */
  public static Database open(String url, String user, String password) throws SQLException {
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new SQLException(
          "Unsupported database URL "
              + url
              + "; use jdbc:postgresql://host:port/db or jdbc:h2:file:/path.");
    }
    if (url.startsWith("jdbc:h2:file:")) {
      String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
      try {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new SQLException("Cannot create the folder of " + file + ": " + e.getMessage(), e);
      }
    }
    Database db = new Database(url, user, password);
    db.migrate();
    return db;
  }

  /** The JDBC URL (without credentials). */
  public String url() {
    return url;
  }

  /** Whether this is PostgreSQL. */
  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** A new connection. */
  public Connection connect() throws SQLException {
    return user == null
        ? DriverManager.getConnection(url)
        : DriverManager.getConnection(url, user, password);
  }

  /** Runs {@code work} in one transaction, committed when it returns and rolled back otherwise. */
  public <T> T tx(Work<T> work) throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        T t = work.run(c);
        c.commit();
        return t;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The applied schema versions with their checksums. */
  public Map<Integer, String> appliedMigrations() throws SQLException {
    return tx(
        c -> {
          Map<Integer, String> m = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery("SELECT version, checksum_sha256_hex FROM schema_version")) {
            while (r.next()) {
              m.put(r.getInt(1), r.getString(2));
            }
          }
          return m;
        });
  }

  private void migrate() throws SQLException {
    tx(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, checksum_sha256_hex VARCHAR(64) NOT NULL,"
                    + " applied_at_ms BIGINT NOT NULL)");
          }
          return null;
        });
    Map<Integer, String> applied = appliedMigrations();
    for (Integer v : applied.keySet()) {
      if (v > MIGRATIONS.size()) {
        throw new SQLException(
            "The database has schema version "
                + v
                + "; this Terawatt knows up to "
                + MIGRATIONS.size()
                + ". Use a newer Terawatt.");
      }
    }
    for (int i = 0; i < MIGRATIONS.size(); i++) {
      migrate(i + 1, MIGRATIONS.get(i), applied.get(i + 1));
    }
  }

  /** Applies one migration unless applied (then checks that it has not changed). */
  private void migrate(int version, String name, String appliedChecksum) throws SQLException {
    String sql = resource("db/migration/" + name);
    String checksum = sha256Hex(sql);
    if (appliedChecksum != null) {
      if (!appliedChecksum.equals(checksum)) {
        throw new SQLException(
            "Migration "
                + name
                + " was applied with checksum "
                + appliedChecksum
                + " but is now "
                + checksum
                + "; applied migrations must not change.");
      }
      return;
    }
    tx(
        c -> {
          try (Statement s = c.createStatement()) {
            for (String stmt : statements(sql)) {
              s.execute(stmt);
            }
          }
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?, ?)")) {
            p.setInt(1, version);
            p.setString(2, name.substring(name.indexOf("__") + 2, name.length() - 4));
            p.setString(3, checksum);
            p.setLong(4, System.currentTimeMillis());
            p.executeUpdate();
          }
          return null;
        });
  }

  static List<String> statements(String sql) {
    StringBuilder b = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.trim().startsWith("--")) {
        b.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(b.toString().split(";"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String resource(String name) throws SQLException {
    try (InputStream in = Database.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new SQLException("The migration " + name + " is missing from the build.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  static String sha256Hex(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
