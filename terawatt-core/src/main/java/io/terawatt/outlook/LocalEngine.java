package io.terawatt.outlook;

import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.Scenario;

/**
 * The in-process engine on a fork/join pool.
 *
 * @param threads worker threads; 1 runs on the calling thread
 */
public record LocalEngine(int threads) implements SampleEngine {

  /** An engine using every available processor. */
  public static LocalEngine allCores() {
    return new LocalEngine(Runtime.getRuntime().availableProcessors());
  }

  @Override
  public MonteCarloResult run(
      Scenario scenario, int samples, long seed, ProgressListener progress) {
    return MonteCarlo.run(scenario, samples, seed, threads, progress);
  }
}
