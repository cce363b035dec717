package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Training attention adds 12·L·d·c FLOPs per token, where c is the number of positions attended:
 * the whole context when dense, the window when sliding, a mix for local/global, none for linear.
 */
class AttentionTermTest {
  private static final Percentage EXACT = withinPercentage(1e-7);
  private static final double PARAMETERS = 1.3e9;
  private static final int LAYERS = 24;
  private static final int D_MODEL = 2048;
  private static final int CONTEXT = 4096;
  private static final double TOKENS = 1e11;

  private static ModelSpec model(AttentionKind kind, OptionalInt window, OptionalDouble global) {
    return new ModelSpec(
        PARAMETERS,
        OptionalDouble.empty(),
        OptionalInt.of(LAYERS),
        OptionalInt.of(D_MODEL),
        OptionalInt.of(CONTEXT),
        kind,
        window,
        global,
        OptionalInt.empty());
  }

  private static TrainingEstimate train(ModelSpec model) {
    Accelerator h100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
    return TrainingEstimator.estimate(
        TrainingRun.predictive("attention", model, TOKENS, h100, 64, Site.DEFAULT));
  }

  private static double attentionFlops(double attendedPositions) {
    return 12.0 * LAYERS * D_MODEL * attendedPositions * TOKENS;
  }

  @Test
  void denseAttentionAddsTwelveLayersWidthContextPerToken() {
    TrainingEstimate e = train(ModelSpec.dense(PARAMETERS, LAYERS, D_MODEL, CONTEXT));

    assertThat(e.attentionFlops()).isCloseTo(attentionFlops(CONTEXT), EXACT);
    assertThat(e.flops()).isCloseTo(6 * PARAMETERS * TOKENS + attentionFlops(CONTEXT), EXACT);
  }

  @Test
  void withoutAContextLengthThereIsNoAttentionTerm() {
    TrainingEstimate e = train(ModelSpec.ofParameters(PARAMETERS));

    assertThat(e.attentionFlops()).isZero();
    assertThat(e.flops()).isCloseTo(6 * PARAMETERS * TOKENS, EXACT);
  }

  @Test
  void slidingWindowShorterThanTheContextAttendsToTheWindow() {
    TrainingEstimate e =
        train(model(AttentionKind.SLIDING_WINDOW, OptionalInt.of(1024), OptionalDouble.empty()));

    assertThat(e.attentionFlops()).isCloseTo(attentionFlops(1024), EXACT);
  }

  @Test
  void slidingWindowLongerThanTheContextAttendsToTheContext() {
    TrainingEstimate e =
        train(model(AttentionKind.SLIDING_WINDOW, OptionalInt.of(8192), OptionalDouble.empty()));

    assertThat(e.attentionFlops()).isCloseTo(attentionFlops(CONTEXT), EXACT);
  }

  @Test
  void linearAttentionAddsNothing() {
    TrainingEstimate e =
        train(model(AttentionKind.LINEAR, OptionalInt.empty(), OptionalDouble.empty()));

    assertThat(e.attentionFlops()).isZero();
    assertThat(e.flops()).isCloseTo(6 * PARAMETERS * TOKENS, EXACT);
  }

  @Test
  void localGlobalMixesDenseAndWindowedLayersByTheGlobalFraction() {
    TrainingEstimate e =
        train(model(AttentionKind.LOCAL_GLOBAL, OptionalInt.of(1024), OptionalDouble.of(0.25)));

    assertThat(e.attentionFlops()).isCloseTo(attentionFlops(0.25 * CONTEXT + 0.75 * 1024), EXACT);
  }

  @Test
  void localGlobalDefaultsToOneGlobalLayerInSix() {
    TrainingEstimate e =
        train(model(AttentionKind.LOCAL_GLOBAL, OptionalInt.of(1024), OptionalDouble.empty()));

    assertThat(e.attentionFlops())
        .isCloseTo(attentionFlops(CONTEXT / 6.0 + 5.0 / 6.0 * 1024), EXACT);
  }

  @Test
  void attentionCostOrdersDenseAboveLocalGlobalAboveSlidingAboveLinear() {
    double dense = train(ModelSpec.dense(PARAMETERS, LAYERS, D_MODEL, CONTEXT)).flops();
    double mixed =
        train(model(AttentionKind.LOCAL_GLOBAL, OptionalInt.of(512), OptionalDouble.empty()))
            .flops();
    double sliding =
        train(model(AttentionKind.SLIDING_WINDOW, OptionalInt.of(512), OptionalDouble.empty()))
            .flops();
    double linear =
        train(model(AttentionKind.LINEAR, OptionalInt.empty(), OptionalDouble.empty())).flops();

    assertThat(dense).isGreaterThan(mixed);
    assertThat(mixed).isGreaterThan(sliding);
    assertThat(sliding).isGreaterThan(linear);
  }

  @Test
  void densePrefillIsAboutTwoLayersWidthPromptSquared() {
    ModelSpec dense = ModelSpec.dense(PARAMETERS, LAYERS, D_MODEL, CONTEXT);

    double flops = AttentionCost.prefillFlops(dense, ModelShape.of(dense), 1000);

    assertThat(flops).isCloseTo(2.0 * LAYERS * D_MODEL * 1000 * 1000, EXACT);
  }

  @Test
  void windowedPrefillGrowsLinearlyBeyondTheWindow() {
    ModelSpec sliding =
        model(AttentionKind.SLIDING_WINDOW, OptionalInt.of(1000), OptionalDouble.empty());
    ModelShape shape = ModelShape.of(sliding);

    double atWindow = AttentionCost.prefillFlops(sliding, shape, 1000);
    double beyond = AttentionCost.prefillFlops(sliding, shape, 3000);

    // Positions attended: 1000²/2 inside the window, then 1000 for each of 2000 further tokens.
    assertThat(atWindow).isCloseTo(4.0 * LAYERS * D_MODEL * 500_000, EXACT);
    assertThat(beyond - atWindow).isCloseTo(4.0 * LAYERS * D_MODEL * 2000 * 1000, EXACT);
    assertThat(
            AttentionCost.prefillFlops(
                model(AttentionKind.LINEAR, OptionalInt.empty(), OptionalDouble.empty()),
                shape,
                3000))
        .isZero();
  }
}
