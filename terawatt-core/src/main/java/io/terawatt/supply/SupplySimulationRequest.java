package io.terawatt.supply;

import java.util.OptionalInt;

/**
 * What {@link SupplyService#simulate} is asked: a site spec and the year to simulate.
 *
 * @param site the site as its file says
 * @param year year instead of the spec's; empty for the spec's (or the default)
 */
public record SupplySimulationRequest(SupplySiteSpec site, OptionalInt year) {

  /** The year this request simulates ({@link SupplySites#year}). */
  public int simulatedYear() {
    return SupplySites.year(site, year);
  }
}
