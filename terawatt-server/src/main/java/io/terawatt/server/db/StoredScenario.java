package io.terawatt.server.db;

import io.terawatt.io.report.api.ScenarioSummary;
import java.time.Instant;

/**
 * A scenario kept by the server.
 *
 * @param id identifier
 * @param name display name
 * @param yaml the scenario text
 * @param createdAt first saved
 * @param updatedAt last saved
 */
public record StoredScenario(
    String id, String name, String yaml, Instant createdAt, Instant updatedAt) {

  /** As the API shows it, with its text. */
  public ScenarioSummary summary() {
    return ScenarioSummary.of(id, name, createdAt, updatedAt, yaml);
  }

  /** As the API lists it, without its text. */
  public ScenarioSummary listed() {
    return ScenarioSummary.of(id, name, createdAt, updatedAt, null);
  }
}
