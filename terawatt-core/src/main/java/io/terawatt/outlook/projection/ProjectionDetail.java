package io.terawatt.outlook.projection;

import java.util.Map;

/**
 * The inside of one projection, for the central (median-parameter) run: where the electricity goes
 * and comes from.
 *
 * @param outlook the four outputs
 * @param trainingIt_TWh IT electricity of training
 * @param inferenceIt_TWh IT electricity of data-centre inference
 * @param nonAiIt_TWh IT electricity of everything else
 * @param pue fleet PUE
 * @param edge_TWh electricity of inference moved to user devices (not in the data-centre total)
 * @param tokensPerDay inference tokens per day, data centre and edge
 * @param techniqueFactor energy per token from quantisation, MoE and sparse attention, relative to
 *     2024
 * @param energyPerTokenFactor data-centre energy per token relative to 2024 (hardware, algorithms
 *     and techniques)
 * @param electricityByRegion_TWh electricity by region
 * @param electricityBySource_TWh electricity by supply source
 * @param fusionCost_USD_per_MWh fusion cost after learning (NaN before the first plant)
 * @param spaceSolarCost_USD_per_MWh space-solar cost after learning (NaN before the first plant)
 * @param us2023_TWh US data-centre electricity in 2023 implied by the baseline
 */
public record ProjectionDetail(
    YearlyOutlook outlook,
    double[] trainingIt_TWh,
    double[] inferenceIt_TWh,
    double[] nonAiIt_TWh,
    double[] pue,
    double[] edge_TWh,
    double[] tokensPerDay,
    double[] techniqueFactor,
    double[] energyPerTokenFactor,
    Map<Region, double[]> electricityByRegion_TWh,
    Map<SupplySource, double[]> electricityBySource_TWh,
    double[] fusionCost_USD_per_MWh,
    double[] spaceSolarCost_USD_per_MWh,
    double us2023_TWh) {}
