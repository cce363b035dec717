package io.terawatt.footprint;

/**
 * The roofline of one replica at one batch size: decode step time and power, prefill rate and
 * power. Computed once per workload; per-request energies then follow from token counts.
 */
final class ServingPoint {
  private final int devices;
  private final boolean devicesDerived;
  private final double peakFlops;
  private final double computeFraction;
  private final double tdpW;
  private final double idleW;
  private final double activeParameters;
  private final ModelSpec model;
  private final ModelShape shape;
  private final double stepSeconds;
  private final boolean memoryBound;
  private final double decodePowerW;
  private final double prefillPowerW;
  private final int batch;
  private final double memoryRequiredBytes;
  private final double memoryAvailableBytes;

  private ServingPoint(InferenceWorkload w) {
    Accelerator a = w.accelerator();
    model = w.model();
    shape = ModelShape.of(model);
    batch = w.batchSize();
    activeParameters = model.activeParametersOrTotal();
    double weightBytes = model.parameters() * w.precision().bytesPerParameter();
    double usablePerDevice = a.memoryBytes() * InferenceEstimator.USABLE_MEMORY_FRACTION;
    if (w.count().isPresent()) {
      devices = w.count().getAsInt();
      devicesDerived = false;
    } else {
      int n = 1;
      while (n * usablePerDevice < weightBytes * 1.05 && n < 4096) {
        n *= 2;
      }
      devices = n;
      devicesDerived = true;
    }
    peakFlops = a.peakFlopsPerSecond(w.precision()) * devices;
    computeFraction = w.efficiency().computeFraction();
    tdpW = a.tdpW();
    idleW = a.idleW();
    double bandwidth = a.memoryBandwidthBytesPerSecond() * devices;

    double context = w.inputTokens() + w.outputTokens() / 2.0;
    double kvBytesPerToken =
        2.0 * shape.layers() * shape.kvDim() * InferenceEstimator.KV_BYTES_PER_VALUE;
    double activeShare = activeParameters / model.parameters();
    double weightsRead =
        activeShare >= 1.0 ? weightBytes : weightBytes * (1 - Math.pow(1 - activeShare, batch));
    double bytesPerStep = weightsRead + batch * context * kvBytesPerToken;
    double flopsPerStep =
        batch * (2.0 * activeParameters + AttentionCost.decodeFlopsPerToken(model, shape, context));
    double computeSeconds = flopsPerStep / (peakFlops * computeFraction);
    double memorySeconds = bytesPerStep / (bandwidth * w.efficiency().memoryBandwidthFraction());
    memoryBound = memorySeconds >= computeSeconds;
    stepSeconds = Math.max(computeSeconds, memorySeconds);
    double utilisation =
        bytesPerStep / (bandwidth * stepSeconds)
            + flopsPerStep / (peakFlops * computeFraction * stepSeconds);
    decodePowerW = powerAt(utilisation);
    prefillPowerW = powerAt(1.0);
    memoryRequiredBytes = weightBytes + batch * context * kvBytesPerToken;
    memoryAvailableBytes = usablePerDevice * devices;
  }

  static ServingPoint of(InferenceWorkload w) {
    return new ServingPoint(w);
  }

  private double powerAt(double utilisation) {
    return idleW + (tdpW - idleW) * Math.min(1.0, utilisation);
  }

  /** Seconds to prefill a prompt (the whole replica works on it). */
  double prefillSeconds(double inputTokens) {
    double flops =
        2.0 * activeParameters * inputTokens
            + AttentionCost.prefillFlops(model, shape, inputTokens);
    return flops / (peakFlops * computeFraction);
  }

  /** Accelerator energy of one request, in joules, across all devices of the replica. */
  double acceleratorJoulesPerRequest(double inputTokens, double outputTokens) {
    double prefill = prefillPowerW * prefillSeconds(inputTokens);
    double decode = decodePowerW * stepSeconds * outputTokens / batch;
    return devices * (prefill + decode);
  }

  /** Device-seconds one request occupies (its share of batched decode steps plus its prefill). */
  double deviceSecondsPerRequest(double inputTokens, double outputTokens) {
    return devices * (prefillSeconds(inputTokens) + stepSeconds * outputTokens / batch);
  }

  int devices() {
    return devices;
  }

  boolean devicesDerived() {
    return devicesDerived;
  }

  double decodeStepSeconds() {
    return stepSeconds;
  }

  boolean decodeMemoryBound() {
    return memoryBound;
  }

  double decodePowerW() {
    return decodePowerW;
  }

  double prefillPowerW() {
    return prefillPowerW;
  }

  double memoryRequiredBytes() {
    return memoryRequiredBytes;
  }

  double memoryAvailableBytes() {
    return memoryAvailableBytes;
  }
}
