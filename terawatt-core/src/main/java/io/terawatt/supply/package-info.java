/**
 * Energy supply for a data-centre site. The capability's front door is {@link
 * io.terawatt.supply.SupplyService}: plan a site at least cost ({@link
 * io.terawatt.supply.SupplyPlanRequest} → {@link io.terawatt.supply.SupplyPlanResult}), simulate a
 * year ({@link io.terawatt.supply.SupplySimulationRequest} → {@link
 * io.terawatt.supply.SupplySimulationResult}), list the technology catalog. A site comes in as what
 * its file says ({@link io.terawatt.supply.SupplySiteSpec} and its grid, resource, profile and
 * storage specs); {@link io.terawatt.supply.SupplySites} applies the catalog, the resource models
 * ({@link io.terawatt.supply.ResourceProfiles}) and the documented defaults, and {@link
 * io.terawatt.supply.GridSignal} gives the grid's hourly intensity. The package also holds the
 * options a site can use (generators, storage, a grid connection), hourly flows and the metrics
 * computed from them. Subpackages hold the technology catalog ({@code technology}), resource
 * profiles ({@code resource}), the hourly dispatch simulation ({@code dispatch}) and least-cost
 * planning ({@code plan}).
 */
package io.terawatt.supply;
