package io.terawatt.server.db;

import io.terawatt.io.report.api.RunSummary;
import java.time.Instant;

/**
 * A run as the database holds it (results are read separately).
 *
 * @param id identifier
 * @param scenarioId the scenario it was started from, or null for an inline scenario
 * @param state current state
 * @param progressFraction 0 to 1
 * @param message last progress or error message
 * @param createdAt when it was requested
 * @param startedAt when it started running, or null
 * @param finishedAt when it finished, or null
 * @param hasResults whether results are stored
 */
public record StoredRun(
    String id,
    String scenarioId,
    RunState state,
    double progressFraction,
    String message,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    boolean hasResults) {

  /** As the API shows it. */
  public RunSummary summary() {
    return RunSummary.of(
        id,
        scenarioId,
        state.id(),
        progressFraction,
        message,
        createdAt,
        startedAt,
        finishedAt,
        hasResults);
  }
}
