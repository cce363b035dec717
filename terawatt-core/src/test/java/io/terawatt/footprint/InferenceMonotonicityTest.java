package io.terawatt.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * More output costs more energy per request; a bigger batch never costs more energy per output
 * token, since the weights one decode step reads are shared by the whole batch.
 */
class InferenceMonotonicityTest {
  private static final int CASES = 1000;
  private static final double ROUNDING = 1 + 1e-12;

  @Test
  void energyPerRequestIncreasesWithOutputTokens() {
    RandomWorkloads workloads = new RandomWorkloads(7L);
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next();
      InferenceWorkload longer = RandomWorkloads.withOutputTokens(w, w.outputTokens() + 50);

      InferenceEstimate shortAnswer = InferenceEstimator.estimate(w);
      InferenceEstimate longAnswer = InferenceEstimator.estimate(longer);

      assertThat(longAnswer.acceleratorEnergyPerRequest_Wh())
          .as("%s", w)
          .isGreaterThan(shortAnswer.acceleratorEnergyPerRequest_Wh());
      assertThat(longAnswer.facilityEnergyPerRequest_Wh())
          .as("%s", w)
          .isGreaterThan(shortAnswer.facilityEnergyPerRequest_Wh());
    }
  }

  @Test
  void joulesPerOutputTokenDoNotRiseWhenAMemoryBoundSmallBatchDoubles() {
    RandomWorkloads workloads = new RandomWorkloads(8L);
    int memoryBound = 0;
    for (int i = 0; i < CASES; i++) {
      InferenceWorkload w = workloads.next(1 + i % 32);
      InferenceEstimate small = InferenceEstimator.estimate(w);
      if (!small.decodeBound().equals("memory")) {
        continue;
      }
      memoryBound++;
      InferenceEstimate doubled = InferenceEstimator.estimate(w.withBatchSize(2 * w.batchSize()));

      assertThat(doubled.acceleratorEnergyPerOutputToken_J())
          .as("%s", w)
          .isLessThanOrEqualTo(small.acceleratorEnergyPerOutputToken_J() * ROUNDING);
    }
    assertThat(memoryBound).isGreaterThan(CASES / 2);
  }

  @Test
  void doublingTheBatchOfTheCalibratedLlamaCaseCutsJoulesPerTokenStrictly() {
    Accelerator h100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
    ModelSpec llama = ModelSpec.dense(8.03e9, 32, 4096, 131072).withKvDim(1024);
    InferenceWorkload batch8 =
        InferenceWorkload.of("llama", llama, Precision.BF16, h100, 1, 8, 600, 400);

    InferenceEstimate at8 = InferenceEstimator.estimate(batch8);
    InferenceEstimate at16 = InferenceEstimator.estimate(batch8.withBatchSize(16));

    assertThat(at8.decodeBound()).isEqualTo("memory");
    assertThat(at16.acceleratorEnergyPerOutputToken_J())
        .isLessThan(0.75 * at8.acceleratorEnergyPerOutputToken_J());
  }
}
