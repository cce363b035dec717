package io.terawatt.footprint;

import java.util.List;

/**
 * Everything one footprint question asks about.
 *
 * @param training training runs
 * @param inference served models
 */
public record FootprintRequest(List<TrainingRun> training, List<ServedModel> inference) {
  /** Copies the lists. */
  public FootprintRequest {
    training = List.copyOf(training);
    inference = List.copyOf(inference);
  }
}
