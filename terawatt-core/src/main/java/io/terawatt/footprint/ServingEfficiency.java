package io.terawatt.footprint;

/**
 * How close serving kernels come to the hardware's peaks, and how much of the fleet sits idle.
 *
 * @param memoryBandwidthFraction share of peak memory bandwidth a decode step sustains
 * @param computeFraction share of peak FLOP/s sustained by prefill and compute-bound decode
 * @param idleReserveFraction idle and reserve capacity as a share of active server energy
 */
public record ServingEfficiency(
    double memoryBandwidthFraction, double computeFraction, double idleReserveFraction) {

  /**
   * Defaults. Memory 0.66 and compute 0.60 are calibrated on one configuration of the ML.ENERGY
   * leaderboard v3 (Llama-3.1-8B, 1×H100, vLLM): the batch-8 inter-token latency (7.3 ms against
   * 4.8 ms to stream the weights at peak bandwidth) and the batch-512 step time; every other batch
   * size and model is out of sample. Idle reserve 0.12 is the idle/reserve share of Google's
   * comprehensive Gemini boundary (10% of the total against 83% for active accelerators and hosts;
   * Elsworth et al. 2025).
   */
  public static final ServingEfficiency DEFAULT = new ServingEfficiency(0.66, 0.60, 0.12);

  /** Rejects fractions outside their ranges. */
  public ServingEfficiency {
    if (!(memoryBandwidthFraction > 0 && memoryBandwidthFraction <= 1)) {
      throw new IllegalArgumentException(
          "The memory_bandwidth_fraction (" + memoryBandwidthFraction + ") must be in (0, 1].");
    }
    if (!(computeFraction > 0 && computeFraction <= 1)) {
      throw new IllegalArgumentException(
          "The compute_fraction (" + computeFraction + ") must be in (0, 1].");
    }
    if (!(idleReserveFraction >= 0) || !Double.isFinite(idleReserveFraction)) {
      throw new IllegalArgumentException(
          "The idle_reserve_fraction (" + idleReserveFraction + ") must be zero or more.");
    }
  }
}
