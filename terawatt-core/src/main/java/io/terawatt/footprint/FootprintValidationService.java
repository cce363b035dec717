package io.terawatt.footprint;

import io.terawatt.footprint.validation.FootprintValidation;

/**
 * The validation use case: runs the engine on every published training run (GPT-3, T5, Meena,
 * BLOOM, Llama 2, OLMo 2) and inference measurement (ML.ENERGY) and compares within the tolerances
 * of {@link FootprintValidation}. The engine itself never depends on its validation; only this
 * service and its report do.
 */
public final class FootprintValidationService {
  private FootprintValidationService() {}

  /** Every comparison. */
  public static FootprintValidationReport validate() {
    return new FootprintValidationReport(FootprintValidation.run());
  }
}
