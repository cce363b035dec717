package io.terawatt.ethics;

import io.terawatt.ethics.mcda.PreferenceFunction;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of one assessment.
 *
 * @param smaaSamples SMAA sample count (0 skips SMAA)
 * @param smaaSeed SMAA random seed
 * @param preferenceFunctions PROMETHEE criterion per indicator name; indicators not named use the
 *     default (V-shape over the indicator's range)
 */
public record AssessmentSettings(
    int smaaSamples, long smaaSeed, Map<String, PreferenceFunction> preferenceFunctions) {

  /** Default sample count: 10,000 gives a standard error below 0.005 for every index. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** Default seed. */
  public static final long DEFAULT_SEED = 42;

  /** Checks the sample count. */
  public AssessmentSettings {
    if (smaaSamples < 0) {
      throw new IllegalArgumentException(
          "The SMAA sample count (" + smaaSamples + ") must not be negative.");
    }
    preferenceFunctions = Map.copyOf(preferenceFunctions);
  }

  /**
   * These settings with the SMAA sample count and seed replaced where given (a command line's
   * overrides of a file's settings).
   */
  public AssessmentSettings withSmaa(Optional<Integer> samples, Optional<Long> seed) {
    return new AssessmentSettings(
        samples.orElse(smaaSamples), seed.orElse(smaaSeed), preferenceFunctions);
  }

  /** 10,000 samples, seed 42, default PROMETHEE criteria. */
  public static AssessmentSettings defaults() {
    return new AssessmentSettings(DEFAULT_SAMPLES, DEFAULT_SEED, Map.of());
  }
}
