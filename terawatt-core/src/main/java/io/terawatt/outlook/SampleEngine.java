package io.terawatt.outlook;

import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.Scenario;

/**
 * Something that runs the Monte Carlo: the in-process fork/join engine, or a cluster engine that
 * computes the same sample blocks elsewhere. Every engine must return bit-identical results for the
 * same scenario, sample count and seed.
 */
@FunctionalInterface
public interface SampleEngine {
  /** Runs {@code samples} samples under {@code seed}. */
  MonteCarloResult run(Scenario scenario, int samples, long seed, ProgressListener progress);
}
