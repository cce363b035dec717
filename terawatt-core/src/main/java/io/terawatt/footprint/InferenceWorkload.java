package io.terawatt.footprint;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A served model and the requests it answers.
 *
 * @param name label of the service
 * @param model the model (active parameters set the compute; total parameters set the memory)
 * @param precision weight precision
 * @param accelerator the hardware
 * @param count accelerators per model replica (tensor parallel); empty chooses the smallest power
 *     of two whose memory holds the weights
 * @param batchSize concurrent requests per replica (continuous batching)
 * @param inputTokens prompt tokens per request
 * @param outputTokens generated tokens per request
 * @param site the facility and grid
 * @param hostPowerPerDeviceW host power per accelerator; empty uses {@link
 *     TrainingEstimator#DEFAULT_HOST_POWER_W}
 * @param efficiency kernel efficiencies and idle reserve
 * @param requestsPerDay traffic for the fleet view; empty for per-request figures only
 * @param embodied how embodied carbon is amortised
 */
public record InferenceWorkload(
    String name,
    ModelSpec model,
    Precision precision,
    Accelerator accelerator,
    OptionalInt count,
    int batchSize,
    double inputTokens,
    double outputTokens,
    Site site,
    OptionalDouble hostPowerPerDeviceW,
    ServingEfficiency efficiency,
    OptionalDouble requestsPerDay,
    EmbodiedAssumptions embodied) {

  /** Checks what the engine relies on. */
  public InferenceWorkload {
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "The batch_size (" + batchSize + ") of " + name + " must be at least 1.");
    }
    if (!(inputTokens >= 0) || !Double.isFinite(inputTokens)) {
      throw new IllegalArgumentException(
          "The input_tokens (" + inputTokens + ") of " + name + " must be zero or more.");
    }
    if (!(outputTokens >= 1) || !Double.isFinite(outputTokens)) {
      throw new IllegalArgumentException(
          "The output_tokens (" + outputTokens + ") of " + name + " must be at least 1.");
    }
    count.ifPresent(
        c -> {
          if (c < 1) {
            throw new IllegalArgumentException(
                "The hardware count (" + c + ") of " + name + " must be at least 1.");
          }
        });
  }

  /** A workload with defaults for everything optional. */
  public static InferenceWorkload of(
      String name,
      ModelSpec model,
      Precision precision,
      Accelerator accelerator,
      int count,
      int batchSize,
      double inputTokens,
      double outputTokens) {
    return new InferenceWorkload(
        name,
        model,
        precision,
        accelerator,
        OptionalInt.of(count),
        batchSize,
        inputTokens,
        outputTokens,
        Site.DEFAULT,
        OptionalDouble.empty(),
        ServingEfficiency.DEFAULT,
        OptionalDouble.empty(),
        EmbodiedAssumptions.DEFAULT);
  }

  /** This workload at another batch size. */
  public InferenceWorkload withBatchSize(int newBatchSize) {
    return new InferenceWorkload(
        name,
        model,
        precision,
        accelerator,
        count,
        newBatchSize,
        inputTokens,
        outputTokens,
        site,
        hostPowerPerDeviceW,
        efficiency,
        requestsPerDay,
        embodied);
  }

  /** This workload at another site. */
  public InferenceWorkload withSite(Site newSite) {
    return new InferenceWorkload(
        name,
        model,
        precision,
        accelerator,
        count,
        batchSize,
        inputTokens,
        outputTokens,
        newSite,
        hostPowerPerDeviceW,
        efficiency,
        requestsPerDay,
        embodied);
  }

  /** This workload with other serving efficiencies. */
  public InferenceWorkload withEfficiency(ServingEfficiency newEfficiency) {
    return new InferenceWorkload(
        name,
        model,
        precision,
        accelerator,
        count,
        batchSize,
        inputTokens,
        outputTokens,
        site,
        hostPowerPerDeviceW,
        newEfficiency,
        requestsPerDay,
        embodied);
  }
}
