package io.terawatt.server;

import io.terawatt.server.run.PlanEngine;
import io.terawatt.server.run.PlanServiceEngine;
import java.nio.file.Path;

/** The plan engine the server uses by default. */
public final class PlanEngines {
  private PlanEngines() {}

  /**
   * The plan job ({@code io.terawatt.plan.PlanService}); scenario files resolve under {@code
   * <data>/scenario-files}.
   */
  public static PlanEngine standard(Path dataDir) {
    return new PlanServiceEngine(dataDir.resolve("scenario-files"));
  }
}
