package io.terawatt.footprint;

/**
 * The footprint of one training run. Every component carries its unit in its name.
 *
 * @param name the run's label
 * @param mode predictive or accounting
 * @param flops total training FLOPs (6·N_active·D plus attention)
 * @param attentionFlops the context-dependent part of {@code flops}
 * @param mfu the utilisation used (predictive) or implied by the device-hours (accounting; NaN
 *     without tokens)
 * @param mfuSource where the utilisation came from
 * @param deviceHours accelerator-hours including overheads
 * @param wallClockHours run length: device-hours over accelerators
 * @param devicePower_W average IT power per device (as given, measured, or derived from TDP)
 * @param hostPower_W extra host power per device
 * @param powerSource where the power came from
 * @param itEnergy_MWh accelerators and hosts
 * @param facilityEnergy_MWh IT energy times PUE
 * @param developmentFacilityEnergy_MWh development runs, not included in {@code facilityEnergy_MWh}
 * @param averageFacilityPower_MW facility energy over wall-clock time
 * @param intensity_gCO2e_per_kWh location-based average intensity applied
 * @param intensitySource constant or hourly series
 * @param operational_tCO2e facility energy times intensity
 * @param embodied_tCO2e amortised hardware carbon
 * @param waterOnSite_m3 on-site cooling water (WUE times IT energy)
 * @param waterOffSite_m3 water consumed generating the electricity
 * @param electricityCost_USD facility energy times price
 * @param computeCost_USD device-hours times chip-hour price; NaN when no price was given
 */
public record TrainingEstimate(
    String name,
    EstimateMode mode,
    double flops,
    double attentionFlops,
    double mfu,
    String mfuSource,
    double deviceHours,
    double wallClockHours,
    double devicePower_W,
    double hostPower_W,
    String powerSource,
    double itEnergy_MWh,
    double facilityEnergy_MWh,
    double developmentFacilityEnergy_MWh,
    double averageFacilityPower_MW,
    double intensity_gCO2e_per_kWh,
    String intensitySource,
    double operational_tCO2e,
    double embodied_tCO2e,
    double waterOnSite_m3,
    double waterOffSite_m3,
    double electricityCost_USD,
    double computeCost_USD) {

  /** Total water: on-site plus off-site, m³. */
  public double water_m3() {
    return waterOnSite_m3 + waterOffSite_m3;
  }

  /** Training time in days. */
  public double wallClockDays() {
    return wallClockHours / 24.0;
  }
}
