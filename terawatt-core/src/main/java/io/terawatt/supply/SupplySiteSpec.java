package io.terawatt.supply;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a supply site file says (see {@code docs/supply.md}), before any default, catalog figure or
 * resource model is applied: {@link SupplySites#build} turns it into a {@link SupplySite} for one
 * year. Fields the file leaves out are empty.
 *
 * @param name site name
 * @param latitude_deg latitude, -90..90
 * @param longitude_deg longitude, -180..180
 * @param year scenario year, 2025..2050
 * @param load_MW constant data-centre load
 * @param grid the grid connection; empty for an off-grid site
 * @param resources generating resources, in file order
 * @param storage storage options, in file order
 * @param landLimit_km2 land available for new capacity
 * @param waterLimit_m3 water available per year
 * @param unservedPenalty_USD_per_MWh value of lost load
 * @param discountRate real discount rate that annualises capital
 */
public record SupplySiteSpec(
    String name,
    OptionalDouble latitude_deg,
    OptionalDouble longitude_deg,
    OptionalInt year,
    OptionalDouble load_MW,
    Optional<GridSpec> grid,
    List<ResourceSpec> resources,
    List<StorageSpec> storage,
    OptionalDouble landLimit_km2,
    OptionalDouble waterLimit_m3,
    OptionalDouble unservedPenalty_USD_per_MWh,
    OptionalDouble discountRate) {

  /** Copies the lists. */
  public SupplySiteSpec {
    resources = List.copyOf(resources);
    storage = List.copyOf(storage);
  }

  /** The catalog technologies the site lists, resources then storage, in file order. */
  public List<String> technologies() {
    List<String> ids = new java.util.ArrayList<>();
    resources.forEach(r -> ids.add(r.technology()));
    storage.forEach(s -> ids.add(s.technology()));
    return List.copyOf(ids);
  }

  /** This site with only the resources and storage of these technologies. */
  public SupplySiteSpec onlyTechnologies(List<String> technologies) {
    return new SupplySiteSpec(
        name,
        latitude_deg,
        longitude_deg,
        year,
        load_MW,
        grid,
        resources.stream().filter(r -> technologies.contains(r.technology())).toList(),
        storage.stream().filter(s -> technologies.contains(s.technology())).toList(),
        landLimit_km2,
        waterLimit_m3,
        unservedPenalty_USD_per_MWh,
        discountRate);
  }
}
