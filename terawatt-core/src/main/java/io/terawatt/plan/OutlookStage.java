package io.terawatt.plan;

import io.terawatt.outlook.OutlookReport;

/**
 * The outlook stage: the global data-centre outlook and the scenario's share of it.
 *
 * @param report the Monte Carlo outlook (P5/P50/P95 by year)
 * @param year the planning year (the first site's), clamped to the outlook's years
 * @param globalElectricityP50_TWh median global data-centre electricity that year
 * @param scenarioElectricity_TWh the scenario's facility energy for a year
 * @param shareOfGlobalP50_pct the scenario's share of the median
 */
public record OutlookStage(
    OutlookReport report,
    int year,
    double globalElectricityP50_TWh,
    double scenarioElectricity_TWh,
    double shareOfGlobalP50_pct) {}
