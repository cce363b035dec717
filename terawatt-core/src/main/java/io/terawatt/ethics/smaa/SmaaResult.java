package io.terawatt.ethics.smaa;

/**
 * SMAA-2 results, indexed {@code [option][rank]} (rank 0 is first) and {@code [option][indicator]}.
 *
 * @param acceptability rank-acceptability indices {@code b_i^r}: share of samples in which option i
 *     takes rank r
 * @param centralWeights mean weight vector of the samples in which option i ranks first (all zero
 *     when it never does)
 * @param confidence confidence factor {@code p_i^c}: share of value samples in which option i ranks
 *     first when its central weights are used (0 when it never ranks first)
 * @param standardError the largest Monte Carlo standard error of an acceptability, {@code max
 *     sqrt(b(1-b)/N)}
 * @param samples number of samples N
 */
public record SmaaResult(
    double[][] acceptability,
    double[][] centralWeights,
    double[] confidence,
    double standardError,
    int samples) {}
