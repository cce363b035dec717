package io.terawatt.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** The PostgreSQL test database: given by TERAWATT_TEST_PG_URL; required when TERAWATT_CI=1. */
final class Databases {
  private Databases() {}

  static boolean ci() {
    return "1".equals(System.getenv("TERAWATT_CI"));
  }

  /** A freshly emptied PostgreSQL database URL, or the test is skipped (failed under CI). */
  static String freshPostgres() throws Exception {
    String url = System.getenv("TERAWATT_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      if (ci()) {
        throw new AssertionError(
            "TERAWATT_CI=1 but TERAWATT_TEST_PG_URL is not set; .ci/run starts PostgreSQL.");
      }
      Assumptions.abort(
          "Skipped: no PostgreSQL (set TERAWATT_TEST_PG_URL, e.g. from .ci/start-postgres.sh).");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (java.sql.SQLException e) {
      if (ci()) {
        throw e;
      }
      Assumptions.abort("Skipped: PostgreSQL at " + url + " is not reachable: " + e.getMessage());
    }
    return url;
  }
}
