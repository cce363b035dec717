package io.terawatt.footprint;

/**
 * Annual footprint of a served model from a request trace (per-request prompt and output tokens, as
 * in the Azure LLM inference trace of Patel et al. 2024, "Splitwise").
 *
 * <p>The replica runs at the workload's batch size; the decode step is taken at the trace's mean
 * context, and each request is charged its own prefill plus its own output tokens times the step
 * energy over the batch. The trace is annualised by its span: annual = sum × 8760 h / span.
 */
public final class FleetEstimator {
  private FleetEstimator() {}

  /**
   * Annualises a trace.
   *
   * @param w the workload (its input and output tokens are replaced by the trace means)
   * @param inputTokens prompt tokens of each request
   * @param outputTokens generated tokens of each request
   * @param traceHours the span of the trace in hours
   */
  public static FleetEstimate fromTrace(
      InferenceWorkload w, double[] inputTokens, double[] outputTokens, double traceHours) {
    if (inputTokens.length != outputTokens.length || inputTokens.length == 0) {
      throw new IllegalArgumentException(
          "A trace needs the same positive number of input and output token counts.");
    }
    if (!(traceHours > 0)) {
      throw new IllegalArgumentException("The trace span (" + traceHours + " h) must be positive.");
    }
    double meanIn = 0;
    double meanOut = 0;
    for (int i = 0; i < inputTokens.length; i++) {
      meanIn += inputTokens[i];
      meanOut += outputTokens[i];
    }
    meanIn /= inputTokens.length;
    meanOut = Math.max(1, meanOut / outputTokens.length);
    InferenceWorkload atMean =
        new InferenceWorkload(
            w.name(),
            w.model(),
            w.precision(),
            w.accelerator(),
            w.count(),
            w.batchSize(),
            meanIn,
            meanOut,
            w.site(),
            w.hostPowerPerDeviceW(),
            w.efficiency(),
            w.requestsPerDay(),
            w.embodied());
    ServingPoint p = ServingPoint.of(atMean);
    double facilityWh = 0;
    double operational = 0;
    double embodied = 0;
    double water = 0;
    double deviceSeconds = 0;
    for (int i = 0; i < inputTokens.length; i++) {
      double out = Math.max(1, outputTokens[i]);
      double accJ = p.acceleratorJoulesPerRequest(inputTokens[i], out);
      double seconds = p.deviceSecondsPerRequest(inputTokens[i], out);
      RequestFootprint f = RequestFootprint.of(atMean, accJ, seconds);
      facilityWh += f.facilityWh();
      operational += f.operationalGrams();
      embodied += f.embodiedGrams();
      water += f.waterMillilitres();
      deviceSeconds += seconds;
    }
    double scale = 8760.0 / traceHours;
    int n = inputTokens.length;
    return new FleetEstimate(
        w.name(),
        n,
        traceHours,
        n * 24.0 / traceHours,
        facilityWh / n,
        facilityWh * scale / 1e6,
        operational * scale / 1e6,
        embodied * scale / 1e6,
        water * scale / 1e6,
        deviceSeconds / (traceHours * 3600.0) / p.devices());
  }
}
