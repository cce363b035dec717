package io.terawatt.footprint;

/**
 * FLOPs per token of a transformer, the formulas the training and inference estimators use, for
 * callers that need the per-token figure alone (for example the outlook, which turns adoption of
 * mixtures of experts and sparse attention into changes of FLOPs per token).
 *
 * <ul>
 *   <li>Training: 6·N_active (Kaplan et al. 2020 §2.1) plus 12·L·d·c of attention over the training
 *       context (Chowdhery et al. 2022, PaLM, Appendix B); see {@link AttentionCost}.
 *   <li>Inference (one decoded token): 2·N_active plus 4·L·d·c for the c positions it attends to.
 * </ul>
 */
public final class TokenFlops {
  private TokenFlops() {}

  /** Training FLOPs per token (forward and backward) of a model at its training context. */
  public static double training(ModelSpec model) {
    ModelShape shape = ModelShape.of(model);
    return 6.0 * model.activeParametersOrTotal()
        + AttentionCost.trainingFlopsPerToken(model, shape);
  }

  /** Forward FLOPs to decode one token that sees {@code context} earlier tokens. */
  public static double inference(ModelSpec model, double context) {
    ModelShape shape = ModelShape.of(model);
    return 2.0 * model.activeParametersOrTotal()
        + AttentionCost.decodeFlopsPerToken(model, shape, context);
  }
}
