package io.terawatt.cli.grid;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option shared by the grid commands. Default: {@code $TERAWATT_DB}, else {@code
 * $XDG_DATA_HOME/terawatt/grid.duckdb}, else {@code ~/.local/share/terawatt/grid.duckdb}.
 */
public final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Grid database file (DuckDB). Default: $TERAWATT_DB or ~/.local/share/terawatt/grid.duckdb.")
  Path db;

  /** The database file to use. */
  public Path file() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("TERAWATT_DB");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("terawatt").resolve("grid.duckdb");
  }
}
