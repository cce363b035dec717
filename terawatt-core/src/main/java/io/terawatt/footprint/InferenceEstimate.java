package io.terawatt.footprint;

/**
 * Per-request footprint of a served model at one operating point, with the three boundaries kept
 * apart: accelerator only (what ML.ENERGY measures), server (plus host CPU and memory), facility
 * (plus idle reserve and PUE: Google's comprehensive boundary).
 *
 * @param name the workload's label
 * @param devices accelerators per replica
 * @param devicesDerived true when the count was chosen from memory
 * @param decodeBound {@code memory} or {@code compute}: what limits a decode step
 * @param prefillTime_ms prefill time of one request
 * @param decodeStep_ms one decode step of the whole batch (time per output token)
 * @param outputTokensPerSecond tokens generated per second by one replica, prefill included
 * @param prefillPower_W average power per accelerator during prefill
 * @param decodePower_W average power per accelerator during decode
 * @param acceleratorEnergyPerOutputToken_J accelerator energy per request over output tokens
 * @param acceleratorEnergyPerRequest_Wh accelerators only
 * @param serverEnergyPerRequest_Wh accelerators plus host share
 * @param facilityEnergyPerRequest_Wh server plus idle reserve, times PUE
 * @param operational_gCO2e_per_request facility energy times location-based intensity
 * @param embodied_gCO2e_per_request amortised hardware carbon
 * @param water_mL_per_request on-site (WUE × IT energy) plus off-site water
 * @param memoryRequired_GB weights plus KV cache at the average context, per replica
 * @param memoryAvailable_GB accelerator memory per replica
 * @param annualFacilityEnergy_MWh at the given requests per day; NaN without traffic
 * @param annualOperational_tCO2e at the given requests per day; NaN without traffic
 * @param annualWater_m3 at the given requests per day; NaN without traffic
 */
public record InferenceEstimate(
    String name,
    int devices,
    boolean devicesDerived,
    String decodeBound,
    double prefillTime_ms,
    double decodeStep_ms,
    double outputTokensPerSecond,
    double prefillPower_W,
    double decodePower_W,
    double acceleratorEnergyPerOutputToken_J,
    double acceleratorEnergyPerRequest_Wh,
    double serverEnergyPerRequest_Wh,
    double facilityEnergyPerRequest_Wh,
    double operational_gCO2e_per_request,
    double embodied_gCO2e_per_request,
    double water_mL_per_request,
    double memoryRequired_GB,
    double memoryAvailable_GB,
    double annualFacilityEnergy_MWh,
    double annualOperational_tCO2e,
    double annualWater_m3) {

  /** Whether weights and the KV cache at the average context fit in memory. */
  public boolean fitsInMemory() {
    return memoryRequired_GB <= memoryAvailable_GB;
  }
}
