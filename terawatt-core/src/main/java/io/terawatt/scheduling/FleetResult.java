package io.terawatt.scheduling;

import java.util.List;

/**
 * What {@link SchedulingService#fleet} found.
 *
 * @param jobs jobs inside the period
 * @param jobsOutsidePeriod jobs left out because they cannot finish inside the period
 * @param regions the regions, in order
 * @param hours hours in the period
 * @param capacityPerRegion_kW IT capacity of every region, kW
 * @param elapsed_s wall time of the whole study (forecaster fitting included), s
 * @param rows one per policy, in the order asked
 */
public record FleetResult(
    int jobs,
    int jobsOutsidePeriod,
    List<String> regions,
    int hours,
    double capacityPerRegion_kW,
    double elapsed_s,
    List<FleetStudy.Row> rows) {

  /** Copies the lists; there is at least one row. */
  public FleetResult {
    regions = List.copyOf(regions);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a fleet result needs at least one policy's row");
    }
  }

  /** The baseline's and oracle's figures, the same in every row. */
  public PolicyEvaluation references() {
    return rows.get(0).evaluation();
  }
}
