package io.terawatt.io.store;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridArchive;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.IssuedForecast;
import io.terawatt.grid.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The grid database. Schema version 1:
 *
 * <ul>
 *   <li>{@code carbon_intensity_hourly(zone, signal, basis, hour_utc, intensity_gCO2e_per_kWh,
 *       estimated, source)}, primary key (zone, signal, basis, hour_utc);
 *   <li>{@code electricity_price_hourly(zone, hour_utc, price_USD_per_MWh, source)}, primary key
 *       (zone, hour_utc);
 *   <li>{@code issued_forecast(zone, issued_utc, target_utc, intensity_gCO2e_per_kWh)};
 *   <li>{@code schema_version(version)}.
 * </ul>
 *
 * Writing the same hours again replaces them with the same values, so importing a file twice
 * changes nothing.
 */
public final class GridStore implements AutoCloseable {
  /** The schema this code writes. */
  public static final int SCHEMA_VERSION = 1;

  private final Connection connection;
  private final String location;

  private GridStore(Connection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  /** Opens (creating when needed) a database file. */
  public static GridStore open(Path file) throws SQLException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new SQLException("Cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    GridStore store = new GridStore(c, file.toString());
    store.migrate();
    return store;
  }

  private void migrate() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
      int version = 0;
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        if (r.next()) {
          version = r.getInt(1);
        }
      }
      if (version > SCHEMA_VERSION) {
        throw new SQLException(
            "The database has schema version "
                + version
                + "; this Terawatt reads up to "
                + SCHEMA_VERSION
                + ". Use a newer Terawatt.");
      }
      if (version < 1) {
        s.execute(
            "CREATE TABLE carbon_intensity_hourly(zone VARCHAR NOT NULL, signal VARCHAR NOT NULL,"
                + " basis VARCHAR NOT NULL, hour_utc TIMESTAMP NOT NULL,"
                + " intensity_gCO2e_per_kWh DOUBLE NOT NULL, estimated BOOLEAN NOT NULL,"
                + " source VARCHAR NOT NULL, PRIMARY KEY(zone, signal, basis, hour_utc))");
        s.execute(
            "CREATE TABLE electricity_price_hourly(zone VARCHAR NOT NULL,"
                + " hour_utc TIMESTAMP NOT NULL, price_USD_per_MWh DOUBLE NOT NULL,"
                + " source VARCHAR NOT NULL, PRIMARY KEY(zone, hour_utc))");
        s.execute(
            "CREATE TABLE issued_forecast(zone VARCHAR NOT NULL, issued_utc TIMESTAMP NOT NULL,"
                + " target_utc TIMESTAMP NOT NULL, intensity_gCO2e_per_kWh DOUBLE NOT NULL,"
                + " PRIMARY KEY(zone, issued_utc, target_utc))");
        s.execute("INSERT INTO schema_version VALUES (1)");
      }
    }
  }

  /**
   * Saves the cleaned series of one file (present hours only). Hours not yet stored are added;
   * hours stored from the same source are updated when their value changed; hours stored from a
   * different source with a different value are kept and counted as conflicts, never overwritten
   * silently.
   */
  public SaveCounts save(List<CleanSeries> seriesList) throws SQLException {
    long added = 0;
    long updated = 0;
    long conflicts = 0;
    for (boolean carbon : new boolean[] {true, false}) {
      GridQuantity q = carbon ? GridQuantity.CARBON_INTENSITY : GridQuantity.ELECTRICITY_PRICE;
      List<CleanSeries> part =
          seriesList.stream().filter(x -> x.metadata().quantity() == q).toList();
      if (part.isEmpty()) {
        continue;
      }
      String table = carbon ? "carbon_intensity_hourly" : "electricity_price_hourly";
      String value = carbon ? "intensity_gCO2e_per_kWh" : "price_USD_per_MWh";
      String keys = carbon ? "zone, signal, basis, hour_utc" : "zone, hour_utc";
      String match =
          carbon
              ? "t.zone = s.zone AND t.signal = s.signal AND t.basis = s.basis AND t.hour_utc = s.hour_utc"
              : "t.zone = s.zone AND t.hour_utc = s.hour_utc";
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM " + table + " LIMIT 0");
      }
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      try (DuckDBAppender a = duck.createAppender("temp", "main", "staging")) {
        for (CleanSeries series : part) {
          double[] values = series.values();
          boolean[] estimated = series.estimated();
          String zone = series.metadata().zone();
          String source = series.metadata().source();
          for (int h = 0; h < values.length; h++) {
            if (Double.isNaN(values[h])) {
              continue;
            }
            a.beginRow();
            a.append(zone);
            if (carbon) {
              a.append(series.metadata().signal().id());
              a.append(series.metadata().basis().id());
            }
            a.append(LocalDateTime.ofInstant(series.hourAt(h), ZoneOffset.UTC));
            a.append(values[h]);
            if (carbon) {
              a.append(estimated[h]);
            }
            a.append(source);
            a.endRow();
          }
        }
      }
      try (Statement st = connection.createStatement()) {
        updated +=
            count(
                st,
                "SELECT count(*) FROM staging s JOIN "
                    + table
                    + " t ON "
                    + match
                    + " WHERE t.source = s.source AND t."
                    + value
                    + " <> s."
                    + value);
        conflicts +=
            count(
                st,
                "SELECT count(*) FROM staging s JOIN "
                    + table
                    + " t ON "
                    + match
                    + " WHERE t.source <> s.source AND t."
                    + value
                    + " <> s."
                    + value);
        if (updated > 0) {
          st.execute(
              "UPDATE "
                  + table
                  + " t SET "
                  + value
                  + " = s."
                  + value
                  + (carbon ? ", estimated = s.estimated" : "")
                  + " FROM staging s WHERE "
                  + match
                  + " AND t.source = s.source AND t."
                  + value
                  + " <> s."
                  + value);
        }
        added +=
            st.executeUpdate(
                "INSERT INTO "
                    + table
                    + " SELECT * FROM staging s ANTI JOIN "
                    + table
                    + " t USING ("
                    + keys
                    + ")");
        st.execute("DROP TABLE staging");
      }
    }
    return new SaveCounts(added, updated, conflicts);
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Saves issued forecasts; returns rows that were new or changed. */
  public long saveIssuedForecasts(List<IssuedForecast> forecasts) throws SQLException {
    if (forecasts.isEmpty()) {
      return 0;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE staging_f AS SELECT * FROM issued_forecast LIMIT 0");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender("temp", "main", "staging_f")) {
      for (IssuedForecast f : forecasts) {
        a.beginRow();
        a.append(f.zone());
        a.append(LocalDateTime.ofEpochSecond(f.issuedEpochSecond(), 0, ZoneOffset.UTC));
        a.append(LocalDateTime.ofEpochSecond(f.targetEpochSecond(), 0, ZoneOffset.UTC));
        a.append(f.value_gCO2e_per_kWh());
        a.endRow();
      }
    }
    long changed;
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM staging_f s WHERE NOT EXISTS (SELECT 1 FROM issued_forecast t"
                  + " WHERE t.zone = s.zone AND t.issued_utc = s.issued_utc AND t.target_utc ="
                  + " s.target_utc AND t.intensity_gCO2e_per_kWh = s.intensity_gCO2e_per_kWh)")) {
        r.next();
        changed = r.getLong(1);
      }
      if (changed > 0) {
        s.execute("INSERT OR REPLACE INTO issued_forecast SELECT * FROM staging_f");
      }
      s.execute("DROP TABLE staging_f");
    }
    return changed;
  }

  /** Hourly intensity of a zone over [from, to): one value per hour, NaN where missing. */
  public double[] intensity(
      String zone, Signal signal, EmissionBasis basis, Instant from, Instant to)
      throws SQLException {
    return hourly(
        "SELECT hour_utc, intensity_gCO2e_per_kWh FROM carbon_intensity_hourly WHERE zone = ?"
            + " AND signal = ? AND basis = ? AND hour_utc >= ? AND hour_utc < ?",
        from,
        to,
        zone,
        signal.id(),
        basis.id());
  }

  /** Hourly prices of a zone over [from, to): NaN where missing. */
  public double[] prices(String zone, Instant from, Instant to) throws SQLException {
    return hourly(
        "SELECT hour_utc, price_USD_per_MWh FROM electricity_price_hourly WHERE zone = ?"
            + " AND hour_utc >= ? AND hour_utc < ?",
        from,
        to,
        zone);
  }

  private double[] hourly(String sql, Instant from, Instant to, String... keys)
      throws SQLException {
    int hours = (int) java.time.Duration.between(from, to).toHours();
    double[] out = new double[Math.max(0, hours)];
    java.util.Arrays.fill(out, Double.NaN);
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      int i = 1;
      for (String k : keys) {
        p.setString(i++, k);
      }
      p.setObject(i++, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
      p.setObject(i, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          LocalDateTime t = r.getObject(1, LocalDateTime.class);
          int index = (int) java.time.Duration.between(from, t.toInstant(ZoneOffset.UTC)).toHours();
          if (index >= 0 && index < out.length) {
            out[index] = r.getDouble(2);
          }
        }
      }
    }
    return out;
  }

  /** Issued forecasts of a zone issued in [from, to), ordered by issue and target time. */
  public List<IssuedForecast> issuedForecasts(String zone, Instant from, Instant to)
      throws SQLException {
    List<IssuedForecast> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT issued_utc, target_utc, intensity_gCO2e_per_kWh FROM issued_forecast WHERE"
                + " zone = ? AND issued_utc >= ? AND issued_utc < ? ORDER BY issued_utc, target_utc")) {
      p.setString(1, zone);
      p.setObject(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
      p.setObject(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new IssuedForecast(
                  zone,
                  r.getObject(1, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC),
                  r.getObject(2, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC),
                  r.getDouble(3)));
        }
      }
    }
    return out;
  }

  /** What the database holds, one row per series. */
  public List<StoredSeries> catalog() throws SQLException {
    List<StoredSeries> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT zone, signal, basis, min(hour_utc), max(hour_utc), count(*),"
                    + " count(*) FILTER (WHERE estimated), avg(intensity_gCO2e_per_kWh)"
                    + " FROM carbon_intensity_hourly GROUP BY ALL"
                    + " UNION ALL SELECT zone, '"
                    + StoredSeries.PRICE_SIGNAL
                    + "', 'n/a', min(hour_utc), max(hour_utc),"
                    + " count(*), 0, avg(price_USD_per_MWh) FROM electricity_price_hourly"
                    + " GROUP BY ALL ORDER BY 1, 2, 3")) {
      while (r.next()) {
        out.add(
            new StoredSeries(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                r.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                r.getLong(6),
                r.getLong(7),
                r.getDouble(8)));
      }
    }
    return out;
  }

  /**
   * Exports the carbon-intensity rows of a zone (all zones when null) in [from, to) to CSV or
   * Parquet, by the file's extension.
   *
   * @return rows written
   */
  public long export(String zone, Instant from, Instant to, Path file) throws SQLException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String format = name.endsWith(".parquet") ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)";
    String where =
        " WHERE hour_utc >= TIMESTAMP '"
            + LocalDateTime.ofInstant(from, ZoneOffset.UTC)
            + "' AND hour_utc < TIMESTAMP '"
            + LocalDateTime.ofInstant(to, ZoneOffset.UTC)
            + "'"
            + (zone == null ? "" : " AND zone = '" + zone.replace("'", "''") + "'");
    try (Statement s = connection.createStatement()) {
      long rows;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM carbon_intensity_hourly" + where)) {
        r.next();
        rows = r.getLong(1);
      }
      s.execute(
          "COPY (SELECT * FROM carbon_intensity_hourly"
              + where
              + " ORDER BY zone, signal, basis, hour_utc) TO '"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "' "
              + format);
      return rows;
    }
  }

  /**
   * This store as the core's {@link GridArchive} port, for the grid services; it reads through this
   * store, so it is valid until the store is closed.
   */
  public GridArchive archive() {
    return new GridStoreArchive(this, location);
  }

  /** Work that writes to the store. */
  public interface Work {
    /** Runs the writes. */
    void run() throws SQLException;
  }

  /** Runs the writes of one file in one transaction: all of them land, or none. */
  public void inTransaction(Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
