package io.terawatt.footprint;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A transformer language model as the footprint engine needs it. Only {@code parameters} is
 * required; the rest sharpen the estimate and are derived when absent (see {@link ModelShape}).
 *
 * @param parameters total parameters
 * @param activeParameters parameters used per token (mixture of experts); empty means all
 * @param layers number of transformer layers
 * @param dModel model width (hidden size)
 * @param contextLength training sequence length in tokens; empty omits the attention term in
 *     training
 * @param attention how attention scales with context
 * @param attentionWindow window in tokens for sliding-window and local layers
 * @param globalLayerFraction share of dense (global) layers for {@link AttentionKind#LOCAL_GLOBAL}
 * @param kvDim width of the keys (and of the values) per layer: KV heads × head dimension
 */
public record ModelSpec(
    double parameters,
    OptionalDouble activeParameters,
    OptionalInt layers,
    OptionalInt dModel,
    OptionalInt contextLength,
    AttentionKind attention,
    OptionalInt attentionWindow,
    OptionalDouble globalLayerFraction,
    OptionalInt kvDim) {

  /** Checks the invariants the input validator also reports, for programmatic callers. */
  public ModelSpec {
    if (!(parameters > 0) || !Double.isFinite(parameters)) {
      throw new IllegalArgumentException(
          "The parameters (" + parameters + ") of a model must be a positive number.");
    }
    if (activeParameters.isPresent()
        && !(activeParameters.getAsDouble() > 0 && activeParameters.getAsDouble() <= parameters)) {
      throw new IllegalArgumentException(
          "The active_parameters ("
              + activeParameters.getAsDouble()
              + ") must be positive and at most the parameters ("
              + parameters
              + ").");
    }
    if (attention == null) {
      attention = AttentionKind.DENSE;
    }
  }

  /** A dense model known only by its parameter count. */
  public static ModelSpec ofParameters(double parameters) {
    return new ModelSpec(
        parameters,
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        AttentionKind.DENSE,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty());
  }

  /** A dense model with its layer count, width and context length. */
  public static ModelSpec dense(double parameters, int layers, int dModel, int contextLength) {
    return new ModelSpec(
        parameters,
        OptionalDouble.empty(),
        OptionalInt.of(layers),
        OptionalInt.of(dModel),
        OptionalInt.of(contextLength),
        AttentionKind.DENSE,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty());
  }

  /** Parameters used per token: the active count for mixtures of experts, else all. */
  public double activeParametersOrTotal() {
    return activeParameters.orElse(parameters);
  }

  /** This model with a given KV width (KV heads × head dimension). */
  public ModelSpec withKvDim(int kvDim) {
    return new ModelSpec(
        parameters,
        activeParameters,
        layers,
        dModel,
        contextLength,
        attention,
        attentionWindow,
        globalLayerFraction,
        OptionalInt.of(kvDim));
  }
}
