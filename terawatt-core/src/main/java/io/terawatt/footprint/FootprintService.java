package io.terawatt.footprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The footprint use case: estimates every training run and served model of a request. */
public final class FootprintService {
  private FootprintService() {}

  /** Runs the engine on every entry. */
  public static FootprintResult estimate(FootprintRequest request) {
    List<TrainingEstimate> training = new ArrayList<>();
    for (TrainingRun run : request.training()) {
      training.add(TrainingEstimator.estimate(run));
    }
    List<ServedModelEstimate> inference = new ArrayList<>();
    for (ServedModel served : request.inference()) {
      InferenceEstimate perRequest = InferenceEstimator.estimate(served.workload());
      Optional<FleetEstimate> fleet =
          served
              .trace()
              .map(
                  t ->
                      FleetEstimator.fromTrace(
                          served.workload(), t.inputTokens(), t.outputTokens(), t.spanHours()));
      inference.add(new ServedModelEstimate(perRequest, fleet));
    }
    return new FootprintResult(training, inference);
  }
}
