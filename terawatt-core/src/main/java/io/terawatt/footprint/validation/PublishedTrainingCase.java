package io.terawatt.footprint.validation;

import io.terawatt.footprint.TrainingRun;
import java.util.OptionalDouble;

/**
 * A training run whose energy was published.
 *
 * @param run the run as published: inputs taken from the source, device-hours included when
 *     published (accounting mode); predictive mode drops them
 * @param publishedEnergy_MWh the published energy, at the boundary {@code boundary} describes
 * @param publishedOperational_tCO2e the published operational carbon, where given
 * @param boundary what the published energy includes
 * @param source the citation
 */
public record PublishedTrainingCase(
    TrainingRun run,
    double publishedEnergy_MWh,
    OptionalDouble publishedOperational_tCO2e,
    String boundary,
    String source) {

  /** Whether device-hours were published, so that accounting mode applies. */
  public boolean hasDeviceHours() {
    return run.deviceHours().isPresent();
  }
}
