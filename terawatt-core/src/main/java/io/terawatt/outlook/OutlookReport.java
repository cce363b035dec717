package io.terawatt.outlook;

import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.projection.ProjectionDetail;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import java.util.List;
import java.util.Map;

/**
 * Everything one outlook run produces.
 *
 * @param scenario scenario name
 * @param engine engine name ({@code local} or {@code spark})
 * @param years the years, 2024–2050
 * @param bands percentile bands of the Monte Carlo
 * @param central the projection of the median draw, with its breakdown
 * @param sensitivity Sobol indices of electricity by year (empty when not computed)
 * @param sobolBaseSamples N of the Sobol analysis (0 when not computed)
 * @param samplingSeconds wall time of the Monte Carlo
 */
public record OutlookReport(
    String scenario,
    String engine,
    int[] years,
    MonteCarloResult bands,
    ProjectionDetail central,
    Map<Integer, List<SensitivityIndex>> sensitivity,
    int sobolBaseSamples,
    double samplingSeconds) {}
