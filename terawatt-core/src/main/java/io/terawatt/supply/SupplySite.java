package io.terawatt.supply;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A data-centre site for one year: its load, grid connection, generators and storage, and the
 * limits a plan must respect.
 *
 * @param name site name
 * @param start first hour (UTC)
 * @param load_MW hourly average load
 * @param grid grid connection
 * @param generators generating options (on site or contracted)
 * @param storage storage options
 * @param landLimit_km2 land available for new capacity; empty for none
 * @param waterLimit_m3 water available per year; empty for none
 * @param unservedPenalty_USD_per_MWh value of lost load, used when supply cannot meet load
 */
public record SupplySite(
    String name,
    Instant start,
    double[] load_MW,
    GridConnection grid,
    List<GeneratorOption> generators,
    List<StorageOption> storage,
    OptionalDouble landLimit_km2,
    OptionalDouble waterLimit_m3,
    double unservedPenalty_USD_per_MWh) {

  /** Checks that every hourly array has the site's length, and copies. */
  public SupplySite {
    int n = load_MW.length;
    if (n == 0) {
      throw new IllegalArgumentException("The site " + name + " needs at least one hour of load.");
    }
    for (double v : load_MW) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("The load of " + name + " must be finite and >= 0.");
      }
    }
    if (grid.hours() != n) {
      throw new IllegalArgumentException(
          "The grid series of "
              + name
              + " have "
              + grid.hours()
              + " hours; the load has "
              + n
              + ".");
    }
    for (GeneratorOption g : generators) {
      if (g.availability().length != n) {
        throw new IllegalArgumentException(
            "The availability of "
                + g.technology()
                + " has "
                + g.availability().length
                + " hours; the load has "
                + n
                + ".");
      }
    }
    load_MW = load_MW.clone();
    generators = List.copyOf(generators);
    storage = List.copyOf(storage);
  }

  /** Number of hours. */
  public int hours() {
    return load_MW.length;
  }

  /** Load of hour h. */
  public double loadAt(int h) {
    return load_MW[h];
  }

  /** A copy of the load. */
  @Override
  public double[] load_MW() {
    return load_MW.clone();
  }

  /** This site with other generators and storage (a plan's capacities). */
  public SupplySite with(List<GeneratorOption> newGenerators, List<StorageOption> newStorage) {
    return new SupplySite(
        name,
        start,
        load_MW,
        grid,
        newGenerators,
        newStorage,
        landLimit_km2,
        waterLimit_m3,
        unservedPenalty_USD_per_MWh);
  }
}
