package io.terawatt.footprint;

/**
 * The context-dependent part of transformer compute.
 *
 * <p>Per token and layer, the forward pass spends 2·c·d FLOPs on the query-key scores and 2·c·d on
 * the weighted sum of values, where c is the number of positions attended to and d the attention
 * width (taken equal to d_model). Training triples the forward cost, which gives PaLM's 12·L·d·T
 * per token (Chowdhery et al. 2022, "PaLM", Appendix B, with T the sequence length). Sliding
 * windows cap c at the window; local/global models mix the two; linear attention has no such term.
 */
public final class AttentionCost {
  private AttentionCost() {}

  /**
   * Positions each query attends to in training, following PaLM's accounting (the whole sequence
   * for dense attention).
   */
  public static double trainingAttendedPositions(ModelSpec spec, int sequenceLength) {
    return attended(spec, sequenceLength);
  }

  /** Training FLOPs per token from attention: 12·L·d·c (forward and backward). */
  public static double trainingFlopsPerToken(ModelSpec spec, ModelShape shape) {
    if (spec.contextLength().isEmpty()) {
      return 0;
    }
    double c = trainingAttendedPositions(spec, spec.contextLength().getAsInt());
    return 12.0 * shape.layers() * shape.dModel() * c;
  }

  /** Forward FLOPs of attention for one new token that sees {@code context} earlier tokens. */
  public static double decodeFlopsPerToken(ModelSpec spec, ModelShape shape, double context) {
    return 4.0 * shape.layers() * shape.dModel() * attendedAt(spec, context);
  }

  /**
   * Forward attention FLOPs of a causal prefill of {@code promptTokens} tokens: the sum over
   * positions of 4·L·d·(positions attended), about 2·L·d·n² for dense attention.
   */
  public static double prefillFlops(ModelSpec spec, ModelShape shape, double promptTokens) {
    double n = promptTokens;
    double dense = n * n / 2.0;
    double windowed = windowedSum(spec, n);
    double positions;
    switch (spec.attention()) {
      case DENSE -> positions = dense;
      case SLIDING_WINDOW -> positions = windowed;
      case LOCAL_GLOBAL -> {
        double g = spec.globalLayerFraction().orElse(DEFAULT_GLOBAL_LAYER_FRACTION);
        positions = g * dense + (1 - g) * windowed;
      }
      case LINEAR -> positions = 0;
      default -> throw new IllegalStateException("Unknown attention kind " + spec.attention());
    }
    return 4.0 * shape.layers() * shape.dModel() * positions;
  }

  /** Global-layer share assumed for local/global models: 1 in 6 as in Gemma 3. */
  public static final double DEFAULT_GLOBAL_LAYER_FRACTION = 1.0 / 6.0;

  /** Window assumed when a windowed model gives none: 4,096 tokens (Mistral 7B v0.1). */
  public static final int DEFAULT_WINDOW = 4096;

  private static double attended(ModelSpec spec, double context) {
    return attendedAt(spec, context);
  }

  private static double attendedAt(ModelSpec spec, double context) {
    double window = spec.attentionWindow().orElse(DEFAULT_WINDOW);
    return switch (spec.attention()) {
      case DENSE -> context;
      case SLIDING_WINDOW -> Math.min(window, context);
      case LOCAL_GLOBAL -> {
        double g = spec.globalLayerFraction().orElse(DEFAULT_GLOBAL_LAYER_FRACTION);
        yield g * context + (1 - g) * Math.min(window, context);
      }
      case LINEAR -> 0;
    };
  }

  /** Sum over positions 0..n of min(position, window). */
  private static double windowedSum(ModelSpec spec, double n) {
    double w = spec.attentionWindow().orElse(DEFAULT_WINDOW);
    if (n <= w) {
      return n * n / 2.0;
    }
    return w * w / 2.0 + (n - w) * w;
  }
}
