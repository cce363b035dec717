package io.terawatt.server;

import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.PlanEngine;
import io.terawatt.server.run.RunProgress;
import java.util.List;

/** The plan engine the server uses by default. */
public final class PlanEngines {
  private PlanEngines() {}

  /** The standard engine (temporary until the plan job is merged). */
  public static PlanEngine standard() {
    return new PlanEngine() {
      @Override
      public List<FieldError> validate(String scenarioYaml) {
        return List.of(
            new FieldError("(scenario)", null, "The plan job is not in this build yet."));
      }

      @Override
      public PlanOutput run(String scenarioYaml, RunProgress progress) {
        throw new IllegalStateException("The plan job is not in this build yet.");
      }
    };
  }
}
