package io.terawatt.footprint;

/**
 * A year of traffic for one served model, from a request trace or a daily request count.
 *
 * @param name the workload's label
 * @param requests requests in the trace (or per day when no trace was given)
 * @param traceHours hours the trace spans
 * @param requestsPerDay average daily requests implied
 * @param meanFacilityEnergyPerRequest_Wh mean over the trace's requests
 * @param annualFacilityEnergy_MWh annualised facility energy
 * @param annualOperational_tCO2e annualised location-based operational carbon
 * @param annualEmbodied_tCO2e annualised embodied carbon
 * @param annualWater_m3 annualised water
 * @param averageReplicas replicas busy on average to serve the traffic
 */
public record FleetEstimate(
    String name,
    long requests,
    double traceHours,
    double requestsPerDay,
    double meanFacilityEnergyPerRequest_Wh,
    double annualFacilityEnergy_MWh,
    double annualOperational_tCO2e,
    double annualEmbodied_tCO2e,
    double annualWater_m3,
    double averageReplicas) {}
