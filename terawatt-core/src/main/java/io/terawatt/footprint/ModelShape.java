package io.terawatt.footprint;

/**
 * A {@link ModelSpec} with every dimension resolved, the derived ones flagged.
 *
 * <p>When layers or width are missing they come from the parameter count with the usual transformer
 * estimate N ≈ 12·L·d² (Kaplan et al. 2020, "Scaling Laws for Neural Language Models", §2.1) and an
 * aspect ratio d/L = 128, the ratio of GPT-3 175B (12288/96) and Llama 2 7B (4096/32). The KV width
 * defaults to min(d, 1024): grouped-query attention with 8 KV heads of 128 dimensions, as in Llama
 * 3, Mistral and Qwen 2.5/3.
 *
 * @param layers transformer layers
 * @param dModel model width
 * @param kvDim KV width per layer (KV heads × head dimension)
 * @param shapeDerived true when layers or width were derived from the parameter count
 */
public record ModelShape(int layers, int dModel, int kvDim, boolean shapeDerived) {

  /** Aspect ratio d_model / layers used when the shape must be derived. */
  public static final double DERIVED_WIDTH_PER_LAYER = 128.0;

  /** KV width assumed when not given: 8 KV heads × 128 dimensions. */
  public static final int DEFAULT_KV_DIM = 1024;

  /** Resolves the shape of a model, deriving what is missing. */
  public static ModelShape of(ModelSpec spec) {
    int layers;
    int dModel;
    boolean derived = false;
    if (spec.layers().isPresent() && spec.dModel().isPresent()) {
      layers = spec.layers().getAsInt();
      dModel = spec.dModel().getAsInt();
    } else if (spec.dModel().isPresent()) {
      dModel = spec.dModel().getAsInt();
      layers = Math.max(1, (int) Math.round(spec.parameters() / (12.0 * dModel * (double) dModel)));
      derived = true;
    } else if (spec.layers().isPresent()) {
      layers = spec.layers().getAsInt();
      dModel = Math.max(64, (int) Math.round(Math.sqrt(spec.parameters() / (12.0 * layers))));
      derived = true;
    } else {
      double l =
          Math.cbrt(spec.parameters() / (12.0 * DERIVED_WIDTH_PER_LAYER * DERIVED_WIDTH_PER_LAYER));
      layers = Math.max(1, (int) Math.round(l));
      dModel = Math.max(64, (int) Math.round(DERIVED_WIDTH_PER_LAYER * l));
      derived = true;
    }
    int kvDim = spec.kvDim().orElse(Math.min(dModel, DEFAULT_KV_DIM));
    return new ModelShape(layers, dModel, kvDim, derived);
  }
}
