package io.terawatt.footprint;

import io.terawatt.quantity.CarbonIntensity;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

/** Seeded random inference workloads over several catalog accelerators, for invariant tests. */
final class RandomWorkloads {
  static final List<String> ACCELERATORS =
      List.of("h100-sxm", "a100-80gb-sxm", "v100-sxm2", "b200", "tpu-v5e", "mi300x");

  private final Random random;

  RandomWorkloads(long seed) {
    random = new Random(seed);
  }

  /** A workload with batch 1..512, input 0..4,000 and output 1..2,000 tokens. */
  InferenceWorkload next() {
    return next(1 + random.nextInt(512));
  }

  /** A workload at the given batch size, everything else random. */
  InferenceWorkload next(int batchSize) {
    Accelerator accelerator =
        HardwareCatalog.builtIn()
            .find(ACCELERATORS.get(random.nextInt(ACCELERATORS.size())))
            .orElseThrow();
    double parameters = Math.pow(10, 8 + 3 * random.nextDouble());
    OptionalDouble active =
        random.nextInt(4) == 0
            ? OptionalDouble.of(parameters * (0.05 + 0.9 * random.nextDouble()))
            : OptionalDouble.empty();
    ModelSpec model =
        new ModelSpec(
            parameters,
            active,
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            AttentionKind.values()[random.nextInt(AttentionKind.values().length)],
            OptionalInt.of(256 << random.nextInt(5)),
            OptionalDouble.empty(),
            OptionalInt.empty());
    OptionalInt count =
        random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 << random.nextInt(4));
    Site site =
        Site.DEFAULT
            .withPue(1.0 + random.nextDouble())
            .withGridIntensity(CarbonIntensity.ofGramsPerKilowattHour(800 * random.nextDouble()));
    ServingEfficiency efficiency =
        new ServingEfficiency(
            0.3 + 0.7 * random.nextDouble(),
            0.3 + 0.7 * random.nextDouble(),
            0.3 * random.nextDouble());
    return new InferenceWorkload(
        "random",
        model,
        random.nextBoolean() ? Precision.BF16 : Precision.FP8,
        accelerator,
        count,
        batchSize,
        random.nextInt(4001),
        1 + random.nextInt(2000),
        site,
        OptionalDouble.empty(),
        efficiency,
        OptionalDouble.empty(),
        EmbodiedAssumptions.DEFAULT);
  }

  /** The same workload with another number of output tokens. */
  static InferenceWorkload withOutputTokens(InferenceWorkload w, double outputTokens) {
    return new InferenceWorkload(
        w.name(),
        w.model(),
        w.precision(),
        w.accelerator(),
        w.count(),
        w.batchSize(),
        w.inputTokens(),
        outputTokens,
        w.site(),
        w.hostPowerPerDeviceW(),
        w.efficiency(),
        w.requestsPerDay(),
        w.embodied());
  }
}
