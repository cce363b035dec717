package io.terawatt.outlook.montecarlo;

import java.io.Serializable;

/**
 * Yearly percentiles of one output.
 *
 * @param p5 5th percentile by year
 * @param p50 median by year
 * @param p95 95th percentile by year
 */
public record Band(double[] p5, double[] p50, double[] p95) implements Serializable {}
