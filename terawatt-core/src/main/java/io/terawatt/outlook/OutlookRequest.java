package io.terawatt.outlook;

import java.util.OptionalInt;

/**
 * An outlook run: the scenario, the Monte Carlo and the Sobol analysis.
 *
 * @param scenario the scenario (a built-in one or a file's overrides of one)
 * @param samples Monte Carlo samples, at least 1
 * @param seed the run seed
 * @param sobolBaseSamples N of the Sobol analysis (N x (k + 2) runs); 0 skips it
 * @param threads threads of the in-process work; empty for every available processor
 * @param engineName the name reported for the sampling engine ({@code local}, {@code spark})
 */
public record OutlookRequest(
    OutlookScenario scenario,
    int samples,
    long seed,
    int sobolBaseSamples,
    OptionalInt threads,
    String engineName) {

  /** Checks the counts. */
  public OutlookRequest {
    if (samples < 1 || sobolBaseSamples < 0) {
      throw new IllegalArgumentException(
          "The samples ("
              + samples
              + ") must be at least 1 and the Sobol base samples ("
              + sobolBaseSamples
              + ") at least 0.");
    }
  }

  /** The threads to use: the request's, or every available processor. */
  public int threadCount() {
    return threads.orElse(Runtime.getRuntime().availableProcessors());
  }
}
