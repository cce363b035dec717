/**
 * Monte Carlo over the outlook's parameters. Sample i draws its parameters from its own {@link
 * java.util.SplittableRandom} seeded from (seed, i), so a result does not depend on how samples are
 * split into blocks, threads or cluster tasks; percentiles come from exact selection on the
 * per-year arrays.
 */
package io.terawatt.outlook.montecarlo;
