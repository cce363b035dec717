package io.terawatt.outlook.projection;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.AttentionKind;
import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.InferenceEstimator;
import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.ServingEfficiency;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TokenFlops;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns serving techniques into per-token factors with the footprint engine, relative to a dense
 * BF16 reference model with dense attention.
 *
 * <ul>
 *   <li>Mixture of experts and sparse (local/global) attention change FLOPs per token: {@link
 *       TokenFlops#inference} = 2·N_active + 4·L·d·c. The four combinations (dense or MoE × dense
 *       or local/global attention) are evaluated for the drawn active-parameter ratio and context.
 *   <li>Quantisation changes bytes and FLOP rate per token: the footprint engine's roofline ({@link
 *       InferenceEstimator}) gives accelerator joules per output token of the reference model on a
 *       B200 at BF16, FP8 and FP4 (4-bit weights); their ratios are the quantisation factors.
 * </ul>
 *
 * <p>Reference model: Llama 3.1 405B shape (126 layers, d_model 16,384; Meta 2024 model card),
 * local/global attention as in Gemma 3 (footprint defaults: 1 global layer in 6, 4,096-token
 * window). Roofline workload: batch 64, 2,000 prompt and 500 output tokens (unverified, a typical
 * chat request), accelerators per replica chosen from memory.
 */
public final class TechniqueFactors {
  /** Reference total parameters: Llama 3.1 405B. */
  public static final double REFERENCE_PARAMETERS = 405e9;

  /** Reference layers (Llama 3.1 405B). */
  public static final int REFERENCE_LAYERS = 126;

  /** Reference width (Llama 3.1 405B). */
  public static final int REFERENCE_D_MODEL = 16384;

  /** Accelerator of the quantisation roofline: NVIDIA B200 (supports BF16, FP8 and FP4). */
  public static final String REFERENCE_ACCELERATOR = "b200";

  private static final double FP8_ENERGY_RATIO = energyRatio(Precision.FP8);
  private static final double FP4_ENERGY_RATIO = energyRatio(Precision.FP4);

  private TechniqueFactors() {}

  /** Accelerator energy per output token at FP8 over BF16 (roofline of the reference model). */
  public static double fp8EnergyRatio() {
    return FP8_ENERGY_RATIO;
  }

  /** Accelerator energy per output token at FP4 over BF16 (roofline of the reference model). */
  public static double fp4EnergyRatio() {
    return FP4_ENERGY_RATIO;
  }

  /**
   * Inference FLOPs per decoded token of the four technique combinations, relative to dense model
   * with dense attention, written into {@code out}: [dense/dense, MoE/dense, dense/sparse,
   * MoE/sparse].
   *
   * @param activeRatio active over total parameters of the mixture of experts
   * @param contextTokens positions a decoded token attends to
   */
  public static void flopsRatios(double activeRatio, double contextTokens, double[] out) {
    double base = TokenFlops.inference(model(1.0, AttentionKind.DENSE), contextTokens);
    out[0] = 1.0;
    out[1] = TokenFlops.inference(model(activeRatio, AttentionKind.DENSE), contextTokens) / base;
    out[2] = TokenFlops.inference(model(1.0, AttentionKind.LOCAL_GLOBAL), contextTokens) / base;
    out[3] =
        TokenFlops.inference(model(activeRatio, AttentionKind.LOCAL_GLOBAL), contextTokens) / base;
  }

  /**
   * The expected per-token energy factor when the techniques are adopted independently: the FLOPs
   * mix of MoE and sparse attention times the quantisation mix.
   */
  public static double combined(
      double[] flopsRatios, double moeShare, double sparseShare, double fp8Share, double fp4Share) {
    double flops =
        (1 - moeShare) * (1 - sparseShare) * flopsRatios[0]
            + moeShare * (1 - sparseShare) * flopsRatios[1]
            + (1 - moeShare) * sparseShare * flopsRatios[2]
            + moeShare * sparseShare * flopsRatios[3];
    double quantised = fp8Share + fp4Share;
    if (quantised > 1) {
      fp8Share /= quantised;
      fp4Share /= quantised;
      quantised = 1;
    }
    double bytes = (1 - quantised) + fp8Share * FP8_ENERGY_RATIO + fp4Share * FP4_ENERGY_RATIO;
    return flops * bytes;
  }

  private static ModelSpec model(double activeRatio, AttentionKind attention) {
    return new ModelSpec(
        REFERENCE_PARAMETERS,
        activeRatio < 1.0
            ? OptionalDouble.of(activeRatio * REFERENCE_PARAMETERS)
            : OptionalDouble.empty(),
        OptionalInt.of(REFERENCE_LAYERS),
        OptionalInt.of(REFERENCE_D_MODEL),
        OptionalInt.empty(),
        attention,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty());
  }

  private static double energyRatio(Precision precision) {
    Accelerator a =
        HardwareCatalog.builtIn()
            .find(REFERENCE_ACCELERATOR)
            .orElseThrow(() -> new IllegalStateException("No b200 in the hardware catalog."));
    return joulesPerToken(a, precision) / joulesPerToken(a, Precision.BF16);
  }

  private static double joulesPerToken(Accelerator a, Precision precision) {
    InferenceWorkload w =
        new InferenceWorkload(
            "outlook-reference",
            model(1.0, AttentionKind.DENSE),
            precision,
            a,
            OptionalInt.empty(),
            64,
            2000,
            500,
            Site.DEFAULT,
            OptionalDouble.empty(),
            ServingEfficiency.DEFAULT,
            OptionalDouble.empty(),
            EmbodiedAssumptions.DEFAULT);
    return InferenceEstimator.estimate(w).acceleratorEnergyPerOutputToken_J();
  }
}
