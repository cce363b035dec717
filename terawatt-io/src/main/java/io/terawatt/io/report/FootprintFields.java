package io.terawatt.io.report;

import io.terawatt.footprint.FleetEstimate;
import io.terawatt.footprint.InferenceEstimate;
import io.terawatt.footprint.TrainingEstimate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The output fields of each estimate, in order, with their unit-suffixed names. JSON, CSV and
 * tables are all written from these maps so that the three formats agree.
 */
public final class FootprintFields {
  private FootprintFields() {}

  /** Fields of a training estimate. */
  public static Map<String, Object> of(TrainingEstimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name());
    m.put("mode", e.mode().name().toLowerCase(Locale.ROOT));
    m.put("flops", e.flops());
    m.put("attention_flops", e.attentionFlops());
    m.put("mfu", e.mfu());
    m.put("mfu_source", e.mfuSource());
    m.put("device_hours", e.deviceHours());
    m.put("wall_clock_days", e.wallClockDays());
    m.put("device_power_W", e.devicePower_W());
    m.put("host_power_W", e.hostPower_W());
    m.put("power_source", e.powerSource());
    m.put("it_energy_MWh", e.itEnergy_MWh());
    m.put("facility_energy_MWh", e.facilityEnergy_MWh());
    m.put("development_facility_energy_MWh", e.developmentFacilityEnergy_MWh());
    m.put("average_facility_power_MW", e.averageFacilityPower_MW());
    m.put("grid_intensity_gCO2e_per_kWh", e.intensity_gCO2e_per_kWh());
    m.put("intensity_source", e.intensitySource());
    m.put("operational_tCO2e", e.operational_tCO2e());
    m.put("embodied_tCO2e", e.embodied_tCO2e());
    m.put("water_on_site_m3", e.waterOnSite_m3());
    m.put("water_off_site_m3", e.waterOffSite_m3());
    m.put("water_m3", e.water_m3());
    m.put("electricity_cost_USD", e.electricityCost_USD());
    m.put("compute_cost_USD", e.computeCost_USD());
    return m;
  }

  /** Fields of a per-request inference estimate. */
  public static Map<String, Object> of(InferenceEstimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name());
    m.put("devices", e.devices());
    m.put("devices_derived_from_memory", e.devicesDerived());
    m.put("decode_bound", e.decodeBound());
    m.put("prefill_time_ms", e.prefillTime_ms());
    m.put("time_per_output_token_ms", e.decodeStep_ms());
    m.put("output_tokens_per_second", e.outputTokensPerSecond());
    m.put("prefill_power_per_device_W", e.prefillPower_W());
    m.put("decode_power_per_device_W", e.decodePower_W());
    m.put("accelerator_energy_per_output_token_J", e.acceleratorEnergyPerOutputToken_J());
    m.put("accelerator_energy_per_request_Wh", e.acceleratorEnergyPerRequest_Wh());
    m.put("server_energy_per_request_Wh", e.serverEnergyPerRequest_Wh());
    m.put("facility_energy_per_request_Wh", e.facilityEnergyPerRequest_Wh());
    m.put("operational_gCO2e_per_request", e.operational_gCO2e_per_request());
    m.put("embodied_gCO2e_per_request", e.embodied_gCO2e_per_request());
    m.put("water_mL_per_request", e.water_mL_per_request());
    m.put("memory_required_GB", e.memoryRequired_GB());
    m.put("memory_available_GB", e.memoryAvailable_GB());
    m.put("kv_cache_fits_in_memory", e.fitsInMemory());
    m.put("annual_facility_energy_MWh", e.annualFacilityEnergy_MWh());
    m.put("annual_operational_tCO2e", e.annualOperational_tCO2e());
    m.put("annual_water_m3", e.annualWater_m3());
    return m;
  }

  /** Fields of a fleet (trace) estimate. */
  public static Map<String, Object> of(FleetEstimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requests_in_trace", e.requests());
    m.put("trace_hours", e.traceHours());
    m.put("requests_per_day", e.requestsPerDay());
    m.put("mean_facility_energy_per_request_Wh", e.meanFacilityEnergyPerRequest_Wh());
    m.put("annual_facility_energy_MWh", e.annualFacilityEnergy_MWh());
    m.put("annual_operational_tCO2e", e.annualOperational_tCO2e());
    m.put("annual_embodied_tCO2e", e.annualEmbodied_tCO2e());
    m.put("annual_water_m3", e.annualWater_m3());
    m.put("average_busy_replicas", e.averageReplicas());
    return m;
  }
}
