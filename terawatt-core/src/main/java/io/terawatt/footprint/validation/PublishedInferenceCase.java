package io.terawatt.footprint.validation;

import io.terawatt.footprint.InferenceWorkload;

/**
 * A measured accelerator energy per output token.
 *
 * @param workload the served model and operating point
 * @param measuredJoulesPerOutputToken measured accelerator-only energy per output token
 * @param measuredOutputTokensPerSecond measured output throughput of the replica
 * @param measuredAveragePowerW measured average accelerator power
 * @param calibration true for the points the default efficiencies were calibrated on
 * @param source the citation
 */
public record PublishedInferenceCase(
    InferenceWorkload workload,
    double measuredJoulesPerOutputToken,
    double measuredOutputTokensPerSecond,
    double measuredAveragePowerW,
    boolean calibration,
    String source) {}
