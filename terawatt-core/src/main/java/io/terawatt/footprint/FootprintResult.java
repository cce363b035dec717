package io.terawatt.footprint;

import java.util.List;

/**
 * The answers, one per entry of the request and in its order.
 *
 * @param training one estimate per training run
 * @param inference one estimate per served model
 */
public record FootprintResult(
    List<TrainingEstimate> training, List<ServedModelEstimate> inference) {
  /** Copies the lists. */
  public FootprintResult {
    training = List.copyOf(training);
    inference = List.copyOf(inference);
  }
}
