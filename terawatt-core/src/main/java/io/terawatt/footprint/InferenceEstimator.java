package io.terawatt.footprint;

/**
 * Estimates the energy of serving one request, from the roofline of prefill and decode.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>Prefill of I tokens is compute-bound: t = (2·N_active·I + attention) / (devices × peak ×
 *       compute fraction).
 *   <li>A decode step at batch B takes the larger of its compute time, B·(2·N_active + 4·L·d·c) /
 *       (devices × peak × compute fraction), and its memory time, (weights read once per step and
 *       shared by the batch + B·c·KV bytes per token) / (devices × bandwidth × bandwidth fraction),
 *       with c = I + O/2 the average context. A mixture of experts reads the expected union of
 *       experts its batch touches: total weights × (1 − (1 − N_active/N_total)^B).
 *   <li>Power per accelerator rises linearly from idle to TDP with utilisation u = (bytes per
 *       second / peak bandwidth) + (FLOP/s / achievable FLOP/s), capped at 1: streaming memory at
 *       the achievable rate draws about two thirds of the dynamic range and tensor-core work at the
 *       achievable rate all of it, as the ML.ENERGY H100 measurements show (486 W at batch 8, about
 *       690 W from batch 192 up).
 *   <li>Per request: accelerator energy = prefill energy + O × step energy / B; server adds the
 *       host share for the same device-time; facility adds the idle reserve and multiplies by PUE.
 * </ul>
 */
public final class InferenceEstimator {

  /** Bytes per KV-cache value: bf16, the serving default even for fp8 weights (vLLM). */
  public static final double KV_BYTES_PER_VALUE = 2.0;

  /** Share of accelerator memory usable for weights and KV cache (vLLM's default 0.9). */
  public static final double USABLE_MEMORY_FRACTION = 0.9;

  private InferenceEstimator() {}

  /** Bytes the weights of a model take at a precision. */
  public static double weightBytes(ModelSpec model, Precision precision) {
    return model.parameters() * precision.bytesPerParameter();
  }

  /** Bytes of an accelerator's memory usable for weights and KV cache. */
  public static double usableMemoryBytes(Accelerator a) {
    return a.memoryBytes() * USABLE_MEMORY_FRACTION;
  }

  /** The fewest accelerators whose usable memory holds a model's weights at a precision. */
  public static int acceleratorsForWeights(ModelSpec model, Precision precision, Accelerator a) {
    return (int) Math.ceil(weightBytes(model, precision) / usableMemoryBytes(a));
  }

  /** Estimates one workload at its batch size. */
  public static InferenceEstimate estimate(InferenceWorkload w) {
    ServingPoint p = ServingPoint.of(w);
    double inputTokens = w.inputTokens();
    double outputTokens = w.outputTokens();
    double accJ = p.acceleratorJoulesPerRequest(inputTokens, outputTokens);
    double deviceSeconds = p.deviceSecondsPerRequest(inputTokens, outputTokens);
    RequestFootprint f = RequestFootprint.of(w, accJ, deviceSeconds);

    double stepSeconds = p.decodeStepSeconds();
    double prefillSeconds = p.prefillSeconds(inputTokens);
    double throughput =
        w.batchSize() / (stepSeconds + (w.batchSize() / outputTokens) * prefillSeconds);

    double annualEnergy = Double.NaN;
    double annualCarbon = Double.NaN;
    double annualWater = Double.NaN;
    if (w.requestsPerDay().isPresent()) {
      double perYear = w.requestsPerDay().getAsDouble() * 365.0;
      annualEnergy = f.facilityWh() * perYear / 1e6;
      annualCarbon = f.operationalGrams() * perYear / 1e6;
      annualWater = f.waterMillilitres() * perYear / 1e6;
    }
    return new InferenceEstimate(
        w.name(),
        p.devices(),
        p.devicesDerived(),
        p.decodeMemoryBound() ? "memory" : "compute",
        prefillSeconds * 1e3,
        stepSeconds * 1e3,
        throughput,
        p.prefillPowerW(),
        p.decodePowerW(),
        accJ / outputTokens,
        accJ / 3600.0,
        f.serverWh(),
        f.facilityWh(),
        f.operationalGrams(),
        f.embodiedGrams(),
        f.waterMillilitres(),
        p.memoryRequiredBytes() / 1e9,
        p.memoryAvailableBytes() / 1e9,
        annualEnergy,
        annualCarbon,
        annualWater);
  }
}
