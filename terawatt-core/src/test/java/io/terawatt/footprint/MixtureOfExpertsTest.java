package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A mixture of experts computes with its active parameters but must hold all its parameters in
 * memory.
 */
class MixtureOfExpertsTest {
  private static final int LAYERS = 64;
  private static final int D_MODEL = 8192;
  private static final Accelerator H100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();

  /** A model of the given size; all three share one layer shape so only the sizes differ. */
  private static ModelSpec model(double total, OptionalDouble active) {
    return new ModelSpec(
        total,
        active,
        OptionalInt.of(LAYERS),
        OptionalInt.of(D_MODEL),
        OptionalInt.empty(),
        AttentionKind.DENSE,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty());
  }

  private static final ModelSpec MOE = model(100e9, OptionalDouble.of(50e9));
  private static final ModelSpec DENSE_ACTIVE = model(50e9, OptionalDouble.empty());
  private static final ModelSpec DENSE_TOTAL = model(100e9, OptionalDouble.empty());

  private static InferenceEstimate serve(ModelSpec model, OptionalInt count, int batch) {
    return InferenceEstimator.estimate(
        new InferenceWorkload(
            "moe",
            model,
            Precision.BF16,
            H100,
            count,
            batch,
            100,
            100,
            Site.DEFAULT,
            OptionalDouble.empty(),
            ServingEfficiency.DEFAULT,
            OptionalDouble.empty(),
            EmbodiedAssumptions.DEFAULT));
  }

  @Test
  void activeParametersDriveTrainingCompute() {
    Site site = Site.DEFAULT;
    TrainingEstimate moe =
        TrainingEstimator.estimate(TrainingRun.predictive("moe", MOE, 1e12, H100, 64, site));
    TrainingEstimate dense =
        TrainingEstimator.estimate(
            TrainingRun.predictive("dense", DENSE_ACTIVE, 1e12, H100, 64, site));

    assertThat(moe.flops()).isCloseTo(6 * 50e9 * 1e12, withinPercentage(1e-7));
    assertThat(moe.flops()).isEqualTo(dense.flops());
    assertThat(moe.deviceHours()).isEqualTo(dense.deviceHours());
  }

  @Test
  void totalParametersDriveTheMemoryAndSoTheAutomaticDeviceCount() {
    // 200 GB of bf16 weights (+5%) need 4 H100s at 72 GB usable each; 100 GB need 2.
    InferenceEstimate moe = serve(MOE, OptionalInt.empty(), 8);
    InferenceEstimate denseActive = serve(DENSE_ACTIVE, OptionalInt.empty(), 8);
    InferenceEstimate denseTotal = serve(DENSE_TOTAL, OptionalInt.empty(), 8);

    assertThat(moe.devicesDerived()).isTrue();
    assertThat(moe.devices()).isEqualTo(4).isEqualTo(denseTotal.devices());
    assertThat(denseActive.devices()).isEqualTo(2);
    assertThat(moe.memoryRequired_GB())
        .isEqualTo(denseTotal.memoryRequired_GB())
        .isGreaterThan(denseActive.memoryRequired_GB() + 99);
    assertThat(moe.fitsInMemory()).isTrue();
  }

  @Test
  void activeParametersDriveComputeBoundDecode() {
    // At batch 2,048 all experts are read every step and the step is limited by arithmetic.
    InferenceEstimate moe = serve(MOE, OptionalInt.of(4), 2048);
    InferenceEstimate denseActive = serve(DENSE_ACTIVE, OptionalInt.of(4), 2048);
    InferenceEstimate denseTotal = serve(DENSE_TOTAL, OptionalInt.of(4), 2048);

    assertThat(moe.decodeBound()).isEqualTo("compute");
    assertThat(denseActive.decodeBound()).isEqualTo("compute");
    assertThat(moe.decodeStep_ms()).isCloseTo(denseActive.decodeStep_ms(), withinPercentage(1e-10));
    assertThat(denseTotal.decodeStep_ms()).isGreaterThan(1.9 * moe.decodeStep_ms());
  }

  @Test
  void atBatchOneAMixtureReadsOnlyItsActiveExperts() {
    InferenceEstimate moe = serve(MOE, OptionalInt.of(4), 1);
    InferenceEstimate denseActive = serve(DENSE_ACTIVE, OptionalInt.of(4), 1);
    InferenceEstimate denseTotal = serve(DENSE_TOTAL, OptionalInt.of(4), 1);

    assertThat(moe.decodeBound()).isEqualTo("memory");
    assertThat(moe.decodeStep_ms()).isCloseTo(denseActive.decodeStep_ms(), withinPercentage(1e-10));
    assertThat(moe.decodeStep_ms()).isLessThan(denseTotal.decodeStep_ms());
  }
}
