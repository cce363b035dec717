package io.terawatt.supply.plan;

/** How carbon-free energy is matched against load. */
public enum CfeMatching {
  /**
   * Hour by hour (24/7): each hour counts the load met by carbon-free generation net of charging
   * and exports, plus storage discharge, plus the grid's carbon-free share of imports, at most the
   * hour's load.
   */
  HOURLY,
  /** Over the year: carbon-free generation against the year's load. */
  ANNUAL
}
