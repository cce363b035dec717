package io.terawatt.plan;

import io.terawatt.footprint.FootprintResult;
import java.util.List;

/**
 * The footprint stage: the engine's estimates and the facility load they put on a site.
 *
 * @param detail the footprint engine's result, per training run and served model
 * @param workloads the facility load of each workload
 * @param trainingLoad_MW average facility load of the training clusters over the year
 * @param inferenceLoad_MW average facility load of serving over the year
 * @param facilityLoad_MW the sum: the load every candidate site must supply
 * @param annualFacilityEnergy_MWh facility energy of a year of that load
 */
public record FootprintStage(
    FootprintResult detail,
    List<WorkloadLoad> workloads,
    double trainingLoad_MW,
    double inferenceLoad_MW,
    double facilityLoad_MW,
    double annualFacilityEnergy_MWh) {

  /** Copies the list. */
  public FootprintStage {
    workloads = List.copyOf(workloads);
  }

  /**
   * One workload's load.
   *
   * @param name workload name
   * @param kind {@code training} or {@code inference}
   * @param facilityLoad_MW its average facility load over the year
   * @param annualFacilityEnergy_MWh its facility energy over the year
   * @param operational_tCO2e the engine's operational emissions at the workload's own footprint
   *     site (a run for training, a year for inference), before any supply plan
   */
  public record WorkloadLoad(
      String name,
      String kind,
      double facilityLoad_MW,
      double annualFacilityEnergy_MWh,
      double operational_tCO2e) {}
}
