package io.terawatt.io.store;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridArchive;
import io.terawatt.grid.GridArchiveException;
import io.terawatt.grid.IssuedForecast;
import io.terawatt.grid.Signal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The grid database seen through the core's {@link GridArchive} port. */
final class GridStoreArchive implements GridArchive {
  private final GridStore store;
  private final String location;

  GridStoreArchive(GridStore store, String location) {
    this.store = store;
    this.location = location;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public double[] intensity(
      String zone, Signal signal, EmissionBasis basis, Instant from, Instant to) {
    try {
      return store.intensity(zone, signal, basis, from, to);
    } catch (SQLException e) {
      throw new GridArchiveException(e.getMessage(), e);
    }
  }

  @Override
  public double[] prices(String zone, Instant from, Instant to) {
    try {
      return store.prices(zone, from, to);
    } catch (SQLException e) {
      throw new GridArchiveException(e.getMessage(), e);
    }
  }

  @Override
  public List<IssuedForecast> issuedForecasts(String zone, Instant from, Instant to) {
    try {
      return store.issuedForecasts(zone, from, to);
    } catch (SQLException e) {
      throw new GridArchiveException(e.getMessage(), e);
    }
  }
}
