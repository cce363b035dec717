package io.terawatt.footprint.validation;

import io.terawatt.footprint.InferenceEstimate;
import io.terawatt.footprint.InferenceEstimator;
import io.terawatt.footprint.TrainingEstimate;
import io.terawatt.footprint.TrainingEstimator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine on every published case and compares. Tolerances: accounting mode 2%, predictive
 * training 25%, accelerator-only energy per output token 35%.
 */
public final class FootprintValidation {
  /** Allowed error in accounting mode, percent. */
  public static final double ACCOUNTING_TOLERANCE_PCT = 2;

  /** Allowed error in predictive training mode, percent. */
  public static final double PREDICTIVE_TOLERANCE_PCT = 25;

  /** Allowed error of accelerator-only energy per output token, percent. */
  public static final double INFERENCE_TOLERANCE_PCT = 35;

  private FootprintValidation() {}

  /** Every comparison, training first. */
  public static List<ValidationRow> run() {
    List<ValidationRow> rows = new ArrayList<>();
    for (PublishedTrainingCase c : PublishedCases.training()) {
      if (c.hasDeviceHours()) {
        TrainingEstimate a = TrainingEstimator.estimate(c.run());
        rows.add(
            new ValidationRow(
                c.run().name(),
                "training",
                "accounting",
                "energy_MWh",
                a.facilityEnergy_MWh(),
                c.publishedEnergy_MWh(),
                ACCOUNTING_TOLERANCE_PCT,
                c.boundary()));
      }
      TrainingEstimate p = TrainingEstimator.estimate(c.run().predictiveOnly());
      rows.add(
          new ValidationRow(
              c.run().name(),
              "training",
              "predictive",
              "energy_MWh",
              p.facilityEnergy_MWh(),
              c.publishedEnergy_MWh(),
              PREDICTIVE_TOLERANCE_PCT,
              "MFU "
                  + String.format(java.util.Locale.ROOT, "%.3f", p.mfu())
                  + " ("
                  + p.mfuSource()
                  + ")"));
      if (c.publishedOperational_tCO2e().isPresent()) {
        rows.add(
            new ValidationRow(
                c.run().name(),
                "training",
                "predictive",
                "operational_tCO2e",
                p.operational_tCO2e(),
                c.publishedOperational_tCO2e().getAsDouble(),
                PREDICTIVE_TOLERANCE_PCT,
                "grid intensity as published"));
      }
    }
    for (PublishedInferenceCase c : PublishedCases.inference()) {
      InferenceEstimate e = InferenceEstimator.estimate(c.workload());
      rows.add(
          new ValidationRow(
              c.workload().name(),
              "inference",
              "batch " + c.workload().batchSize(),
              "accelerator_J_per_output_token",
              e.acceleratorEnergyPerOutputToken_J(),
              c.measuredJoulesPerOutputToken(),
              INFERENCE_TOLERANCE_PCT,
              c.calibration() ? "calibration point" : "out of sample"));
      rows.add(
          new ValidationRow(
              c.workload().name(),
              "inference",
              "batch " + c.workload().batchSize(),
              "output_tokens_per_second",
              e.outputTokensPerSecond(),
              c.measuredOutputTokensPerSecond(),
              INFERENCE_TOLERANCE_PCT,
              "throughput, prefill included"));
      rows.add(
          new ValidationRow(
              c.workload().name(),
              "inference",
              "batch " + c.workload().batchSize(),
              "average_accelerator_power_W",
              e.acceleratorEnergyPerOutputToken_J() * e.outputTokensPerSecond() / e.devices(),
              c.measuredAveragePowerW(),
              INFERENCE_TOLERANCE_PCT,
              "energy per token x throughput"));
    }
    return rows;
  }
}
